import Testing
@testable import EKSSC

@Suite struct KubernetesNameTests {
    @Test(arguments: ["default", "a", "team-1", "0abc", String(repeating: "a", count: 63)])
    func validLabels(_ text: String) {
        #expect(KubernetesNames.label(text) == .success(text))
    }

    @Test(arguments: ["Default", "-a", "a-", "a.b", "a_b", ""])
    func invalidLabels(_ text: String) {
        #expect(KubernetesNames.label(text, what: "namespace name").failure?.message
            == "invalid namespace name '\(text)': expected lowercase letters, digits and '-', starting and ending with a letter or digit")
    }

    @Test func labelsAreAtMost63() {
        let text = String(repeating: "a", count: 64)
        #expect(KubernetesNames.label(text).failure?.message == "name '\(text)' is longer than 63 characters")
    }

    @Test(arguments: ["my-app", "a.b.c", "external-secrets-sa", String(repeating: "a", count: 63) + ".b"])
    func validSubdomains(_ text: String) {
        #expect(KubernetesNames.subdomain(text) == .success(text))
    }

    @Test(arguments: ["a..b", ".a", "a.", "My-App", "a_b", ""])
    func invalidSubdomains(_ text: String) {
        #expect(KubernetesNames.subdomain(text).failure?.message
            == "invalid name '\(text)': expected lowercase letters, digits, '-' and '.', starting and ending with a letter or digit")
    }

    @Test func subdomainsAreAtMost253() {
        let text = Array(repeating: String(repeating: "a", count: 50), count: 6).joined(separator: ".")
        #expect(text.count == 305)
        #expect(KubernetesNames.subdomain(text).failure?.message == "name '\(text)' is longer than 253 characters")
    }

    @Test(arguments: ["app", "app.kubernetes.io/name", "Team_1", "example.com/a-b.c"])
    func validLabelKeys(_ text: String) {
        #expect(KubernetesNames.labelKey(text) == .success(text))
    }

    @Test(arguments: [
        ("a/b/c", "invalid label key 'a/b/c': at most one '/' is allowed"),
        ("Example.com/a", "invalid label key 'Example.com/a': the prefix 'Example.com' must be a DNS subdomain"),
        ("-a", "invalid label key '-a': the name must be 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
        ("x/", "invalid label key 'x/': the name must be 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    ])
    func invalidLabelKeys(_ text: String, message: String) {
        #expect(KubernetesNames.labelKey(text).failure?.message == message)
    }

    @Test(arguments: ["", "web", "v1.2_3-x", "A"])
    func validLabelValues(_ text: String) {
        #expect(KubernetesNames.labelValue(text) == .success(text))
    }

    @Test(arguments: ["-web", "web-", "a b", "a/b", String(repeating: "x", count: 64)])
    func invalidLabelValues(_ text: String) {
        #expect(KubernetesNames.labelValue(text).failure?.message
            == "invalid label value '\(text)': expected at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit")
    }

    @Test(arguments: [("password", true), ("tls.crt", true), ("A_B-c", true), ("a/b", false), ("..", false), ("", false)])
    func secretKeys(_ text: String, valid: Bool) {
        #expect((KubernetesNames.secretKey(text).value != nil) == valid)
    }
}
