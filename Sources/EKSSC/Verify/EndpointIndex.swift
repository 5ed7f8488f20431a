/// Probe endpoints by position, with the pods grouped by namespace and the addresses apart, so
/// that the peers of a rule are found without looking at every endpoint.
struct EndpointIndex {
    var endpoints: [NetworkEndpoint]
    var podsByNamespace: [String: [Int]] = [:]
    var addresses: [Int] = []

    init(_ endpoints: [NetworkEndpoint]) {
        self.endpoints = endpoints
        for (index, endpoint) in endpoints.enumerated() {
            switch endpoint {
            case .pod(let pod): podsByNamespace[pod.namespace, default: []].append(index)
            case .address: addresses.append(index)
            }
        }
    }
}
