/// The picture of a model: tiers grouped by namespace, CIDRs, flows between them, and each
/// identity chain ServiceAccount → IAM role → secrets. Built from the model's sorted arrays, so
/// both renderings are deterministic.
struct SecurityGraph: Sendable {
    struct Node: Sendable, Hashable {
        /// A stable identifier made of letters, digits and `_`.
        var id: String
        var label: String
        var shape: Shape
        /// The namespace box the node is drawn in; nil outside every namespace.
        var namespace: String?
    }

    enum Shape: String, Sendable { case tier, cidr, serviceAccount, role, secret }

    struct Edge: Sendable, Hashable {
        var from: String
        var to: String
        var label: String
        var dashed: Bool
    }

    var nodes: [Node] = []
    var edges: [Edge] = []

    init(model: SecurityModel) {
        var seen: Set<String> = []
        func add(_ node: Node) {
            if seen.insert(node.id).inserted { nodes.append(node) }
        }
        var seenEdges: Set<Edge> = []
        func link(_ edge: Edge) {
            if seenEdges.insert(edge).inserted { edges.append(edge) }
        }
        for tier in model.tiers {
            add(Node(id: Self.id("tier", tier.id.description), label: tier.id.name, shape: .tier, namespace: tier.id.namespace))
        }
        func endpoint(_ endpoint: FlowEndpoint) -> String {
            switch endpoint {
            case .tier(let id): return Self.id("tier", id.description)
            case .namespace(let name):
                let id = Self.id("namespace", name)
                add(Node(id: id, label: "\(name)/*", shape: .tier, namespace: name))
                return id
            case .namespaces(let labels):
                let label = "namespaces where " + labels.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
                let id = Self.id("namespaces", label)
                add(Node(id: id, label: label, shape: .cidr, namespace: nil))
                return id
            case .cidr(let block):
                let label = block.except.isEmpty ? block.cidr : "\(block.cidr) except \(block.except.joined(separator: ", "))"
                let id = Self.id("cidr", label)
                add(Node(id: id, label: label, shape: .cidr, namespace: nil))
                return id
            }
        }
        for flow in model.flows {
            let ports = flow.ports.isEmpty ? "any" : flow.ports.map(Self.describe).joined(separator: ", ")
            link(Edge(from: endpoint(flow.source), to: endpoint(flow.destination), label: ports, dashed: false))
        }
        for app in model.apps {
            guard let role = IAMRoleNaming.roleName(of: app, in: model.cluster) else { continue }
            let account = Self.id("sa", "\(app.namespace)/\(app.serviceAccount)")
            add(Node(id: account, label: "sa \(app.serviceAccount)", shape: .serviceAccount, namespace: app.namespace))
            let roleID = Self.id("role", role)
            add(Node(id: roleID, label: "role \(role)", shape: .role, namespace: nil))
            link(Edge(from: account, to: roleID, label: app.identity.rawValue, dashed: true))
            if let tier = app.tier {
                link(Edge(from: Self.id("tier", tier.description), to: account, label: "runs as", dashed: true))
            }
        }
        for store in model.secretStores {
            let role = IAMRoleNaming.roleName(of: store, in: model.cluster)
            let account = Self.id("sa", store.serviceAccount.description)
            add(Node(id: account, label: "sa \(store.serviceAccount.name)", shape: .serviceAccount,
                     namespace: store.serviceAccount.namespace))
            let roleID = Self.id("role", role)
            add(Node(id: roleID, label: "role \(role)", shape: .role, namespace: nil))
            link(Edge(from: account, to: roleID, label: "irsa", dashed: true))
            for key in SecretStoreAccessPolicy.remoteKeys(of: store, in: model) {
                let secret = Self.id("secret", "\(store.provider.rawValue):\(key)")
                add(Node(id: secret, label: key, shape: .secret, namespace: nil))
                link(Edge(from: roleID, to: secret, label: "reads", dashed: true))
            }
        }
    }

    static func describe(_ port: PortRule) -> String {
        switch port.port {
        case nil: port.protocol.rawValue
        case .number(let n)?: "\(port.protocol.rawValue)/\(n)"
        case .range(let low, let high)?: "\(port.protocol.rawValue)/\(low)-\(high)"
        case .named(let name)?: "\(port.protocol.rawValue)/\(name)"
        }
    }

    /// `kind_` and the text with every other character as `_XX` (hex), so ids never collide.
    static func id(_ kind: String, _ text: String) -> String {
        var out = kind + "_"
        for byte in text.utf8 {
            if (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
