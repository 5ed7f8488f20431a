/// `monitoring { ... }` in the cluster: the guide's audit trail and VPC Flow Logs, deployed as
/// the `monitoring` CloudFormation stack.
public struct Monitoring: Sendable {
    /// Sorted by name.
    public var trails: [CloudTrailTrail]
    /// Sorted by VPC id, then destination.
    public var flowLogs: [VPCFlowLog]

    public init(trails: [CloudTrailTrail] = [], flowLogs: [VPCFlowLog] = []) {
        self.trails = trails
        self.flowLogs = flowLogs
    }

    public var isEmpty: Bool { trails.isEmpty && flowLogs.isEmpty }
}

/// `trail NAME bucket "BUCKET" [kms "..."]`: a multi-region trail with log file validation.
public struct CloudTrailTrail: Sendable {
    public var name: String
    /// The S3 bucket that receives the log files; its bucket policy must let CloudTrail write.
    public var bucket: String
    public var kmsKey: ARN?
    public var range: SourceRange

    public init(name: String, bucket: String, kmsKey: ARN? = nil, range: SourceRange = .empty(at: 0)) {
        self.name = name
        self.bucket = bucket
        self.kmsKey = kmsKey
        self.range = range
    }
}

/// `flow-logs "vpc-..." to ...`: every accepted and rejected flow of one VPC.
public struct VPCFlowLog: Sendable {
    public var vpcID: String
    public var destination: FlowLogDestination
    public var range: SourceRange

    public init(vpcID: String, destination: FlowLogDestination, range: SourceRange = .empty(at: 0)) {
        self.vpcID = vpcID
        self.destination = destination
        self.range = range
    }
}

public enum FlowLogDestination: Sendable, Hashable {
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
