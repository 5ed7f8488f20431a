/// A Kubernetes label selector (`matchLabels` and `matchExpressions`), read back from an emitted
/// object and evaluated as the API defines it: every requirement must hold; an empty selector
/// selects everything.
struct LabelSelector: Sendable, Hashable {
    enum Operator: String, Sendable, Hashable {
        case `in` = "In", notIn = "NotIn", exists = "Exists", doesNotExist = "DoesNotExist"
    }

    struct Requirement: Sendable, Hashable {
        var key: String
        var `operator`: Operator
        var values: [String]
    }

    /// `matchLabels` entries become `In` requirements with one value.
    var requirements: [Requirement]

    init(requirements: [Requirement] = []) {
        self.requirements = requirements
    }

    /// A selector from `{matchLabels: {...}, matchExpressions: [...]}`; `{}` selects everything.
    init(_ document: Document, at path: @autoclosure () -> String) throws(VerifyError) {
        guard let entries = document.entries else { throw VerifyError.shape(path(), "a label selector mapping") }
        var requirements: [Requirement] = []
        for entry in entries {
            switch entry.key {
            case "matchLabels":
                guard let labels = entry.value.entries else { throw VerifyError.shape(path() + ".matchLabels", "a mapping") }
                for label in labels {
                    guard let value = label.value.stringValue else {
                        throw VerifyError.shape(path() + ".matchLabels." + label.key, "a string")
                    }
                    requirements.append(Requirement(key: label.key, operator: .in, values: [value]))
                }
            case "matchExpressions":
                guard let list = entry.value.listValue else { throw VerifyError.shape(path() + ".matchExpressions", "a list") }
                for item in list {
                    guard let key = item["key"]?.stringValue, let word = item["operator"]?.stringValue,
                          let op = Operator(rawValue: word) else {
                        throw VerifyError.shape(path() + ".matchExpressions", "{key, operator: In|NotIn|Exists|DoesNotExist}")
                    }
                    let values = item["values"]?.listValue?.compactMap(\.stringValue) ?? []
                    requirements.append(Requirement(key: key, operator: op, values: values))
                }
            default:
                throw VerifyError.shape(path() + "." + entry.key, "matchLabels or matchExpressions")
            }
        }
        self.requirements = requirements
    }

    /// Whether an object with `labels` is selected.
    func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { requirement in
            let value = labels[requirement.key]
            switch requirement.operator {
            case .in: return value.map(requirement.values.contains) ?? false
            case .notIn: return value.map { !requirement.values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            }
        }
    }
}
