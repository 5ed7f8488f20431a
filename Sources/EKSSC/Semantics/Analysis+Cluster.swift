/// The `cluster` block: identity, OIDC issuer and control-plane settings.
extension Analysis {
    func analyzeCluster() {
        guard let decl = clusterDecl else {
            error(.missingCluster, "no 'cluster' declaration", at: .empty(at: 0),
                  hint: "add 'cluster NAME { account \"...\" region \"...\" oidc \"...\" }'")
            return
        }
        let name = decl.name.value
        if name.count > 100 || name.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9_-]*/) == nil {
            error(.invalidName, "invalid cluster name '\(name)': expected at most 100 letters, digits, '-' and '_', starting with a letter or digit",
                  at: decl.name.range)
        }
        checkDuplicateSettings(decl.settings) { setting in
            switch setting {
            case .account: "account"
            case .region: "region"
            case .oidc: "oidc"
            case .secretsEncryption: "secrets-encryption"
            case .logging: "logging"
            case .endpoint: "endpoint"
            case .publicAccess: "public-access"
            case .authentication: "authentication"
            case .awsEndpoints: "aws-endpoints"
            case .ipFamily: "ip-family"
            }
        }
        var account: String?, region: String?, issuer: (text: Name, region: String?)?
        var sawAccount = false, sawRegion = false
        var encryptionKey: (arn: ARN, range: SourceRange)?
        var logging: Set<ControlPlaneLogType> = []
        var endpoint: EndpointAccess?
        var publicAccess: [String] = []
        var authentication: AuthenticationMode?
        var awsEndpoints: AWSEndpoints?
        var ipFamily = IPFamily.ipv4
        for setting in decl.settings {
            switch setting.value {
            case .account(let name):
                sawAccount = true
                account = account ?? check(AWSIdentifiers.account(name.value), .invalidAccount, at: name.range)
            case .region(let name):
                sawRegion = true
                region = region ?? check(AWSIdentifiers.region(name.value), .invalidRegion, at: name.range)
            case .oidc(let name):
                guard issuer == nil else { continue }
                issuer = (name, check(AWSIdentifiers.oidcIssuer(name.value), .invalidOIDCIssuer, at: name.range)?.region)
            case .secretsEncryption(let name):
                if let arn = check(ARNValidator.kmsKey(name.value), .invalidARN, at: name.range) {
                    encryptionKey = (arn, name.range)
                }
            case .logging(let names):
                for name in names {
                    if let type = choice(name, ControlPlaneLogType.self, what: "log type") { logging.insert(type) }
                }
            case .endpoint(let name):
                endpoint = choice(name, EndpointAccess.self, what: "endpoint access")
            case .publicAccess(let names):
                publicAccess = names.compactMap { cidr($0)?.description }
            case .authentication(let name):
                authentication = choice(name, AuthenticationMode.self, what: "authentication mode")
            case .awsEndpoints(let kind, let cidrs):
                awsEndpoints = self.awsEndpoints(kind, cidrs: cidrs)
            case .ipFamily(let name):
                ipFamily = choice(name, IPFamily.self, what: "ip family") ?? .ipv4
            }
        }
        for (present, setting, example) in [
            (sawAccount, "account", "account \"123456789012\""), (sawRegion, "region", "region \"us-west-2\""),
            (issuer != nil, "oidc", "oidc \"https://oidc.eks.<region>.amazonaws.com/id/<ID>\""),
        ] where !present {
            error(.missingSetting, "cluster '\(decl.name.value)' has no '\(setting)' setting", at: decl.name.range,
                  hint: "add '\(example)'")
        }
        clusterRegion = region
        clusterAccount = account
        if let region, let issuer, let issuerRegion = issuer.region, issuerRegion != region {
            error(.oidcRegionMismatch,
                  "the OIDC issuer is in region '\(issuerRegion)' but the cluster is in '\(region)'",
                  at: issuer.text.range)
        }
        if let encryptionKey { checkKeyLocation(encryptionKey.arn, at: encryptionKey.range) }
        guard let account, let region, let issuer, issuer.region != nil else { return }
        cluster = Cluster(
            name: decl.name.value, account: account, region: region, partition: Partition.of(region: region),
            oidcIssuer: issuer.text.value, secretsEncryptionKey: encryptionKey?.arn, logging: logging.sorted(),
            endpoint: endpoint, publicAccessCIDRs: publicAccess, authenticationMode: authentication,
            awsEndpoints: awsEndpoints, ipFamily: ipFamily, range: decl.range)
    }

    /// `aws-endpoints public` (no CIDRs) or `aws-endpoints vpc "CIDR", ...` (at least one).
    func awsEndpoints(_ kind: Name, cidrs: [Name]) -> AWSEndpoints? {
        switch choice(kind, AWSEndpointsWord.self, what: "aws-endpoints kind") {
        case nil:
            return nil
        case .public?:
            if let first = cidrs.first {
                error(.invalidValue, "'aws-endpoints public' takes no CIDRs", at: first.range,
                      hint: "write 'aws-endpoints vpc \"CIDR\", ...' for interface VPC endpoints")
                return nil
            }
            return .public
        case .vpc?:
            guard !cidrs.isEmpty else {
                error(.missingSetting, "'aws-endpoints vpc' needs the CIDRs of the endpoint subnets", at: kind.range,
                      hint: "add them: 'aws-endpoints vpc \"10.0.128.0/24\"'")
                return nil
            }
            let blocks = cidrs.compactMap { cidr($0) }
            guard blocks.count == cidrs.count else { return nil }
            return .vpc(Array(Set(blocks.map(\.description))).sorted())
        }
    }

    /// A CIDR block, or nil after reporting why not (host bits set: the corrected block as hint).
    func cidr(_ name: Name) -> CIDR? {
        switch CIDR.parse(name.value) {
        case .success(let cidr):
            return cidr
        case .failure(let failure):
            let kind: SemanticDiagnostic = failure.hint == nil ? .invalidCIDR : .cidrHostBits
            error(kind, failure.message, at: name.range, hint: failure.hint)
            return nil
        }
    }

    /// Warns when a KMS key lives in another region or account than the cluster.
    func checkKeyLocation(_ key: ARN, at range: SourceRange) {
        if let clusterRegion, key.region != clusterRegion {
            warning(.kmsKeyElsewhere, "KMS key is in region '\(key.region)', not in the cluster's region '\(clusterRegion)'",
                    at: range, hint: "a key in another region cannot be used here; use a key in '\(clusterRegion)'")
        } else if let clusterAccount, key.account != clusterAccount {
            warning(.kmsKeyElsewhere, "KMS key is in account '\(key.account)', not in the cluster's account '\(clusterAccount)'",
                    at: range, hint: "the key policy must grant the cluster's account access")
        }
    }
}
