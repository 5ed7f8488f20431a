import Foundation
import Testing
@testable import EKSSC

/// The scalar quoting table: how a string value renders after `key: `.
@Suite struct YAMLScalarQuotingTests {
    /// Strings that YAML 1.1 or 1.2 would read as something else, or that libyaml cannot write
    /// plain: double-quoted.
    static let quoted: [String] = [
        "", "true", "True", "TRUE", "false", "False", "yes", "Yes", "YES", "no", "No", "NO",
        "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
        "null", "Null", "NULL", "~",
        "0", "42", "-1", "+1", "0755", "0o17", "0x1F", "0b101", "1_000", "1e3", "1E-3", ".5", "1.5",
        "190:20:30", "12:30", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "2026-11-27", "2026-11-27T10:00:00Z",
        "1.2.3", "=", "<<", " leading", "trailing ", " ",
        "-", "- item", "?", "? key", ":", ": value",
        ",a", "[a]", "]", "{a}", "}", "#comment", "&anchor", "*alias", "!tag", "|block", ">folded",
        "'single", "\"double", "%directive", "@at", "`backtick",
        "key: value", "ends:", "text #comment", "---", "--- x", "...", "...x",
    ]

    /// Strings every resolver reads back unchanged: plain.
    static let plain: [String] = [
        "hello", "v1", "a:b", "-foo", ":foo", "?foo", "a#b", "a,b", "a b", "x-y", "100m", "0.5Gi",
        "deadbeef", "nan", "inf", "NaN", "yes please", "a'b", "a\"b", "a[0]", "héllo ✓",
        "system:node:{{EC2PrivateDNSName}}", "arn:aws:iam::123456789012:role/app",
        "kustomize.config.k8s.io/v1beta1", "sts.amazonaws.com", "_1", "e3", "x=1",
    ]

    @Test(arguments: quoted)
    func quotesStringsThatWouldBeMisread(_ value: String) {
        let rendered = YAMLEmitter.render([.map(["k": .string(value)])])
        #expect(rendered == "---\nk: \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"\n")
    }

    @Test(arguments: plain)
    func writesSafeStringsPlain(_ value: String) {
        #expect(YAMLEmitter.render([.map(["k": .string(value)])]) == "---\nk: \(value)\n")
    }

    @Test(arguments: quoted + plain)
    func everyTableStringReadsBackUnchanged(_ value: String) throws {
        let document: Document = .map([Document.Entry(value, .string(value))])
        #expect(try YAMLReader.read(Array(YAMLEmitter.render([document]).utf8)) == [document])
    }

    @Test(arguments: [
        ("a\tb", #""a\tb""#),
        ("bell\u{07}", #""bell\a""#),
        ("nul\u{00}", #""nul\0""#),
        ("nel\u{85}x", #""nel\Nx""#),
        ("bom\u{FEFF}", #""bom\uFEFF""#),
        ("smile 🙂", #""smile \U0001F642""#),
        ("cr\r\nlf", #""cr\r\nlf""#),
        ("two\n\n", #""two\n\n""#),
    ])
    func escapesUnprintableCharactersInDoubleQuotes(_ value: String, _ expected: String) {
        #expect(YAMLEmitter.render([.map(["k": .string(value)])]) == "---\nk: \(expected)\n")
    }

    @Test func quotesReservedKeys() {
        let document: Document = .map(["on": .bool(true), "yes": .null, "plain": .int(1)])
        #expect(YAMLEmitter.render([document]) == "---\n\"on\": true\n\"yes\": null\nplain: 1\n")
    }
}
