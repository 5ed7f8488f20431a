import Testing
@testable import EKSSC

@Test func sourceFileLocations() {
    let file = SourceFile(path: "x.sec", text: "ab\ncd\n")
    #expect(file.location(of: 4) == SourceLocation(line: 2, column: 2))
}
