/// `monitoring { ... }` in the cluster: the guide's audit trail and VPC Flow Logs, deployed as
/// the `monitoring` CloudFormation stack.
struct Monitoring: Sendable {
    /// Sorted by name.
    var trails: [CloudTrailTrail]
    /// Sorted by VPC id, then destination.
    var flowLogs: [VPCFlowLog]

    init(trails: [CloudTrailTrail] = [], flowLogs: [VPCFlowLog] = []) {
        self.trails = trails
        self.flowLogs = flowLogs
    }

    var isEmpty: Bool { trails.isEmpty && flowLogs.isEmpty }
}

/// `trail NAME bucket "BUCKET" [kms "..."]`: a multi-region trail with log file validation.
struct CloudTrailTrail: Sendable {
    var name: String
    /// The S3 bucket that receives the log files; its bucket policy must let CloudTrail write.
    var bucket: String
    var kmsKey: ARN?
    var range: SourceRange

    init(name: String, bucket: String, kmsKey: ARN? = nil, range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.bucket = bucket
        self.kmsKey = kmsKey
        self.range = range
    }
}

/// `flow-logs "vpc-..." to ...`: every accepted and rejected flow of one VPC.
struct VPCFlowLog: Sendable {
    var vpcID: String
    var destination: FlowLogDestination
    var range: SourceRange

    init(vpcID: String, destination: FlowLogDestination, range: SourceRange = .empty(at: 0)) {
        self.vpcID = vpcID
        self.destination = destination
        self.range = range
    }
}

enum FlowLogDestination: Sendable, Hashable {
    /// A log group the stack creates, with its retention; the stack's role delivers to it.
    case cloudWatch(logGroup: String, retentionDays: Int)
    /// `arn:<partition>:s3:::bucket[/prefix]`; S3 delivery needs no role.
    case s3(bucketARN: String)

    /// For sorting and duplicate checks: `cloudwatch:<group>` or `s3:<arn>`.
    var key: String {
        switch self {
        case .cloudWatch(let group, _): "cloudwatch:\(group)"
        case .s3(let arn): "s3:\(arn)"
        }
    }
}
