/// Validators of flow ports and protocols.
enum PortValidators {
    /// `tcp`, `udp` or `sctp`.
    static func networkProtocol(_ text: String) -> Validated<NetworkProtocol> {
        guard let value = NetworkProtocol(rawValue: text) else {
            return .failure(ValidationError(
                "unknown protocol '\(text)': expected tcp, udp or sctp",
                hint: Suggestion.didYouMean(text, among: NetworkProtocol.allCases.map(\.rawValue))))
        }
        return .success(value)
    }

    /// A port number (1-65535), a range `low-high` with low < high, or a named port.
    static func port(_ text: String) -> Validated<Port> {
        // On bytes: only ASCII digits are digits, and each is a character of its own.
        if !text.isEmpty, text.utf8.allSatisfy(CharacterClass.isDigit) {
            return number(text).map(Port.number)
        }
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(CharacterClass.isDigit) }) {
            return number(pieces[0]).flatMap { low in
                number(pieces[1]).flatMap { high in
                    guard low < high else {
                        return .failure(ValidationError("invalid port range '\(text)': the first port must be lower than the second"))
                    }
                    return .success(.range(low, high))
                }
            }
        }
        return namedPort(text).map(Port.named)
    }

    /// A port number, 1-65535.
    static func number(_ text: String) -> Validated<Int> {
        guard let value = Int(text), (1...65535).contains(value) else {
            return .failure(ValidationError("invalid port '\(text)': expected a number from 1 to 65535"))
        }
        return .success(value)
    }

    /// An IANA service name: at most 15 lowercase letters, digits and '-', with at least one
    /// letter, no '-' at either end and no '--'.
    static func namedPort(_ text: String) -> Validated<String> {
        let valid = !text.isEmpty && text.count <= 15
            && text.allSatisfy { CharacterClass.isLowerAlnum($0) || $0 == "-" }
            && text.contains { $0.isLetter }
            && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
        guard valid else {
            return .failure(ValidationError(
                "invalid port '\(text)': expected a number, a range 'low-high' or a port name of at most 15 lowercase letters, digits and '-'"))
        }
        return .success(text)
    }
}
