import Testing
@testable import EKSSC

/// `ARNPattern` compares literal bytes in a loop; it must decide as the one-call-per-byte
/// recursion it replaced, kept here as the reference.
@Suite struct ARNPatternLoopTests {
    static let slash = UInt8(ascii: "/"), colon = UInt8(ascii: ":")

    static func placeholderEnd(_ p: [UInt8], _ i: Int) -> Int? {
        guard i + 1 < p.count, p[i] == UInt8(ascii: "$"), p[i + 1] == UInt8(ascii: "{") else { return nil }
        var j = i + 2
        while j < p.count, p[j] != UInt8(ascii: "}") { j += 1 }
        return j < p.count ? j + 1 : nil
    }

    static func match(_ p: [UInt8], _ i: Int, _ r: [UInt8], _ k: Int) -> Bool {
        if i == p.count { return k == r.count }
        if let end = placeholderEnd(p, i) {
            if end == p.count, i > 0, p[i - 1] == slash { return true }
            var m = k
            while true {
                if match(p, end, r, m) { return true }
                guard m < r.count, r[m] != slash, r[m] != colon else { return false }
                m += 1
            }
        }
        return k < r.count && p[i] == r[k] && match(p, i + 1, r, k + 1)
    }

    static func matchPrefix(_ p: [UInt8], _ i: Int, _ r: [UInt8], _ k: Int) -> Bool {
        if k == r.count { return true }
        if i == p.count { return false }
        if let end = placeholderEnd(p, i) {
            if end == p.count, i > 0, p[i - 1] == slash { return true }
            var m = k
            while true {
                if matchPrefix(p, end, r, m) { return true }
                if m == r.count { return true }
                guard r[m] != slash, r[m] != colon else { return false }
                m += 1
            }
        }
        return p[i] == r[k] && matchPrefix(p, i + 1, r, k + 1)
    }

    static func reference(_ pattern: String, _ resource: String) -> Bool {
        let p = Array(pattern.utf8), r = Array(resource.utf8)
        if let wildcard = r.firstIndex(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }) {
            return matchPrefix(p, 0, Array(r[..<wildcard]), 0)
        }
        return match(p, 0, r, 0)
    }

    @Test func everyCatalogPatternDecidesAsTheRecursion() {
        let resources = ["arn:aws:s3:::shop", "arn:aws:s3:::shop/a/b", "arn:aws:s3:::shop/*", "arn:aws:s3:::sh*",
                         "arn:aws:sqs:us-west-2:123456789012:jobs", "arn:aws:sqs:us-west-2:123456789012:*",
                         "arn:aws:iam::123456789012:role/app", "arn:aws:iam::123456789012:role/a/b/c",
                         "arn:aws:dynamodb:us-west-2:123456789012:table/orders", "arn:aws:dynamodb:*:*:table/o?ders",
                         "arn:aws:kms:us-west-2:123456789012:key/1234", "arn:aws:ec2:us-west-2:123456789012:instance/i-1",
                         "arn:aws:logs:us-west-2:123456789012:log-group:/aws/eks/x:*", "arn:aws", "", "*", "arn:",
                         "arn:aws:secretsmanager:us-west-2:123456789012:secret:db-??????"]
        var compared = 0
        let catalog = IAMActionCatalog.shared
        let services = catalog.services(Set(catalog.prefixes))
        let patterns = Set(services.values.flatMap { $0.resourceTypes.values }).sorted()
        for pattern in patterns {
            for resource in resources {
                #expect(ARNPattern.matches(pattern, resource) == Self.reference(pattern, resource), "\(pattern) \(resource)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}
