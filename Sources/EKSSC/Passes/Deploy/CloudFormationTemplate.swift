/// One CloudFormation template under `aws/cloudformation/`, deployed as one stack with
/// `aws cloudformation deploy`.
struct CloudFormationTemplate: Sendable {
    /// The file's stem (`iam-default` → `aws/cloudformation/iam-default.yaml`), also the stack
    /// name's suffix.
    var name: String
    /// `<cluster>-<name>`: the stack the apply guide deploys the template as.
    var stackName: String
    /// What `aws cloudformation deploy --capabilities` must acknowledge: `CAPABILITY_NAMED_IAM`
    /// for named IAM roles, `CAPABILITY_IAM` for unnamed ones, nil for none.
    var capability: String?
    /// The template. Setting it forgets the text rendered from the old one.
    var document: Document {
        didSet { renderedYAML = nil }
    }
    /// `document` as YAML when `rendered()` made it ahead of time.
    private var renderedYAML: String?

    init(name: String, stackName: String, capability: String?, document: Document) {
        self.name = name
        self.stackName = stackName
        self.capability = capability
        self.document = document
    }

    /// The file's text: `document` through the YAML emitter, rendered once for both the apply
    /// guide (which measures it) and the output file when `rendered()` made this copy.
    var yaml: String {
        renderedYAML ?? YAMLEmitter.render([document])
    }

    /// This template with its text rendered now (`PassPipeline` renders every template once,
    /// on both cores).
    func rendered() -> CloudFormationTemplate {
        var template = self
        template.renderedYAML = YAMLEmitter.render([document])
        return template
    }

    /// The deploy order: the OIDC provider, IAM roles, EKS resources, then monitoring.
    var deployRank: Int {
        if name == "oidc-provider" { return 0 }
        if name.hasPrefix("iam-") { return 1 }
        if name == "eks" { return 2 }
        return 3
    }

    /// A template document with the sections in CloudFormation's documented order; `resources`
    /// and `outputs` are (logical id, value) pairs already in their final order.
    static func document(description: String, resources: [(String, Document)],
                         outputs: [(String, Document)]) -> Document {
        .map([
            "AWSTemplateFormatVersion": .string("2010-09-09"),
            "Description": .string(description),
            "Resources": .map(resources.map { Document.Entry($0.0, $0.1) }),
            "Outputs": outputs.isEmpty ? nil : .map(outputs.map { Document.Entry($0.0, $0.1) }),
        ])
    }

    /// `[{Key: managed-by, Value: ekssc}]` plus `extra`, in the order given.
    static func tags(_ extra: [(String, String)] = []) -> Document {
        .list(([("managed-by", "ekssc")] + extra).map { key, value in
            .map(["Key": .string(key), "Value": .string(value)])
        })
    }

    /// `{"Fn::GetAtt": [logicalID, attribute]}`
    static func getAtt(_ logicalID: String, _ attribute: String) -> Document {
        .map(["Fn::GetAtt": .strings([logicalID, attribute])])
    }
}
