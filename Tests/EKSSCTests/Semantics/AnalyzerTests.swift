import Testing
@testable import EKSSC

/// Source-text tests of name resolution, duplicates, defaults and cross-checks.
@Suite struct AnalyzerTests {
    static func summaries(_ body: String) -> [String] {
        SemanticsTestSupport.run(SemanticsTestSupport.header + body).summaries
    }

    @Test func reportsEveryErrorInOneRun() {
        let run = SemanticsTestSupport.run("""
            cluster demo {
              account "12345678901"
              region  "us-west-2"
              oidc    "https://oidc.eks.us-west-2.amazonaws.com/id/ABC"
            }
            namespace shop
            tier web in shop
            flow cidr "10.0.0.0/8" -> web on tcp/0
            app api in shop {
              security-groups "sg-xyz"
              secret s from nowhere { k <- "r" }
            }
            storageclass x { ebs gp4 }
            """)
        #expect(run.summaries == [
            "2:11: error: invalid AWS account '12345678901': expected exactly 12 digits",
            "8:38: error: invalid port '0': expected a number from 1 to 65535",
            "10:19: error: invalid security group id 'sg-xyz': expected 'sg-' and 8 or 17 lowercase hex digits",
            "11:17: error: undefined secret store 'nowhere'",
            "13:22: error: unknown EBS volume type 'gp4': expected gp2, gp3, io1, io2, st1, sc1 or standard",
        ])
        #expect(run.result.model == nil)
    }

    @Test func clusterNamesFollowEKSRules() {
        let header = SemanticsTestSupport.header.replacingOccurrences(of: "cluster demo", with: "cluster my.cluster")
        #expect(SemanticsTestSupport.run(header).summaries == [
            "1:9: error: invalid cluster name 'my.cluster': expected at most 100 letters, digits, '-' and '_', starting with a letter or digit",
        ])
    }

    @Test func warningsKeepTheModel() {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + "tier web in shop\n")
        #expect(run.summaries == ["7:6: warning: no flow goes to tier 'shop/web'"])
        #expect(run.result.model?.tiers.count == 1)
    }

    @Test func emptyFileNeedsACluster() {
        let run = SemanticsTestSupport.run("")
        #expect(run.summaries == ["1:1: error: no 'cluster' declaration"])
        #expect(run.result.diagnostics.first?.hint == "add 'cluster NAME { account \"...\" region \"...\" oidc \"...\" }'")
    }

    @Test func anAppFindsTheTierOfItsOwnNamespaceFirst() throws {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            namespace admin
            tier web in shop
            tier web in admin
            flow cidr "10.0.0.0/8" -> shop/web
            flow cidr "10.0.0.0/8" -> admin/web
            app api in admin { tier web }
            """)
        #expect(run.summaries == [])
        #expect(run.result.model?.apps.first?.tier == TierID(namespace: "admin", name: "web"))
    }

    @Test func storesResolveNamespacedFirstThenClusterWide() throws {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            namespace admin
            secretstore vault in shop { provider secretsmanager }
            clustersecretstore vault {
              provider parameterstore
              serviceaccount eso in admin
            }
            app a in shop { secret one from vault { k <- "x" } }
            app b in admin { secret two from vault { k <- "y" } }
            """)
        #expect(run.summaries == [])
        let apps = try #require(run.result.model?.apps)
        #expect(apps.map { $0.secrets.first?.store.description } == ["vault", "shop/vault"])
    }

    @Test func bindsFindRolesAndClusterRoles() throws {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            clusterrole viewer { allow get on pods }
            role editor in shop { allow update on pods }
            user jo "arn:aws:iam::123456789012:user/jo" {
              bind viewer in shop
              bind editor in shop
              bind viewer
            }
            """)
        #expect(run.summaries == [])
        let bindings = try #require(run.result.model?.rbacBindings)
        #expect(bindings.map { "\($0.role.kind)/\($0.role.name)@\($0.namespace ?? "-")" }
            == ["ClusterRole/viewer@-", "ClusterRole/viewer@shop", "Role/editor@shop"])
        #expect(bindings.allSatisfy { $0.subjects == [.user("jo")] })
    }

    @Test func mappingsBindTheBuiltInClusterRolesWithoutDeclaringThem() throws {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            user jo "arn:aws:iam::123456789012:user/jo" {
              bind cluster-admin
              bind view in shop
            }
            """)
        #expect(run.summaries == [])
        let bindings = try #require(run.result.model?.rbacBindings)
        #expect(bindings.map { "\($0.role.kind)/\($0.role.name)@\($0.namespace ?? "-")" }
            == ["ClusterRole/cluster-admin@-", "ClusterRole/view@shop"])
        #expect(run.result.model?.rbacRoles.isEmpty == true)
    }

    @Test func duplicatesPointAtTheFirstDeclaration() {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            secretstore v in shop { provider secretsmanager }
            app a in shop { secret s from v { k <- "x" } }
            app b in shop { secret s from v { k <- "y" } }
            app a in shop { serviceaccount b }
            role r in shop { allow get on pods }
            role r in shop { allow list on pods }
            storageclass sc { ebs gp3 }
            storageclass sc { ebs gp3 }
            user u "arn:aws:iam::123456789012:user/u"
            user w "arn:aws:iam::123456789012:user/u"
            """)
        #expect(run.summaries == [
            "9:24: error: duplicate secret 'shop/s'",
            "10:5: error: duplicate app 'shop/a'",
            "12:6: error: duplicate role 'shop/r'",
            "14:14: error: duplicate storageclass 'sc'",
            "16:8: error: 'arn:aws:iam::123456789012:user/u' is mapped twice",
        ])
        #expect(run.result.diagnostics.map { $0.notes.map(\.message) }
            == Array(repeating: ["first declared here"], count: 4) + [["mapped here"]])
    }

    @Test func aUserAndARoleMayNotShareAName() {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            user admin "arn:aws:iam::123456789012:user/admin"
            iam-role admin "arn:aws:iam::123456789012:role/admin"
            """)
        #expect(run.summaries == ["8:10: error: duplicate mapping 'admin'"])
        #expect(run.result.diagnostics.first?.notes.map { run.file.location(of: $0.range.start).description } == ["7:6"])
    }

    @Test func theFirstInSourceOrderIsTheOriginal() {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            secretstore v in shop { provider secretsmanager }
            app zeta in shop { secret s from v { k <- "x" } }
            app alpha in shop { secret s from v { k <- "y" } }
            """)
        #expect(run.summaries == ["9:28: error: duplicate secret 'shop/s'"])
        #expect(run.result.diagnostics.first?.notes.map { run.file.location(of: $0.range.start).description } == ["8:27"])
    }

    @Test func appsMayShareAServiceAccountWithTheSameRole() {
        let role = "iam-role { allow \"s3:GetObject\" on \"*\" }"
        #expect(Self.summaries("app a in shop {\n  serviceaccount shared\n  \(role)\n}\napp b in shop {\n  serviceaccount shared\n  \(role)\n}\n") == [])
    }

    @Test func duplicateSettingsInBlocks() {
        #expect(Self.summaries("app a in shop {\n  identity irsa\n  identity irsa\n}\n")
            == ["9:3: error: duplicate setting 'identity'"])
        #expect(Self.summaries("storageclass x {\n  ebs gp3\n  efs \"fs-01234567\"\n}\n")
            == ["9:3: error: storage class 'x' has both 'ebs' and 'efs'"])
        #expect(Self.summaries("storageclass x {\n  ebs gp3\n  ebs gp2\n}\n")
            == ["9:3: error: duplicate setting 'ebs'"])
        #expect(Self.summaries("app a in shop {\n  iam-role {\n    managed \"arn:aws:iam::aws:policy/A\"\n    managed \"arn:aws:iam::aws:policy/B\"\n  }\n}\n")
            == ["10:5: error: duplicate setting 'managed'"])
    }

    @Test func keyInAnotherAccountIsAWarning() {
        #expect(Self.summaries("storageclass x {\n  ebs gp3\n  kms \"arn:aws:kms:us-west-2:999999999999:key/abcd\"\n}\n")
            == ["9:7: warning: KMS key is in account '999999999999', not in the cluster's account '123456789012'"])
    }

    @Test func throughputOnlyOnGP3() {
        #expect(Self.summaries("storageclass x {\n  ebs io1\n  throughput 500\n  iops 100\n}\n")
            == ["9:3: error: 'throughput' cannot be set for EBS type 'io1'"])
    }

    @Test func flowsNeedDeclaredNamespacesAndTiers() {
        #expect(Self.summaries("tier web in shop\nflow cidr \"10.0.0.0/8\" -> shop/wbe\nflow web -> web\n") == [
            "8:27: error: undefined tier 'shop/wbe'",
            "9:1: warning: flow from tier 'shop/web' to itself",
        ])
    }

    @Test func roleSideServiceAccountsDefaultToTheBindingNamespace() throws {
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + """
            role r in shop {
              allow get on configmaps
              bind serviceaccount robot
              bind serviceaccount shop/robot
            }
            clusterrole probe {
              allow get on "/healthz", "/readyz"
            }
            """)
        #expect(run.summaries == [])
        let model = try #require(run.result.model)
        #expect(model.rbacBindings.first?.subjects == [.serviceAccount(ServiceAccountRef(namespace: "shop", name: "robot"))])
        #expect(model.rbacRoles.first?.rules == [RBACRule(verbs: ["get"], nonResourceURLs: ["/healthz", "/readyz"])])
    }

    @Test func enumeratedWordsSuggestTheClosest() {
        #expect(Self.summaries("tier web in shop { dns of }\nflow cidr \"10.0.0.0/8\" -> web\n")
            == ["7:24: error: unknown dns setting 'of': expected on or off"])
        let run = SemanticsTestSupport.run(SemanticsTestSupport.header + "tier web in shop { dns of }\nflow cidr \"10.0.0.0/8\" -> web\n")
        #expect(run.result.diagnostics.first?.hint == "did you mean 'off'?")
    }

    @Test func oneMistakeIsReportedOnce() {
        #expect(Self.summaries("secretstore Bad_Store in shop { provider secretsmanager }\napp a in shop { secret s from Bad_Store { k <- \"x\" } }\n") == [
            "7:13: error: invalid store name 'Bad_Store': expected lowercase letters, digits, '-' and '.', starting and ending with a letter or digit",
        ])
        #expect(Self.summaries("user u \"arn:aws:iam::123456789012:user/u\" {\n  access-policy AmazonEKSEditPolicy in dev, qa\n}\n") == [
            "8:40: error: undefined namespace 'dev'",
            "8:45: error: undefined namespace 'qa'",
        ])
    }

    @Test func aMisspeltTargetIsNotAlsoUnusedOrUnreachable() {
        #expect(Self.summaries("secretstore vault in shop { provider secretsmanager }\napp a in shop { secret s from valt { k <- \"x\" } }\n") == [
            "8:31: error: undefined secret store 'valt'",
        ])
        #expect(Self.summaries("tier web in shop\nflow cidr \"10.0.0.0/8\" -> wbe\n") == [
            "8:27: error: undefined tier 'wbe'",
        ])
    }

    @Test func iamRoleNamesAreChecked() {
        #expect(Self.summaries("app a in shop {\n  iam-role my:role { managed \"arn:aws:iam::aws:policy/A\" }\n}\n") == [
            "8:12: error: invalid IAM role name 'my:role': expected 1-64 letters, digits and '+=,.@_-'",
        ])
        #expect(Self.summaries("secretstore v in shop {\n  provider secretsmanager\n  iam-role bad:role\n}\napp a in shop { secret s from v { k <- \"x\" } }\n") == [
            "9:12: error: invalid IAM role name 'bad:role': expected 1-64 letters, digits and '+=,.@_-'",
        ])
    }
}
