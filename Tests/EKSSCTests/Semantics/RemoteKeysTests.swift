import Testing
@testable import EKSSC

@Suite struct RemoteKeysTests {
    @Test(arguments: ["prod/db", "/prod/app/api-key", "a+b=c@d.e_f-g", "storefront/gateway/tls",
                      "arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db-AbCdEf",
                      "arn:aws:ssm:us-west-2:123456789012:parameter/prod/db"])
    func literalNamesAreKeys(_ text: String) {
        #expect(RemoteKeys.key(text) == .success(text))
    }

    /// Each of these would either widen the store's IAM policy or name something AWS cannot have.
    @Test(arguments: ["*", "?", "prod/*", "/prod/*", "prod/db-??????", "", "prod/../admin", "./prod", "prod//db",
                      "prod/db\u{0}", "prod/db\t", "prod/\u{202E}bd", "prod/\u{2066}x", "prod db", "prod/dé",
                      "arn:aws:secretsmanager:us-west-2:123456789012:secret:*",
                      "arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db\u{2028}",
                      "arn:aws:s3:::bucket/key"])
    func everythingElseIsRefused(_ text: String) {
        #expect(RemoteKeys.key(text).failure != nil)
    }

    @Test(arguments: ["prod/app/", "/prod/flags/", "a/"])
    func prefixesEndInASlash(_ text: String) {
        #expect(RemoteKeys.prefix(text) == .success(text))
    }

    @Test(arguments: ["prod", "/", "//", "prod/*/", "prod/../", "arn:aws:ssm:us-west-2:123456789012:parameter/prod/"])
    func otherPrefixesAreRefused(_ text: String) {
        #expect(RemoteKeys.prefix(text).failure != nil)
    }
}
