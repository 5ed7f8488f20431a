import Foundation
import Testing
@testable import EKSSC

/// The compiled-in IAM action list and the matching the IAM rules rely on.
@Suite struct IAMActionCatalogTests {
    @Test func knowsServicesActionsAndAccessLevels() throws {
        let catalog = IAMActionCatalog.shared
        #expect(catalog.prefixes.count > 400)
        #expect(catalog.hasService("s3") && catalog.hasService("iam") && !catalog.hasService("s4"))
        let s3 = try #require(catalog.services(["s3"])["s3"])
        #expect(s3.actions["getobject"]?.name == "GetObject")
        #expect(s3.actions["getobject"]?.accessLevel == .read)
        #expect(s3.actions["putobject"]?.accessLevel == .write)
        #expect(s3.actions["getobject"]?.resourceTypes.contains("object") == true)
        #expect(s3.resourceTypes["bucket"] == "arn:${Partition}:s3:::${BucketName}")
        #expect(s3.hasConditionKey("s3:prefix") && s3.hasConditionKey("s3:ExistingObjectTag/env"))
        #expect(!s3.hasConditionKey("s3:prefixx"))
        #expect(s3.actions(matching: "Get*").count > 20)
        #expect(s3.actions(matching: "Gte*").isEmpty)
        #expect(s3.actions(matching: "ListBucke?").map(\.name) == ["ListBucket"])
    }

    /// Every action line of the data is read: no action is lost to a malformed line (a
    /// resource type with a space in its name once dropped whole actions).
    @Test func everyActionOfTheDataIsRead() {
        let catalog = IAMActionCatalog.shared
        let services = catalog.services(Set(catalog.prefixes))
        let lines = IAMActionData.text.split(separator: "\n").filter { $0.hasPrefix("a ") }
        var names = Set<String>()
        var prefix = ""
        for line in IAMActionData.text.split(separator: "\n") {
            if line.hasPrefix("s ") { prefix = String(line.dropFirst(2)) }
            if line.hasPrefix("a ") { names.insert(prefix + ":" + line.split(separator: " ")[1].lowercased()) }
        }
        #expect(lines.count > 20_000)
        #expect(services.values.map(\.actions.count).reduce(0, +) == names.count)
        let gamelift = services["gameliftstreams"]
        #expect(gamelift?.resourceTypes["stream+group"] != nil)
    }

    @Test func arnPatterns() {
        let bucket = "arn:${Partition}:s3:::${BucketName}"
        let object = "arn:${Partition}:s3:::${BucketName}/${ObjectName}"
        #expect(ARNPattern.matches(bucket, "arn:aws:s3:::shop"))
        #expect(!ARNPattern.matches(bucket, "arn:aws:s3:::shop/key"))
        #expect(ARNPattern.matches(object, "arn:aws:s3:::shop/a/b/c.txt"))
        #expect(!ARNPattern.matches(object, "arn:aws:s3:::shop"))
        #expect(ARNPattern.matches(object, "arn:aws:s3:::shop/*"))
        #expect(ARNPattern.matches(bucket, "arn:aws:s3:::shop-*"))
        let queue = "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}"
        #expect(ARNPattern.matches(queue, "arn:aws:sqs:us-west-2:123456789012:jobs"))
        #expect(!ARNPattern.matches(queue, "arn:aws:sns:us-west-2:123456789012:jobs"))
    }

    @Test func globs() {
        #expect(IAMGlob.matches("get*", "getobject"))
        #expect(IAMGlob.matches("*object", "getobject"))
        #expect(!IAMGlob.matches("put*", "getobject"))
        #expect(IAMGlob.matches("g?tobject", "getobject"))
    }

    /// Start-up budget: indexing the list must stay well under 5 ms (measured in release builds
    /// in BENCHMARKS.md; a debug build gets a looser bound here).
    @Test func indexingIsFast() {
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = IAMActionCatalog(text: IAMActionData.text).prefixes.count }
        #expect(elapsed < .milliseconds(200))
    }
}
