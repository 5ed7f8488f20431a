/// The cluster's `monitoring` block: trails and VPC Flow Logs, each value checked against the
/// rules of the AWS API that will receive it.
extension Analysis {
    /// The CloudWatch Logs retention periods the API accepts, in days.
    static let logRetentionDays: Set<Int> = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
                                              1827, 2192, 2557, 2922, 3288, 3653]

    private enum FlowLogDestinationKind: String, CaseIterable {
        case cloudwatch, s3
    }

    func analyzeMonitoring(_ settings: [Located<MonitoringSetting>]) -> Monitoring {
        var trails: [String: CloudTrailTrail] = [:]
        var flowLogs: [String: VPCFlowLog] = [:]
        for setting in settings {
            switch setting.value {
            case .trail(let name, let bucket, let key):
                guard let trail = trail(name: name, bucket: bucket, key: key, range: setting.range) else { continue }
                if let first = trails[trail.name] {
                    error(.duplicateSetting, "duplicate trail '\(trail.name)'", at: name.range,
                          notes: [DiagnosticNote("first declared here", at: first.range)])
                } else {
                    trails[trail.name] = trail
                }
            case .flowLogs(let vpc, let kind, let destination, let retention):
                guard let flowLog = flowLog(vpc: vpc, kind: kind, destination: destination, retention: retention,
                                            range: setting.range) else { continue }
                let key = "\(flowLog.vpcID) \(flowLog.destination.key)"
                if let first = flowLogs[key] {
                    error(.duplicateSetting, "duplicate flow logs of '\(flowLog.vpcID)' to the same destination",
                          at: vpc.range, notes: [DiagnosticNote("first declared here", at: first.range)])
                } else {
                    flowLogs[key] = flowLog
                }
            }
        }
        return Monitoring(
            trails: trails.values.sorted { $0.name < $1.name },
            flowLogs: flowLogs.values.sorted { ($0.vpcID, $0.destination.key) < ($1.vpcID, $1.destination.key) })
    }

    private func trail(name: Name, bucket: Name, key: Name?, range: SourceRange) -> CloudTrailTrail? {
        var valid = true
        if !NamePatterns.isTrailName(name.value) {
            error(.invalidValue, "invalid trail name '\(name.value)': expected 3 to 128 letters, digits, '.', '_' and '-', starting and ending with a letter or digit, no two punctuation marks in a row",
                  at: name.range)
            valid = false
        }
        if !Self.isBucketName(bucket.value) {
            error(.invalidValue, "invalid S3 bucket name '\(bucket.value)': expected 3 to 63 lowercase letters, digits, '.' and '-', starting and ending with a letter or digit",
                  at: bucket.range)
            valid = false
        }
        var kmsKey: ARN?
        if let key {
            kmsKey = check(ARNValidator.kmsKey(key.value), .invalidARN, at: key.range)
            // The trail's home region is the cluster's: the stack deploys there.
            if let kmsKey, checkPartition(kmsKey.partition.rawValue, of: kmsKey.description, at: key.range) {
                checkKeyLocation(kmsKey, usedIn: clusterRegion, at: key.range)
            } else {
                valid = false
            }
        }
        return valid ? CloudTrailTrail(name: name.value, bucket: bucket.value, kmsKey: kmsKey, range: range) : nil
    }

    private func flowLog(vpc: Name, kind: Name, destination: Name, retention: Name?, range: SourceRange) -> VPCFlowLog? {
        let vpcID = check(AWSIdentifiers.vpc(vpc.value), .invalidValue, at: vpc.range)
        guard let kind = choice(kind, FlowLogDestinationKind.self, what: "flow log destination") else { return nil }
        let target: FlowLogDestination?
        switch kind {
        case .cloudwatch:
            var days = 365
            if let retention {
                if let value = Int(retention.value), Self.logRetentionDays.contains(value) {
                    days = value
                } else {
                    error(.invalidValue, "invalid log retention '\(retention.value)': expected a number of days CloudWatch Logs accepts",
                          at: retention.range, hint: "one of \(Self.logRetentionDays.sorted().map(String.init).joined(separator: ", "))")
                }
            }
            if !NamePatterns.isLogGroupName(destination.value) {
                error(.invalidValue, "invalid log group name '\(destination.value)': expected 1 to 512 letters, digits, '.', '_', '-', '/' and '#'",
                      at: destination.range)
                target = nil
            } else {
                target = .cloudWatch(logGroup: destination.value, retentionDays: days)
            }
        case .s3:
            if let retention {
                error(.invalidValue, "'retention' applies to CloudWatch Logs only: an S3 bucket's lifecycle rules decide how long flow logs stay",
                      at: retention.range)
            }
            target = s3Destination(destination)
        }
        guard let vpcID, let target else { return nil }
        return VPCFlowLog(vpcID: vpcID, destination: target, range: range)
    }

    /// `arn:<cluster partition>:s3:::bucket[/prefix]`.
    private func s3Destination(_ name: Name) -> FlowLogDestination? {
        let partition = clusterRegion.map { Partition.of(region: $0).rawValue } ?? "aws"
        let prefix = "arn:\(partition):s3:::"
        let path = name.value.hasPrefix(prefix) ? name.value.dropFirst(prefix.count) : nil
        let bucket = path.map { String($0.prefix { $0 != "/" }) }
        guard let bucket, Self.isBucketName(bucket), !name.value.hasSuffix("/") else {
            error(.invalidARN, "invalid S3 destination '\(name.value)': expected '\(prefix)BUCKET' or '\(prefix)BUCKET/PREFIX'",
                  at: name.range)
            return nil
        }
        return .s3(bucketARN: name.value)
    }

    static func isBucketName(_ text: String) -> Bool {
        NamePatterns.isBucketName(text)
    }
}
