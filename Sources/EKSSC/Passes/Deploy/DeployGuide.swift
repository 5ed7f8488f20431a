/// The output's `README.md`, one text per layout: the layouts hold different files (the grouped
/// one has no AWS CLI inputs that a CloudFormation template already covers), and the guide names
/// only files that are there. Both are made by `DeployGuidePass` from one model; `OutputTreePass`
/// writes the one of the layout it lays out.
struct DeployGuide: Sendable {
    /// The guide of `--layout per-object`: CloudFormation commands, and the AWS CLI inputs beside them.
    var perObject: String
    /// The guide of `--layout grouped`: CloudFormation commands; the AWS CLI inputs are in per-object.
    var grouped: String

    init(perObject: String = "", grouped: String = "") {
        self.perObject = perObject
        self.grouped = grouped
    }

    /// True when no guide was built (artifacts made by hand, in tests).
    var isEmpty: Bool { perObject.isEmpty && grouped.isEmpty }

    /// The guide for the files of `layout`.
    func text(for layout: CompileOptions.Layout) -> String {
        switch layout {
        case .perObject: perObject
        case .grouped: grouped
        }
    }
}
