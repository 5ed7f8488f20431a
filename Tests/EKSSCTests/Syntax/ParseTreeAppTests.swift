import Testing
@testable import EKSSC

/// The tree of apps, secret stores, roles, mappings, node roles and storage classes.
@Suite struct ParseTreeAppTests: ParseTreeTesting {
    /// `prefix` is a keyword after `extract` only when a string follows it.
    @Test func extractPrefix() throws {
        let (declarations, file) = parse("""
            app api in payments {
              secret all from store {
                extract prefix "prod/app/"
                extract "prefix"
              }
            }
            """)
        guard case .app(let app) = try #require(declarations.first),
              case .secret(let secret) = try #require(app.settings.first).value,
              case .extractPrefix(let prefix) = secret.settings[0].value,
              case .extract(let key) = secret.settings[1].value
        else { throw Failure("unexpected settings") }
        #expect(prefix.value == "prod/app/")
        #expect(text(prefix.range, file) == "\"prod/app/\"")
        #expect(key.value == "prefix")
    }

    @Test func app() throws {
        let source = """
            app api in payments {
              serviceaccount "api-*"
              tier payments/web
              identity pod-identity
              security-groups "sg-1", "sg-2"
              iam-role api-role {
                managed "arn:m"
                deny "s3:Delete*" on "*" when StringEquals "aws:SourceVpce" = "vpce-1", "vpce-2" when Bool "aws:SecureTransport" = "false"
                boundary "arn:b"
              }
              iam-role {
              }
              secret app-secret from store {
                refresh 1h30m
                password <- "prod/app" property pw version "AWSCURRENT"
                "db.url" <- "prod/db"
                refresh <- "prod/refresh"
                extract "prod/all"
              }
            }
            """
        let (declarations, file) = parse(source)
        guard case .app(let app) = try #require(declarations.first) else { throw Failure("not an app") }
        #expect(app.name.value == "api")
        #expect(app.namespace.value == "payments")
        #expect(app.range == SourceRange(start: 0, end: source.utf8.count))
        #expect(app.settings.count == 7)
        guard case .serviceAccount(let account) = app.settings[0].value,
              case .tier(let tier) = app.settings[1].value,
              case .identity(let identity) = app.settings[2].value,
              case .securityGroups(let groups) = app.settings[3].value,
              case .iamRole(let role) = app.settings[4].value,
              case .iamRole(let unnamedRole) = app.settings[5].value,
              case .secret(let secret) = app.settings[6].value
        else { throw Failure("unexpected settings") }
        #expect(account.value == "api-*")
        #expect(tier.namespace?.value == "payments")
        #expect(tier.name.value == "web")
        #expect(identity.value == "pod-identity")
        #expect(values(groups) == ["sg-1", "sg-2"])
        #expect(role.name?.value == "api-role")
        #expect(text(role.range, file).hasPrefix("iam-role api-role {"))
        #expect(text(role.range, file).hasSuffix("\"arn:b\"\n  }"))
        #expect(unnamedRole.name == nil)
        #expect(unnamedRole.settings.isEmpty)
        guard case .managed(let managed) = role.settings[0].value,
              case .statement(let statement) = role.settings[1].value,
              case .boundary(let boundary) = role.settings[2].value
        else { throw Failure("unexpected iam-role settings") }
        #expect(values(managed) == ["arn:m"])
        #expect(statement.effect.value == "deny")
        #expect(values(statement.actions) == ["s3:Delete*"])
        #expect(values(statement.resources) == ["*"])
        #expect(statement.conditions.map(\.operator.value) == ["StringEquals", "Bool"])
        #expect(statement.conditions.map(\.key.value) == ["aws:SourceVpce", "aws:SecureTransport"])
        #expect(statement.conditions.map { values($0.values) } == [["vpce-1", "vpce-2"], ["false"]])
        #expect(text(statement.conditions[1].range, file) == "when Bool \"aws:SecureTransport\" = \"false\"")
        #expect(boundary.value == "arn:b")

        #expect(secret.name.value == "app-secret")
        #expect(secret.store.value == "store")
        #expect(secret.settings.map { text($0.range, file) } == [
            "refresh 1h30m", "password <- \"prod/app\" property pw version \"AWSCURRENT\"",
            "\"db.url\" <- \"prod/db\"", "refresh <- \"prod/refresh\"", "extract \"prod/all\"",
        ])
        guard case .refresh(let refresh) = secret.settings[0].value,
              case .data(let key, let remote, let property, let version) = secret.settings[1].value,
              case .data(let key2, let remote2, nil, nil) = secret.settings[2].value,
              case .data(let key3, _, _, _) = secret.settings[3].value,
              case .extract(let extract) = secret.settings[4].value
        else { throw Failure("unexpected secret settings") }
        #expect(refresh.value == "1h30m")
        #expect([key.value, remote.value, property?.value, version?.value] == ["password", "prod/app", "pw", "AWSCURRENT"])
        #expect([key2.value, remote2.value] == ["db.url", "prod/db"])
        #expect(key3.value == "refresh")
        #expect(extract.value == "prod/all")
    }

    @Test func secretStores() throws {
        let (declarations, _) = parse("""
            secretstore aws in payments {
              provider secretsmanager
              region "eu-west-1"
              serviceaccount eso in tools
              iam-role eso-role
              kms "arn:k1", "arn:k2"
            }
            clustersecretstore params { serviceaccount eso }
            """)
        guard case .secretStore(let store) = declarations[0], case .secretStore(let clusterStore) = declarations[1] else {
            throw Failure("not stores")
        }
        #expect(store.name.value == "aws")
        #expect(store.namespace?.value == "payments")
        #expect(!store.isClusterWide)
        guard case .provider(let provider) = store.settings[0].value,
              case .region(let region) = store.settings[1].value,
              case .serviceAccount(let account, let namespace) = store.settings[2].value,
              case .iamRole(let role) = store.settings[3].value,
              case .kms(let keys) = store.settings[4].value
        else { throw Failure("unexpected settings") }
        #expect([provider.value, region.value, account.value, namespace?.value, role.value]
            == ["secretsmanager", "eu-west-1", "eso", "tools", "eso-role"])
        #expect(values(keys) == ["arn:k1", "arn:k2"])
        #expect(clusterStore.isClusterWide)
        guard case .serviceAccount(let account2, nil) = clusterStore.settings[0].value else { throw Failure("no sa") }
        #expect(account2.value == "eso")
    }

    @Test func roles() throws {
        let (declarations, file) = parse("""
            role dev in payments {
              allow get, list on pods, deployments.apps, pods/log named "a", "b"
              allow * on *, "/healthz"
              bind user "john@example.com" in payments
              bind group devs
              bind serviceaccount tools/ci
            }
            clusterrole viewer { allow get on namespaces }
            """)
        guard case .role(let role) = declarations[0], case .role(let clusterRole) = declarations[1] else {
            throw Failure("not roles")
        }
        #expect(role.namespace?.value == "payments")
        #expect(clusterRole.isClusterRole)
        guard case .rule(let rule) = role.settings[0].value, case .rule(let star) = role.settings[1].value,
              case .bind(let user, let userNamespace) = role.settings[2].value,
              case .bind(let group, nil) = role.settings[3].value,
              case .bind(let account, nil) = role.settings[4].value
        else { throw Failure("unexpected settings") }
        #expect(values(rule.verbs) == ["get", "list"])
        #expect(values(rule.resources) == ["pods", "deployments.apps", "pods/log"])
        #expect(text(rule.resources[2].range, file) == "pods/log")
        #expect(values(rule.resourceNames) == ["a", "b"])
        #expect(values(star.verbs) == ["*"])
        #expect(values(star.resources) == ["*", "/healthz"])
        #expect([user.kind.value, user.name.value, userNamespace?.value] == ["user", "john@example.com", "payments"])
        #expect([group.kind.value, group.name.value] == ["group", "devs"])
        #expect([account.kind.value, account.namespace?.value, account.name.value] == ["serviceaccount", "tools", "ci"])
        #expect(text(account.range, file) == "serviceaccount tools/ci")
    }

    @Test func mappingsAndNodes() throws {
        let (declarations, file) = parse("""
            user john "arn:aws:iam::1:user/john" {
              username john-doe
              groups devs, "system:authenticated"
              bind dev in payments
              access-policy AmazonEKSViewPolicy in payments, tools
            }
            iam-role admin "arn:aws:iam::1:role/admin"
            nodes "arn:n1",
              "arn:n2"
            """)
        guard case .mapping(let user) = declarations[0], case .mapping(let role) = declarations[1],
              case .nodes(let nodes) = declarations[2] else { throw Failure("unexpected declarations") }
        #expect(user.kind == .user)
        #expect([user.name.value, user.arn.value] == ["john", "arn:aws:iam::1:user/john"])
        guard case .username(let username) = user.settings[0].value, case .groups(let groups) = user.settings[1].value,
              case .bind(let bound, let namespace) = user.settings[2].value,
              case .accessPolicy(let policy, let namespaces) = user.settings[3].value
        else { throw Failure("unexpected settings") }
        #expect(username.value == "john-doe")
        #expect(values(groups) == ["devs", "system:authenticated"])
        #expect([bound.value, namespace?.value] == ["dev", "payments"])
        #expect(policy.value == "AmazonEKSViewPolicy")
        #expect(values(namespaces) == ["payments", "tools"])
        #expect(role.kind == .role)
        #expect(role.settings.isEmpty)
        #expect(text(role.range, file) == "iam-role admin \"arn:aws:iam::1:role/admin\"")
        #expect(values(nodes.roles) == ["arn:n1", "arn:n2"])
        #expect(text(nodes.range, file) == "nodes \"arn:n1\",\n  \"arn:n2\"")
    }

    @Test func storageClass() throws {
        let (declarations, _) = parse("""
            storageclass fast {
              ebs io2; kms "arn:k"; fstype xfs; iops 3000; throughput 125; reclaim retain; expansion on
              default; unencrypted; efs "fs-1"; directory-perms "700"
            }
            """)
        guard case .storageClass(let storage) = declarations[0] else { throw Failure("not a storage class") }
        #expect(storage.name.value == "fast")
        let described = storage.settings.map { setting -> String in
            switch setting.value {
            case .ebs(let value): "ebs \(value.value)"
            case .efs(let value): "efs \(value.value)"
            case .kms(let value): "kms \(value.value)"
            case .fsType(let value): "fstype \(value.value)"
            case .iops(let value): "iops \(value.value)"
            case .throughput(let value): "throughput \(value.value)"
            case .reclaim(let value): "reclaim \(value.value)"
            case .expansion(let value): "expansion \(value.value)"
            case .isDefault: "default"
            case .unencrypted: "unencrypted"
            case .directoryPerms(let value): "directory-perms \(value.value)"
            }
        }
        #expect(described == [
            "ebs io2", "kms arn:k", "fstype xfs", "iops 3000", "throughput 125", "reclaim retain", "expansion on",
            "default", "unencrypted", "efs fs-1", "directory-perms 700",
        ])
    }
}
