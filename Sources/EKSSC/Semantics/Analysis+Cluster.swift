/// The `cluster` block: identity, OIDC issuer and control-plane settings.
extension Analysis {
    func analyzeCluster() {
        guard let decl = clusterDecl else {
            error(.missingCluster, "no 'cluster' declaration", at: .empty(at: 0),
                  hint: "add 'cluster NAME { account \"...\" region \"...\" oidc \"...\" }'")
            return
        }
        let name = decl.name.value
        if !NamePatterns.isClusterName(name) {
            error(.invalidName, "invalid cluster name '\(name)': expected at most 100 letters, digits, '-' and '_', starting with a letter or digit",
                  at: decl.name.range)
        }
        checkDuplicateSettings(decl.settings) { $0.keyword }
        var account: String?, region: String?, issuer: (text: Name, region: String?)?
        var sawAccount = false, sawRegion = false
        var encryptionKey: (arn: ARN, range: SourceRange)?
        var logging: Set<ControlPlaneLogType> = []
        var endpoint: EndpointAccess?
        var publicAccess: [String] = []
        var authentication: AuthenticationMode?
        var oidcProvider: OIDCProviderSource?
        var monitoringSettings: [Located<MonitoringSetting>] = []
        var requiresBoundary = false
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
            case .oidcProvider(let name):
                oidcProvider = choice(name, OIDCProviderSource.self, what: "OIDC provider source")
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
            case .monitoring(let settings):
                monitoringSettings = settings
            case .requireBoundary:
                requiresBoundary = true
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
        // The cluster's own key was validated before its region was known.
        if let encryptionKey, checkPartition(encryptionKey.arn.partition.rawValue, of: encryptionKey.arn.description,
                                             at: encryptionKey.range) {
            checkKeyLocation(encryptionKey.arn, usedIn: region, at: encryptionKey.range)
        }
        let monitoring = analyzeMonitoring(monitoringSettings)
        guard let account, let region, let issuer, issuer.region != nil else { return }
        cluster = Cluster(
            name: decl.name.value, account: account, region: region, partition: Partition.of(region: region),
            oidcIssuer: issuer.text.value, secretsEncryptionKey: encryptionKey?.arn, logging: logging.sorted(),
            endpoint: endpoint, publicAccessCIDRs: publicAccess, authenticationMode: authentication,
            oidcProviderExists: oidcProvider == .existing, monitoring: monitoring,
            requiresPermissionsBoundary: requiresBoundary, awsEndpoints: awsEndpoints, ipFamily: ipFamily,
            range: decl.range)
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

    /// A KMS key must be in the region of what it encrypts (`region`: the cluster's, or a secret
    /// store's): KMS keys are regional, so a key elsewhere cannot be used and is an error. A key
    /// of another account only warns: its key policy may grant the cluster's account.
    func checkKeyLocation(_ key: ARN, usedIn region: String?, at range: SourceRange) {
        if let region, key.region != region {
            error(.kmsKeyRegion, "KMS key is in region '\(key.region)', but what it encrypts is in '\(region)'",
                  at: range, hint: "KMS keys are regional: use a key in '\(region)' (a multi-Region replica there has its own ARN)")
        } else if let clusterAccount, key.account != clusterAccount {
            warning(.kmsKeyElsewhere, "KMS key is in account '\(key.account)', not in the cluster's account '\(clusterAccount)'",
                    at: range, hint: "the key policy must grant the cluster's account access")
        }
    }
}
