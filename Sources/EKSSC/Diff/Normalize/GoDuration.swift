/// A Go `time.Duration` string (`1h`, `90m`, `1h0m0s`, `1.5s`), compared by value: the API
/// server keeps what was written, and ESO defaults to `1h0m0s`, so `1h` and `1h0m0s` are equal.
struct GoDuration: Equatable {
    var nanoseconds: Int64

    /// Parses Go's duration syntax: an optional sign, then number-unit pairs (`ns`, `us`, `µs`,
    /// `ms`, `s`, `m`, `h`); `0` alone is zero. Nil for anything else or on overflow.
    init?(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        if scalars.count == 1, scalars.first == "0" {
            nanoseconds = 0
            return
        }
        guard !scalars.isEmpty else { return nil }
        var total: Double = 0
        while !scalars.isEmpty {
            let number = scalars.prefix { ("0"..."9").contains($0) || $0 == "." }
            guard !number.isEmpty, let value = Double(String(String.UnicodeScalarView(number))) else {
                return nil
            }
            scalars = scalars.dropFirst(number.count)
            let unit = scalars.prefix { !("0"..."9").contains($0) && $0 != "." }
            scalars = scalars.dropFirst(unit.count)
            let scale: Double
            switch String(String.UnicodeScalarView(unit)) {
            case "ns": scale = 1
            case "us", "µs", "μs": scale = 1e3
            case "ms": scale = 1e6
            case "s": scale = 1e9
            case "m": scale = 60e9
            case "h": scale = 3600e9
            default: return nil
            }
            total += value * scale
        }
        guard total < 9.2e18 else { return nil }
        nanoseconds = Int64(total.rounded()) * (negative ? -1 : 1)
    }

    /// Go's canonical spelling: `1h0m0s`, `1m30s`, `1.5s`, `500ms`, `0s`.
    var canonicalText: String {
        if nanoseconds == 0 { return "0s" }
        let sign = nanoseconds < 0 ? "-" : ""
        let magnitude = nanoseconds.magnitude
        if magnitude < 1_000_000_000 {
            let (unit, scale): (String, UInt64) =
                magnitude < 1_000 ? ("ns", 1) : magnitude < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
            return sign + Self.decimal(magnitude, scale: scale) + unit
        }
        let hours = magnitude / 3_600_000_000_000
        let minutes = magnitude % 3_600_000_000_000 / 60_000_000_000
        let seconds = Self.decimal(magnitude % 60_000_000_000, scale: 1_000_000_000) + "s"
        if hours > 0 { return "\(sign)\(hours)h\(minutes)m\(seconds)" }
        if minutes > 0 { return "\(sign)\(minutes)m\(seconds)" }
        return sign + seconds
    }

    /// `value / scale` written with the fraction's trailing zeros removed.
    private static func decimal(_ value: UInt64, scale: UInt64) -> String {
        let whole = value / scale
        var fraction = value % scale
        guard fraction > 0 else { return "\(whole)" }
        var digits = String(scale).count - 1
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}
