/// One end of a connection the evaluator is asked about: a pod (namespace, labels, named
/// container ports) or an address outside the cluster's pods.
enum NetworkEndpoint: Sendable, Hashable, CustomStringConvertible {
    case pod(Pod)
    case address(String)

    /// A pod as NetworkPolicies see it. Pod IPs are not modelled: an `ipBlock` never matches a pod.
    struct Pod: Sendable, Hashable {
        var namespace: String
        /// Shown in findings: `storefront/catalog`.
        var displayName: String
        var labels: [String: String]
        /// Container ports by name: what a named port in a rule resolves to on this pod.
        var namedPorts: [String: NamedPort]

        init(namespace: String, displayName: String, labels: [String: String],
                    namedPorts: [String: NamedPort] = [:]) {
            self.namespace = namespace
            self.displayName = displayName
            self.labels = labels
            self.namedPorts = namedPorts
        }
    }

    struct NamedPort: Sendable, Hashable {
        var `protocol`: String
        var port: Int

        init(protocol: String, port: Int) {
            self.protocol = `protocol`
            self.port = port
        }
    }

    var description: String {
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
