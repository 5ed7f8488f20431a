/// The verbs Kubernetes authorizers know; any other verb is allowed by the API but is
/// almost always a typo, so the analyzer warns.
enum RBACVerbs {
    static let known: [String] = [
        "*", "approve", "bind", "create", "delete", "deletecollection", "escalate", "get",
        "impersonate", "list", "patch", "sign", "update", "use", "watch",
    ]

    /// The verb, or why it is suspicious (with a did-you-mean hint).
    static func verb(_ text: String) -> Validated<String> {
        guard known.contains(text) else {
            return .failure(ValidationError(
                "unknown verb '\(text)'", hint: Suggestion.didYouMean(text, among: known.filter { $0 != "*" })))
        }
        return .success(text)
    }
}
