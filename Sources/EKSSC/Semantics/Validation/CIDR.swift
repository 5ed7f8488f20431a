/// A parsed IPv4 or IPv6 CIDR block whose host bits are zero.
struct CIDR: Hashable, Sendable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6.
    var address: [UInt8]
    var prefixLength: Int

    var isIPv6: Bool { address.count == 16 }

    /// The canonical text: dotted quad, or RFC 5952 compressed IPv6.
    var description: String {
        "\(CIDR.format(address))/\(prefixLength)"
    }

    /// Whether `other` lies entirely inside this block (same family, longer or equal prefix).
    func contains(_ other: CIDR) -> Bool {
        guard other.address.count == address.count, other.prefixLength >= prefixLength else { return false }
        return CIDR.masked(other.address, prefixLength: prefixLength) == address
    }

    /// Parses `address/prefix`. Host bits set → an error whose hint is the corrected block.
    static func parse(_ text: String) -> Validated<CIDR> {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        let shape = "invalid CIDR '\(text)': expected an address and a prefix length such as '10.0.0.0/16'"
        guard pieces.count == 2, let bytes = parseIPv4(pieces[0]) ?? parseIPv6(pieces[0]),
              !pieces[1].isEmpty, pieces[1].count <= 3, pieces[1].allSatisfy(CharacterClass.isDigit),
              let prefix = Int(pieces[1]) else {
            return .failure(ValidationError(shape))
        }
        guard prefix <= bytes.count * 8 else {
            return .failure(ValidationError(
                "invalid CIDR '\(text)': the prefix length must be at most \(bytes.count * 8)"))
        }
        let network = masked(bytes, prefixLength: prefix)
        let cidr = CIDR(address: network, prefixLength: prefix)
        guard network == bytes else {
            return .failure(ValidationError(
                "CIDR '\(text)' has host bits set", hint: "did you mean '\(cidr)'?"))
        }
        return .success(cidr)
    }

    static func masked(_ bytes: [UInt8], prefixLength: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = max(0, min(8, prefixLength - index * 8))
            let mask: UInt8 = bits == 0 ? 0 : UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            return byte & mask
        }
    }

    static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(CharacterClass.isDigit),
                  let value = UInt8(octet) else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    static func parseIPv6(_ text: Substring) -> [UInt8]? {
        guard text.contains(":") else { return nil }
        let halves = text.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard !group.isEmpty, group.count <= 4, group.allSatisfy(CharacterClass.isHex),
                      let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    static func format(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        // The longest run of two or more zero groups (the first on a tie) becomes "::".
        var best: (start: Int, length: Int) = (-1, 0)
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else { index += 1; continue }
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index > best.length { best = (index, end - index) }
            index = end
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.length >= 2 else { return hex.joined(separator: ":") }
        let head = hex[..<best.start].joined(separator: ":")
        let tail = hex[(best.start + best.length)...].joined(separator: ":")
        return head + "::" + tail
    }
}
