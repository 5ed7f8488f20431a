import Testing
@testable import EKSSC

@Suite struct ScalarValidatorTests {
    @Test(arguments: ["30s", "15m", "1h", "1h30m", "1.5h", "500ms", "2h0m0s"])
    func validDurations(_ text: String) {
        #expect(DurationValidator.duration(text) == .success(text))
    }

    @Test(arguments: ["1", "h", "1d", "1h30", "-1h", "", "1 h", "1H"])
    func malformedDurations(_ text: String) {
        #expect(DurationValidator.duration(text).failure?.message
            == "invalid duration '\(text)': expected a number and a unit (s, m, h) such as '30s', '15m' or '1h30m'")
    }

    @Test(arguments: ["0s", "0h0m"])
    func zeroDurations(_ text: String) {
        #expect(DurationValidator.duration(text).failure?.message == "invalid duration '\(text)': it must be greater than zero")
    }

    @Test func hugeDurations() {
        #expect(DurationValidator.duration("3000000h").failure?.message == "invalid duration '3000000h': it is too long")
        #expect(DurationValidator.duration("2000000h") == .success("2000000h"))
    }

    @Test(arguments: RBACVerbs.known)
    func knownVerbs(_ verb: String) {
        #expect(RBACVerbs.verb(verb) == .success(verb))
    }

    @Test(arguments: [("lsit", "did you mean 'list'?"), ("deletecolection", "did you mean 'deletecollection'?"),
                      ("frobnicate", nil)] as [(String, String?)])
    func unknownVerbs(_ verb: String, hint: String?) {
        #expect(RBACVerbs.verb(verb).failure == ValidationError("unknown verb '\(verb)'", hint: hint))
    }

    @Test(arguments: [("pods", "", "pods"), ("deployments.apps", "apps", "deployments"), ("pods/log", "", "pods/log"),
                      ("*", "*", "*"), ("*.apps", "apps", "*"), ("deployments.apps/scale", "apps", "deployments/scale"),
                      ("ingresses.networking.k8s.io", "networking.k8s.io", "ingresses")])
    func resourcesSplitIntoGroups(_ text: String, group: String, resource: String) {
        let split = Analysis.splitResource(text)
        #expect(split.group == group)
        #expect(split.resource == resource)
    }
}
