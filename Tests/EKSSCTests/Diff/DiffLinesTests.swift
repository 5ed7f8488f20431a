import Testing
@testable import EKSSC

@Suite struct DiffLinesTests {
    @Test func layoutAndPaths() {
        let lines = DiffLines(.map([
            "spec": .map(["ports": .list([.map(["port": .int(53), "protocol": .string("UDP")])]),
                          "podSelector": .map([])]),
            "flag": .string("true"),
        ]))
        #expect(lines.texts == ["spec:", "  ports:", "    - port: 53", "      protocol: UDP", "  podSelector: {}",
                                "flag: \"true\""])
        #expect(lines.lines.map(\.path) == ["spec", "spec.ports", "spec.ports[0].port", "spec.ports[0].protocol",
                                            "spec.podSelector", "flag"])
    }

    @Test(arguments: [
        ("web", "web"), ("system:masters", "system:masters"), ("0755", "\"0755\""), ("on", "\"on\""),
        ("", "\"\""), ("a: b", "\"a: b\""), ("line\nbreak", "\"line\\nbreak\""), ("{{x}}", "\"{{x}}\""),
    ])
    func scalarQuoting(text: String, expected: String) {
        #expect(DiffLines.scalar(.string(text)) == expected)
    }
}
