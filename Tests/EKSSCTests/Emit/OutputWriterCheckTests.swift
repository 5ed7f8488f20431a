import Foundation
import Testing
@testable import EKSSC

/// `staleFiles` for `ekssc build --check`.
@Suite struct OutputWriterCheckTests {
    let parent: String
    let target: String

    init() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-check-\(UUID().uuidString)").path
        target = parent + "/out"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }

    static let files = [
        OutputFile(path: "a.txt", contents: "a\n"),
        OutputFile(path: "b/c.txt", contents: "c\n"),
        OutputFile(path: "b/d.txt", contents: "d\n"),
    ]

    @Test func reportsNothingForACurrentTree() throws {
        try OutputWriter().write(Self.files, to: target)
        #expect(OutputWriter().staleFiles(Self.files, in: target) == [])
        try FileManager.default.removeItem(atPath: parent)
    }

    @Test func reportsMissingDifferingAndExtraFilesSortedByPath() throws {
        try OutputWriter().write(Self.files, to: target)
        try "changed\n".write(toFile: target + "/b/c.txt", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: target + "/b/d.txt")
        try "old\n".write(toFile: target + "/0-extra.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: target + "/z", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: target + "/z/link", withDestinationPath: "/etc")
        try FileManager.default.removeItem(atPath: target + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: target + "/a.txt", withDestinationPath: parent + "/outside")
        try "a\n".write(toFile: parent + "/outside", atomically: false, encoding: .utf8)

        let stale = OutputWriter().staleFiles(Self.files, in: target)
        #expect(stale == [
            StaleFile(path: "0-extra.txt", reason: .extra),
            StaleFile(path: "a.txt", reason: .missing),
            StaleFile(path: "b/c.txt", reason: .differs),
            StaleFile(path: "b/d.txt", reason: .missing),
            StaleFile(path: "z/link", reason: .extra),
        ])
        #expect(stale.map(\.description).first == "extra: 0-extra.txt")
        try FileManager.default.removeItem(atPath: parent)
    }

    @Test func reportsEverythingMissingWithoutADirectory() throws {
        let everything = [OutputWriter.markerName] + Self.files.map(\.path)
        #expect(OutputWriter().staleFiles(Self.files, in: target) == everything.map { StaleFile(path: $0, reason: .missing) })
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: parent)
        #expect(OutputWriter().staleFiles(Self.files, in: target).count == 4)
        try FileManager.default.removeItem(atPath: parent)
    }
}
