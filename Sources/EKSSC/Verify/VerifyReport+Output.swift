/// The text and JSON forms of a verify report.
extension VerifyReport {
    /// One `file:line:col: counterexample` line per finding, then the allowed connections per
    /// namespace (the matrix), then a summary line.
    func text(in sources: SourceSet, matrix: Bool = true) -> String {
        var out = ""
        for finding in findings {
            out += "\(sources.position(of: finding.source.start)): \(finding.kind.rawValue): \(finding.counterexample)\n"
        }
        if matrix {
            for namespace in allowedConnections.keys.sorted() {
                out += "\(namespace):\n"
                for line in allowedConnections[namespace] ?? [] { out += "  \(line)\n" }
            }
        }
        out += passed
            ? "verified: the emitted policies allow exactly what \(sources.description) \(sources.files.count == 1 ? "declares" : "declare") (\(probes) probes)\n"
            : "\(findings.count) difference\(findings.count == 1 ? "" : "s") between the emitted policies and \(sources.description)\n"
        return out
    }

    /// `{passed, probes, findings: [{kind, from, to, what, declared, allowed, source}]}`
    func document(in file: SourceFile) -> Document {
        document(in: SourceSet(single: file))
    }

    /// The same, each finding's source as `path:line:col` in its own file.
    func document(in sources: SourceSet) -> Document {
        .map([
            "passed": .bool(passed),
            "probes": .int(probes),
            "findings": .list(findings.map { finding in
                .map([
                    "kind": .string(finding.kind.rawValue),
                    "from": .string(finding.from),
                    "to": .string(finding.to),
                    "what": .string(finding.what),
                    "declared": .bool(finding.declared),
                    "allowed": .bool(finding.allowed),
                    "source": .string(sources.position(of: finding.source.start)),
                ])
            }),
        ])
    }
}
