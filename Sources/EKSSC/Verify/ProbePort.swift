/// A protocol and port number that `ekssc verify` tries between every pair of endpoints.
struct ProbePort: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `TCP`, `UDP` or `SCTP`.
    var `protocol`: String
    var port: Int

    var description: String { "\(`protocol`) \(port)" }

    static func < (lhs: ProbePort, rhs: ProbePort) -> Bool { (lhs.protocol, lhs.port) < (rhs.protocol, rhs.port) }
}
