/// The `iam-role { ... }` block of an app: managed policies, inline statements, boundary.
extension Analysis {
    func iamRole(_ syntax: IAMRoleSyntax) -> IAMRoleSpec {
        checkDuplicateSettings(syntax.settings) { setting in
            switch setting {
            case .boundary: "boundary"
            case .managed: "managed"
            case .statement: nil
            }
        }
        var role = IAMRoleSpec(range: syntax.range)
        role.explicitName = syntax.name.flatMap(iamRoleName)
        var firstDeny: SourceRange?
        var hasAllow = false
        for setting in syntax.settings {
            switch setting.value {
            case .managed(let names):
                for name in names {
                    if let arn = managedPolicyARN(name), !role.managedPolicies.contains(arn) {
                        role.managedPolicies.append(arn)
                    }
                }
            case .boundary(let name):
                role.permissionsBoundary = managedPolicyARN(name)
            case .statement(let statement):
                guard let effect = choice(statement.effect, EffectWord.self, what: "effect") else { continue }
                if effect == .allow { hasAllow = true } else if firstDeny == nil { firstDeny = setting.range }
                role.statements.append(policyStatement(statement, effect: effect.effect, range: setting.range))
            }
        }
        if let firstDeny, !hasAllow, role.managedPolicies.isEmpty {
            warning(.denyWithoutAllow, "this role has a 'deny' but grants nothing", at: firstDeny,
                    hint: "a deny only narrows what an 'allow' or a managed policy grants")
        }
        return role
    }

    /// A managed policy's ARN text (`check` of `ARNValidator.managedPolicy`), validated once per
    /// distinct text: thousands of apps attach the same few policies. Each use still reports its
    /// own failure at its own range.
    func managedPolicyARN(_ name: Name) -> String? {
        let validated: Validated<(arn: ARN, text: String)>
        if let cached = managedPolicyARNs[name.value] {
            validated = cached
        } else {
            validated = ARNValidator.managedPolicy(name.value).map { ($0, $0.description) }
            managedPolicyARNs[name.value] = validated
        }
        switch validated {
        case .failure(let failure):
            error(.invalidARN, failure.message, at: name.range, hint: failure.hint)
            return nil
        case .success(let policy):
            return checkPartition(policy.arn.partition.rawValue, of: policy.text, at: name.range) ? policy.text : nil
        }
    }

    /// An IAM role name: 1-64 letters, digits and `+=,.@_-`.
    func iamRoleName(_ name: Name) -> String? {
        let valid = !name.value.isEmpty && name.value.count <= 64
            && name.value.allSatisfy { CharacterClass.isAlnum($0) || "+=,.@_-".contains($0) }
        guard valid else {
            error(.invalidName, "invalid IAM role name '\(name.value)': expected 1-64 letters, digits and '+=,.@_-'",
                  at: name.range)
            return nil
        }
        return name.value
    }

    private func policyStatement(_ syntax: PolicyStatementSyntax, effect: PolicyEffect,
                                 range: SourceRange) -> PolicyStatement {
        var actions: [String] = []
        for name in syntax.actions {
            if let action = check(IAMPolicyValidators.action(name.value), .invalidAction, at: name.range),
               !actions.contains(action) {
                actions.append(action)
            }
        }
        var resources: [String] = []
        for name in syntax.resources {
            if let resource = check(ARNValidator.policyResource(name.value), .invalidARN, at: name.range),
               resourceInClusterPartition(resource, at: name.range),
               !resources.contains(resource) {
                resources.append(resource)
            }
        }
        let conditions = syntax.conditions.compactMap { condition -> PolicyCondition? in
            guard let op = check(IAMPolicyValidators.conditionOperator(condition.operator.value),
                                 .invalidConditionOperator, at: condition.operator.range) else { return nil }
            return PolicyCondition(operator: op, key: condition.key.value, values: condition.values.map(\.value))
        }
        return PolicyStatement(effect: effect, actions: actions, resources: resources, conditions: conditions.sorted(),
                               range: range)
    }

    /// A resource whose partition is written out (not `*`) must be the cluster's.
    private func resourceInClusterPartition(_ resource: String, at range: SourceRange) -> Bool {
        // Without a cluster region every partition passes; `arn:<the cluster's partition>:`
        // (the common case) passes whatever follows.
        guard let clusterRegion else { return true }
        if resource.utf8.starts(with: "arn:\(Partition.of(region: clusterRegion).rawValue):".utf8) { return true }
        // ASCII text (every ARN in practice) splits on its bytes as on its characters.
        guard resource.utf8.allSatisfy({ $0 < 0x80 }) else {
            let fields = resource.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, Partition(rawValue: String(fields[1])) != nil else { return true }
            return checkPartition(String(fields[1]), of: resource, at: range)
        }
        let fields = resource.utf8.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3,
              let partition = Partition.allCases.first(where: { $0.rawValue.utf8.elementsEqual(fields[1]) })
        else { return true }
        return checkPartition(partition.rawValue, of: resource, at: range)
    }
}
