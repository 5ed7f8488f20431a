/// One end of a connection the evaluator is asked about: a pod (namespace, labels, named
/// container ports) or an address outside the cluster's pods.
public enum NetworkEndpoint: Sendable, Hashable, CustomStringConvertible {
    case pod(Pod)
    case address(String)

    /// A pod as NetworkPolicies see it. Pod IPs are not modelled: an `ipBlock` never matches a pod.
    public struct Pod: Sendable, Hashable {
        public var namespace: String
        /// Shown in findings: `storefront/catalog`.
        public var displayName: String
        public var labels: [String: String]
        /// Container ports by name: what a named port in a rule resolves to on this pod.
        public var namedPorts: [String: NamedPort]

        public init(namespace: String, displayName: String, labels: [String: String],
                    namedPorts: [String: NamedPort] = [:]) {
            self.namespace = namespace
            self.displayName = displayName
            self.labels = labels
            self.namedPorts = namedPorts
        }
    }

    public struct NamedPort: Sendable, Hashable {
        public var `protocol`: String
        public var port: Int

        public init(protocol: String, port: Int) {
            self.protocol = `protocol`
            self.port = port
        }
    }

    public var description: String {
        switch self {
        case .pod(let pod): pod.displayName
        case .address(let address): address
        }
    }

    var pod: Pod? {
        if case .pod(let pod) = self { return pod }
        return nil
    }
}
