import Testing
@testable import EKSSC

@Suite struct JSONEmitterTests {
    @Test func rendersATrustPolicyInDocumentOrder() {
        let policy: Document = .map([
            "Version": .string("2012-10-17"),
            "Statement": .list([
                .map([
                    "Effect": .string("Allow"),
                    "Principal": .map(["Federated": .string("arn:aws:iam::1:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/AB")]),
                    "Action": .string("sts:AssumeRoleWithWebIdentity"),
                    "Condition": .map([
                        "StringEquals": .map([
                            "oidc.eks.eu-west-1.amazonaws.com/id/AB:aud": .string("sts.amazonaws.com"),
                        ]),
                    ]),
                ]),
            ]),
        ])
        #expect(JSONEmitter.render(policy) == """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": {
                    "Federated": "arn:aws:iam::1:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/AB"
                  },
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {
                    "StringEquals": {
                      "oidc.eks.eu-west-1.amazonaws.com/id/AB:aud": "sts.amazonaws.com"
                    }
                  }
                }
              ]
            }

            """)
    }

    @Test func rendersScalarsEmptyCollectionsAndYAMLText() {
        let document: Document = .map([
            "n": .int(-3), "t": .bool(true), "f": .bool(false), "z": .null,
            "m": .map([]), "l": .list([]), "y": .yamlText(.list([.map(["a": .string("on")])])),
        ])
        #expect(JSONEmitter.render(document) == """
            {
              "n": -3,
              "t": true,
              "f": false,
              "z": null,
              "m": {},
              "l": [],
              "y": "- a: \\"on\\"\\n"
            }

            """)
        #expect(JSONEmitter.render(.list([])) == "[]\n")
        #expect(JSONEmitter.render(.strings(["a", "b"])) == "[\n  \"a\",\n  \"b\"\n]\n")
        #expect(JSONEmitter.render(.string("x")) == "\"x\"\n")
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("quote\" backslash\\", #""quote\" backslash\\""#),
        ("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
        ("\u{00}\u{01}\u{1F}", #""\u0000\u0001\u001f""#),
        ("a/b", #""a/b""#),
        ("héllo ✓ 🙂", #""héllo ✓ 🙂""#),
        ("\u{7F}\u{85}\u{9F}", #""\u007f\u0085\u009f""#),
        ("\u{2028}\u{2029}\u{FFFE}\u{FFFF}", #""\u2028\u2029\ufffe\uffff""#),
    ])
    func escapesStringsPerRFC8259(_ value: String, _ expected: String) {
        #expect(JSONEmitter.render(.string(value)) == expected + "\n")
    }

    @Test func readsBackThroughTheYAMLReader() throws {
        let document: Document = .map([
            "s": .string("true"), "i": .int(12), "b": .bool(false), "z": .null,
            "l": .list([.string("\u{01}\n\"x\""), .map([])]),
        ])
        #expect(try YAMLReader.read(Array(JSONEmitter.render(document).utf8)) == [document])
    }
}
