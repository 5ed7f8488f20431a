/// EKS-IAM-003: privilege-escalation actions (`iam:PassRole`, `sts:AssumeRole`, ...) on `*`.
struct PrivilegeEscalationAction: LintRule {
    let id = "EKS-IAM-003"
    let name = "PrivilegeEscalationAction"
    let defaultSeverity = Severity.error
    let title = "A privilege-escalation action is allowed on every resource ('*')"
    let rationale = """
        iam:PassRole, sts:AssumeRole, iam:CreatePolicyVersion, iam:AttachRolePolicy, \
        iam:PutRolePolicy and the like on '*' let the app give itself any permission of the account \
        (IAM User Guide, "Granting a user permissions to pass a role"; Rhino Security Labs' AWS \
        privilege-escalation methods, as listed by policy_sentry).
        """
    let fix = "name the role or policy ARNs, and add conditions such as iam:PassedToService"
    let badExample = """
        app deployer in shop {
          iam-role { allow "iam:PassRole" on "*" }
        }
        """
    let goodExample = """
        app deployer in shop {
          iam-role { allow "iam:PassRole" on "arn:aws:iam::123456789012:role/shop-task" }
        }
        """

    /// Actions that let a principal gain permissions (lower-cased).
    static let actions: Set<String> = [
        "cloudformation:createstack", "codestar:createproject", "datapipeline:createpipeline",
        "ec2:runinstances", "ec2-instance-connect:sendsshpublickey", "glue:createdevendpoint",
        "glue:updatedevendpoint", "iam:addusertogroup", "iam:attachgrouppolicy", "iam:attachrolepolicy",
        "iam:attachuserpolicy", "iam:createaccesskey", "iam:createloginprofile", "iam:createpolicyversion",
        "iam:passrole", "iam:putgrouppolicy", "iam:putrolepolicy", "iam:putuserpolicy",
        "iam:setdefaultpolicyversion", "iam:updateassumerolepolicy", "iam:updateloginprofile",
        "lambda:addpermission", "lambda:createfunction", "lambda:updatefunctioncode",
        "lambda:updatefunctionconfiguration", "sts:assumerole", "sts:assumerolewithwebidentity",
        "sts:assumerolewithsaml", "iam:createrole", "iam:createpolicy", "iam:deleterolepermissionsboundary",
        "iam:putrolepermissionsboundary", "ssm:sendcommand", "ssm:startsession",
    ]

    func check(_ context: LintContext) -> [LintFinding] {
        context.statements.compactMap { item in
            let statement = item.statement
            guard statement.effect == .allow, statement.resources.contains("*") else { return nil }
            let found = statement.actions.filter { action in
                let lower = action.lowercased()
                guard lower.contains("*") || lower.contains("?") else { return Self.actions.contains(lower) }
                return Self.actions.contains { IAMGlob.matches(lower, $0) }
            }
            guard !found.isEmpty else { return nil }
            return finding("'\(found.joined(separator: "', '"))' on '*' can grant the app any permission",
                           at: statement.range)
        }
    }
}
