/// Why a value written in the source is not acceptable: the message of the diagnostic the
/// analyzer reports, and an optional hint (a corrected value, a likely intended word).
///
/// Validators are pure functions returning `Result<Value, ValidationError>`, so they can be
/// table-tested without building syntax trees.
struct ValidationError: Error, Hashable, Sendable {
    var message: String
    var hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// Shorthand used by the validators: the value, or why not.
typealias Validated<Value> = Result<Value, ValidationError>

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
///
/// Each class is defined once on a UTF-8 byte; the `Character` forms look at the character's
/// ASCII value, so no Unicode property tables are consulted on these hot paths (`asciiValue`
/// maps `\r\n` to `\n`, which no class here contains).
enum CharacterClass {
    static func isLowerAlnum(_ byte: UInt8) -> Bool {
        isLower(byte) || isDigit(byte)
    }

    static func isAlnum(_ byte: UInt8) -> Bool {
        isLower(byte) || isUpper(byte) || isDigit(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isLowerHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    static func isHex(_ byte: UInt8) -> Bool {
        isLowerHex(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    static func isLowerAlnum(_ c: Character) -> Bool {
        c.asciiValue.map(isLowerAlnum) ?? false
    }

    static func isAlnum(_ c: Character) -> Bool {
        c.asciiValue.map(isAlnum) ?? false
    }

    static func isDigit(_ c: Character) -> Bool {
        c.asciiValue.map(isDigit) ?? false
    }

    static func isLowerHex(_ c: Character) -> Bool {
        c.asciiValue.map(isLowerHex) ?? false
    }

    static func isHex(_ c: Character) -> Bool {
        c.asciiValue.map(isHex) ?? false
    }

    private static func isLower(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func isUpper(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
