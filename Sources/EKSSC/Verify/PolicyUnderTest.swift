/// A NetworkPolicy as written in an emitted manifest, read into the terms of the API reference
/// (networking.k8s.io/v1): what it selects, which directions it isolates, and its rules.
/// A class: the evaluator hands the same policies to many questions, and a reference is one
/// retain where a copy of the value was one per array and string inside it.
final class PolicyUnderTest: Sendable {
    enum Direction: String, Sendable, Hashable { case ingress = "Ingress", egress = "Egress" }

    /// One `from`/`to` element. With both selectors, both must match (AND); an `ipBlock` stands alone.
    struct Peer: Sendable {
        var podSelector: LabelSelector?
        var namespaceSelector: LabelSelector?
        var ipBlock: (cidr: CIDR, except: [CIDR])?
    }

    /// One entry of `ports`: protocol (TCP when left out), then a number (with `endPort`), a
    /// container port name, or nothing (every port of the protocol).
    struct PortMatch: Sendable {
        enum Port: Sendable { case any, range(Int, Int), named(String) }
        var `protocol`: String
        var port: Port
    }

    /// A rule: `peers` empty or left out = every peer; `ports` empty or left out = every port.
    struct Rule: Sendable {
        var peers: [Peer]
        var ports: [PortMatch]
    }

    let namespace: String
    let name: String
    let podSelector: LabelSelector
    let types: Set<Direction>
    let ingress: [Rule]
    let egress: [Rule]

    /// Reads a `NetworkPolicy` document. `policyTypes` left out: Ingress, plus Egress when the
    /// policy has an `egress` section (the API's defaulting).
    init(_ document: Document, path: String) throws(VerifyError) {
        guard let name = document["metadata"]?["name"]?.stringValue else { throw .shape(path + ": metadata.name", "a string") }
        self.name = name
        namespace = document["metadata"]?["namespace"]?.stringValue ?? "default"
        guard let spec = document["spec"] else { throw .shape(path + ": spec", "a mapping") }
        guard let selector = spec["podSelector"] else { throw .shape(path + ": spec.podSelector", "a label selector") }
        podSelector = try LabelSelector(selector, at: path + ": spec.podSelector")
        ingress = try Self.rules(spec["ingress"], peersKey: "from", at: path + ": spec.ingress")
        egress = try Self.rules(spec["egress"], peersKey: "to", at: path + ": spec.egress")
        if let listed = spec["policyTypes"] {
            guard let words = listed.listValue?.map(\.stringValue) else { throw .shape(path + ": spec.policyTypes", "a list") }
            var types: Set<Direction> = []
            for word in words {
                guard let word, let direction = Direction(rawValue: word) else {
                    throw .shape(path + ": spec.policyTypes", "Ingress or Egress")
                }
                types.insert(direction)
            }
            self.types = types
        } else {
            types = spec["egress"] == nil ? [.ingress] : [.ingress, .egress]
        }
    }

    private static func rules(_ document: Document?, peersKey: String, at path: String) throws(VerifyError) -> [Rule] {
        guard let document else { return [] }
        guard let list = document.listValue else { throw .shape(path, "a list of rules") }
        var rules: [Rule] = []
        for (index, item) in list.enumerated() {
            let here = { "\(path)[\(index)]" }
            var peers: [Peer] = []
            for (peerIndex, peer) in (item[peersKey]?.listValue ?? []).enumerated() {
                peers.append(try Self.peer(peer, at: "\(here()).\(peersKey)[\(peerIndex)]"))
            }
            var ports: [PortMatch] = []
            for port in item["ports"]?.listValue ?? [] {
                ports.append(try Self.port(port, at: here() + ".ports"))
            }
            rules.append(Rule(peers: peers, ports: ports))
        }
        return rules
    }

    private static func peer(_ document: Document, at path: @autoclosure () -> String) throws(VerifyError) -> Peer {
        var peer = Peer()
        if let pods = document["podSelector"] { peer.podSelector = try LabelSelector(pods, at: path() + ".podSelector") }
        if let namespaces = document["namespaceSelector"] {
            peer.namespaceSelector = try LabelSelector(namespaces, at: path() + ".namespaceSelector")
        }
        if let block = document["ipBlock"] {
            guard peer.podSelector == nil, peer.namespaceSelector == nil else {
                throw .shape(path(), "ipBlock alone, without selectors")
            }
            guard let text = block["cidr"]?.stringValue, let cidr = try? CIDR.parse(text).get() else {
                throw .shape(path() + ".ipBlock.cidr", "a CIDR")
            }
            var except: [CIDR] = []
            for item in block["except"]?.listValue ?? [] {
                guard let text = item.stringValue, let inner = try? CIDR.parse(text).get() else {
                    throw .shape(path() + ".ipBlock.except", "CIDRs")
                }
                except.append(inner)
            }
            peer.ipBlock = (cidr, except)
        }
        guard peer.podSelector != nil || peer.namespaceSelector != nil || peer.ipBlock != nil else {
            throw .shape(path(), "podSelector, namespaceSelector or ipBlock")
        }
        return peer
    }

    private static func port(_ document: Document, at path: @autoclosure () -> String) throws(VerifyError) -> PortMatch {
        let proto = document["protocol"]?.stringValue ?? "TCP"
        guard ["TCP", "UDP", "SCTP"].contains(proto) else { throw .shape(path() + ".protocol", "TCP, UDP or SCTP") }
        switch document["port"] {
        case nil:
            return PortMatch(protocol: proto, port: .any)
        case .int(let number)?:
            var high = number
            if let end = document["endPort"] {
                guard case .int(let value) = end, value >= number else { throw .shape(path() + ".endPort", "a port >= port") }
                high = value
            }
            return PortMatch(protocol: proto, port: .range(number, high))
        case .string(let name)?:
            // A string is always a container port name (IntOrString), even if it looks numeric.
            return PortMatch(protocol: proto, port: .named(name))
        default:
            throw .shape(path() + ".port", "a number or a port name")
        }
    }
}
