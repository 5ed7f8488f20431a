import Testing
@testable import EKSSC

/// The byte checks of `NamePatterns` accept exactly what the regular expressions they replace
/// accept: boundary cases by hand, then many generated strings compared with the expressions.
@Suite struct NamePatternTests {
    static func trailRegex(_ text: String) -> Bool {
        text.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]/) != nil && !text.contains(/[._-][._-]/)
    }
    static func logGroupRegex(_ text: String) -> Bool { text.wholeMatch(of: /[A-Za-z0-9._\/#-]{1,512}/) != nil }
    static func bucketRegex(_ text: String) -> Bool {
        text.wholeMatch(of: /[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/) != nil && !text.contains("..")
            && text.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+/) == nil
    }
    static func clusterRegex(_ text: String) -> Bool {
        !(text.count > 100 || text.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9_-]*/) == nil)
    }
    static func versionRegex(_ text: String) -> Bool { text.wholeMatch(of: /v1\.[0-9]+/) != nil }

    @Test func trailNames() {
        for text in ["abc", "a.b", "A_b-c9", String(repeating: "a", count: 128)] {
            #expect(NamePatterns.isTrailName(text), "\(text)")
        }
        for text in ["", "ab", String(repeating: "a", count: 129), "-ab", "ab_", ".ab", "a..b", "a._b", "a-_b",
                     "a b", "a/b", "aé", "a\u{301}bc"] {
            #expect(!NamePatterns.isTrailName(text), "\(text)")
        }
    }

    @Test func logGroupNames() {
        for text in ["a", "/aws/eks/x#1", "-", ".", String(repeating: "_", count: 512)] {
            #expect(NamePatterns.isLogGroupName(text), "\(text)")
        }
        for text in ["", String(repeating: "a", count: 513), "a b", "a:b", "a*", "é"] {
            #expect(!NamePatterns.isLogGroupName(text), "\(text)")
        }
    }

    @Test func bucketNames() {
        for text in ["abc", "a.b", "a-b", "my.bucket-1", String(repeating: "a", count: 63), "1.2.3", "1.2.3.4.5",
                     "1.2.3.a", "a1.2.3.4"] {
            #expect(NamePatterns.isBucketName(text), "\(text)")
        }
        for text in ["", "ab", String(repeating: "a", count: 64), "Abc", "abC", "-ab", "ab-", ".ab", "ab.", "a..b",
                     "a_b", "1.2.3.4", "10.0.0.1", "192.168.100.200", "aé"] {
            #expect(!NamePatterns.isBucketName(text), "\(text)")
        }
    }

    @Test func clusterNames() {
        for text in ["a", "A", "0", "my-cluster_1", String(repeating: "a", count: 100)] {
            #expect(NamePatterns.isClusterName(text), "\(text)")
        }
        for text in ["", "-a", "_a", "a.b", "a b", String(repeating: "a", count: 101), "é", "aé"] {
            #expect(!NamePatterns.isClusterName(text), "\(text)")
        }
    }

    @Test func podSecurityVersions() {
        for text in ["v1.0", "v1.29", "v1.123456"] {
            #expect(NamePatterns.isPodSecurityVersion(text), "\(text)")
        }
        for text in ["", "v1", "v1.", "v2.1", "V1.2", "v1.2a", "v1.2.3", "1.2", "v1.-1", " v1.2", "v1.٣"] {
            #expect(!NamePatterns.isPodSecurityVersion(text), "\(text)")
        }
    }

    /// Strings made of the characters the patterns treat specially (and a few they reject),
    /// at lengths around every limit, checked against the expressions themselves.
    @Test func generatedStringsAgreeWithTheExpressions() {
        let alphabet: [String] = ["a", "z", "A", "Z", "0", "9", ".", "_", "-", "/", "#", "v", "1", " ", ":", "é",
                                  "\u{301}", "."]
        var generator = SplitMix64(seed: 13)
        var texts = ["latest", "v1.", "v1.2", "1.2.3.4", "01.2.3.4", "1.2.3.4.", ".1.2.3.4"]
        for length in [0, 1, 2, 3, 4, 5, 7, 62, 63, 64, 99, 100, 101, 127, 128, 129, 511, 512, 513] {
            for _ in 0..<40 {
                texts.append(String((0..<length).map { _ in Character(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }))
            }
        }
        // Mostly-valid strings too, so the accepting paths are exercised as well as the rejecting ones.
        for length in [1, 2, 3, 4, 63, 64, 100, 101, 128, 129, 512, 513] {
            for valid in ["abc0", "ab.-", "a_-.", "0123.", "AZaz09_-"] {
                let characters = Array(valid)
                for _ in 0..<10 {
                    texts.append(String((0..<length).map { _ in characters[Int(generator.next() % UInt64(characters.count))] }))
                }
            }
        }
        for text in texts {
            #expect(NamePatterns.isTrailName(text) == Self.trailRegex(text), "trail \(text)")
            #expect(NamePatterns.isLogGroupName(text) == Self.logGroupRegex(text), "log group \(text)")
            #expect(NamePatterns.isBucketName(text) == Self.bucketRegex(text), "bucket \(text)")
            #expect(NamePatterns.isClusterName(text) == Self.clusterRegex(text), "cluster \(text)")
            #expect(NamePatterns.isPodSecurityVersion(text) == Self.versionRegex(text), "version \(text)")
        }
    }
}
