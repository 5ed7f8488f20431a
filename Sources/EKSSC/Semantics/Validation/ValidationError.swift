/// Why a value written in the source is not acceptable: the message of the diagnostic the
/// analyzer reports, and an optional hint (a corrected value, a likely intended word).
///
/// Validators are pure functions returning `Result<Value, ValidationError>`, so they can be
/// table-tested without building syntax trees.
public struct ValidationError: Error, Hashable, Sendable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// Shorthand used by the validators: the value, or why not.
public typealias Validated<Value> = Result<Value, ValidationError>

extension Result where Failure == ValidationError {
    /// The value, or nil when validation failed.
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The failure, or nil when the value is valid.
    var failure: ValidationError? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// Small character-class helpers shared by the validators (ASCII only, on purpose: every
/// identifier the language checks is ASCII by its external specification).
enum CharacterClass {
    static func isLowerAlnum(_ c: Character) -> Bool {
        c.isASCII && (c.isLowercase || c.isNumber)
    }

    static func isAlnum(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }

    static func isDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }

    static func isLowerHex(_ c: Character) -> Bool {
        ("0"..."9").contains(c) || ("a"..."f").contains(c)
    }

    static func isHex(_ c: Character) -> Bool {
        isLowerHex(c) || ("A"..."F").contains(c)
    }
}
