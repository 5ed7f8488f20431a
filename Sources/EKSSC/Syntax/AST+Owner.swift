/// `owner team-payments { namespaces payments, payments-batch }` at the top of a file: the file
/// belongs to one team and may declare only what lives in those namespaces (see
/// `Analysis+Ownership.swift` for what that is), and no other file may declare anything in them.
struct OwnerSyntax: Sendable {
    /// The team, as written (shown in messages).
    var name: Name
    /// The namespaces the file owns.
    var namespaces: [Name]
    /// The statement.
    var range: SourceRange
    /// The whole file the statement is in (global offsets): the declarations it governs.
    var file: SourceRange

    init(name: Name, namespaces: [Name], range: SourceRange, file: SourceRange) {
        self.name = name
        self.namespaces = namespaces
        self.range = range
        self.file = file
    }

    /// Whether `range` lies in the file this statement governs.
    func governs(_ range: SourceRange) -> Bool {
        file.start <= range.start && range.start <= file.end
    }
}
