/// Shapes of AWS and Kubernetes names, checked on the UTF-8 bytes. Each accepts exactly what the
/// regular expression in its comment accepts as a whole match: the expressions were parsed at
/// run time on every analysis (about half a millisecond of a small build's start-up), and every
/// character they allow is ASCII, so one byte is one character.
enum NamePatterns {
    /// A CloudTrail trail name: `[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]` with no two of
    /// `.`, `_`, `-` in a row (`[._-][._-]`).
    static func isTrailName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (3...128).contains(bytes.count), isAlphanumeric(bytes.first!), isAlphanumeric(bytes.last!) else {
            return false
        }
        var previousIsMark = false
        for byte in bytes {
            let isMark = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            guard isMark || isAlphanumeric(byte), !(isMark && previousIsMark) else { return false }
            previousIsMark = isMark
        }
        return true
    }

    /// A CloudWatch Logs group name: `[A-Za-z0-9._/#-]{1,512}`.
    static func isLogGroupName(_ text: String) -> Bool {
        let bytes = text.utf8
        return (1...512).contains(bytes.count) && bytes.allSatisfy { byte in
            isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "-")
        }
    }

    /// An S3 bucket name: `[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]`, without `..`, and not shaped like
    /// an IP address (`[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+`).
    static func isBucketName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (3...63).contains(bytes.count), isLowercaseOrDigit(bytes.first!), isLowercaseOrDigit(bytes.last!) else {
            return false
        }
        var previous: UInt8 = 0
        for byte in bytes {
            guard isLowercaseOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."),
                  !(byte == UInt8(ascii: ".") && previous == UInt8(ascii: ".")) else { return false }
            previous = byte
        }
        return !isDottedQuad(bytes)
    }

    /// `[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+`: four runs of digits joined by three dots.
    static func isDottedQuad(_ bytes: String.UTF8View) -> Bool {
        var dots = 0
        var digitsInRun = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digitsInRun > 0 else { return false }
                dots += 1
                digitsInRun = 0
            } else if isDigit(byte) {
                digitsInRun += 1
            } else {
                return false
            }
        }
        return dots == 3 && digitsInRun > 0
    }

    /// An EKS cluster name: `[A-Za-z0-9][A-Za-z0-9_-]*`, at most 100 characters.
    static func isClusterName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...100).contains(bytes.count), isAlphanumeric(bytes.first!) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// A Pod Security Standards version other than `latest`: `v1\.[0-9]+`.
    static func isPodSecurityVersion(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count > 3 && bytes.starts(with: "v1.".utf8) && bytes.dropFirst(3).allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isLowercaseOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLowercaseOrDigit(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
