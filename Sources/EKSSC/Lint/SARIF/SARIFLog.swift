/// A SARIF 2.1.0 log of one compile: every lint rule of the catalog as `tool.driver.rules`, every
/// finding as a result (waived ones with an `inSource` suppression and its justification), and
/// the compiler's own diagnostics as results of rules named by their diagnostic id.
///
/// A library call so that every command (`check`, `build`, `verify`) writes the same log; the
/// result is a `Document` rendered by `JSONEmitter`, so the bytes are deterministic.
struct SARIFLog: Sendable {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let informationURI = "https://github.com/ekssc/ekssc"
    /// Where the rules' documentation lives; each rule's `helpUri` is this plus `#<anchor>`.
    static let rulesDocumentURI = "docs/rules.md"

    var toolVersion: String

    init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    /// The log of `diagnostics`, `lint` and the `verification`'s findings about `file`, whose
    /// location is written as `uri` (a path relative to the repository or current directory).
    func document(file: SourceFile, uri: String, diagnostics: [Diagnostic], lint: LintReport?,
                  verification: VerifyReport? = nil) -> Document {
        document(sources: SourceSet(single: file), uris: [uri], diagnostics: diagnostics, lint: lint,
                 verification: verification)
    }

    /// The same over several files: `uris[i]` names `sources.files[i]`, each an artifact of the
    /// run, and every result points at the artifact its range is in.
    func document(sources: SourceSet, uris: [String], diagnostics: [Diagnostic], lint: LintReport?,
                  verification: VerifyReport? = nil) -> Document {
        let locate = Locator(sources: sources, uris: uris)
        var rules = LintCatalog.rules.map(Self.descriptor)
        var compilerRuleIndex: [String: Int] = [:]
        var results: [Document] = []
        for result in lint?.results ?? [] {
            results.append(self.result(
                ruleID: result.finding.ruleID, ruleIndex: LintCatalog.index(of: result.finding.ruleID) ?? 0,
                severity: result.severity, message: result.finding.message, range: result.finding.range,
                locate: locate, waiver: result.waiver))
        }
        for diagnostic in diagnostics where diagnostic.ruleID == nil {
            let index: Int
            if let known = compilerRuleIndex[diagnostic.id] {
                index = known
            } else {
                index = rules.count
                compilerRuleIndex[diagnostic.id] = index
                rules.append(.map([
                    "id": .string(diagnostic.id),
                    "name": .string(diagnostic.id),
                    "shortDescription": .map(["text": .string("ekssc compiler diagnostic \(diagnostic.id)")]),
                    "helpUri": .string("README.md"),
                ]))
            }
            results.append(result(ruleID: diagnostic.id, ruleIndex: index, severity: diagnostic.severity,
                                  message: diagnostic.message, range: diagnostic.range, locate: locate,
                                  waiver: nil))
        }
        // `ekssc verify`'s differences: one rule per kind, each difference an error at the
        // declaration concerned, its counterexample as the message.
        var verifyRuleIndex: [VerifyFinding.Kind: Int] = [:]
        for finding in verification?.findings ?? [] {
            let index: Int
            if let known = verifyRuleIndex[finding.kind] {
                index = known
            } else {
                index = rules.count
                verifyRuleIndex[finding.kind] = index
                rules.append(Self.verifyDescriptor(finding.kind))
            }
            results.append(result(ruleID: Self.verifyRuleID(finding.kind), ruleIndex: index, severity: .error,
                                  message: finding.counterexample, range: finding.source, locate: locate,
                                  waiver: nil))
        }
        let driver = Document.map([
            "name": .string("ekssc"),
            "version": .string(toolVersion),
            "informationUri": .string(Self.informationURI),
            "rules": .list(rules),
        ])
        let run = Document.map([
            "tool": .map(["driver": driver]),
            "artifacts": .list(uris.map { .map(["location": .map(["uri": .string(Self.encodeURI($0))])]) }),
            "columnKind": .string("unicodeCodePoints"),
            "results": .list(results),
        ])
        return .map([
            "$schema": .string(Self.schemaURI),
            "version": .string("2.1.0"),
            "runs": .list([run]),
        ])
    }

    /// The rendered log: 2-space JSON with a trailing newline.
    func render(file: SourceFile, uri: String, diagnostics: [Diagnostic], lint: LintReport?,
                verification: VerifyReport? = nil) -> String {
        JSONEmitter.render(document(file: file, uri: uri, diagnostics: diagnostics, lint: lint, verification: verification))
    }

    /// The rendered log of several files (`uris[i]` names `sources.files[i]`).
    func render(sources: SourceSet, uris: [String], diagnostics: [Diagnostic], lint: LintReport?,
                verification: VerifyReport? = nil) -> String {
        JSONEmitter.render(document(sources: sources, uris: uris, diagnostics: diagnostics, lint: lint,
                                    verification: verification))
    }

    /// Finds the artifact (index and uri) and the file of a range.
    struct Locator {
        var sources: SourceSet
        var uris: [String]
    }

    /// `verify.network`, `verify.identity`, `verify.rbac`.
    static func verifyRuleID(_ kind: VerifyFinding.Kind) -> String { "verify.\(kind.rawValue)" }

    static func verifyDescriptor(_ kind: VerifyFinding.Kind) -> Document {
        let what = switch kind {
        case .network: "The emitted NetworkPolicies allow a connection the source does not declare, or deny one it does"
        case .identity: "An emitted trust or permission policy lets a principal assume a role or read a secret other than declared"
        case .rbac: "The emitted Roles and bindings grant a subject other verbs than declared"
        }
        return .map([
            "id": .string(verifyRuleID(kind)),
            "name": .string("Verify" + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()),
            "shortDescription": .map(["text": .string(what)]),
            "fullDescription": .map(["text": .string(what + ": ekssc verify evaluates the emitted artifacts with evaluators written from the Kubernetes and IAM documentation and compares what they allow with the declarations.")]),
            "helpUri": .string("README.md#what-ekssc-verify-proves"),
            "defaultConfiguration": .map(["level": .string("error")]),
        ])
    }

    static func descriptor(_ rule: any LintRule) -> Document {
        .map([
            "id": .string(rule.id),
            "name": .string(rule.name),
            "shortDescription": .map(["text": .string(rule.title)]),
            "fullDescription": .map(["text": .string(rule.rationale
                + (rule.guideSection.map { " EKS security guide: \($0)." } ?? ""))]),
            "help": .map(["text": .string(rule.fix)]),
            "helpUri": .string("\(rulesDocumentURI)#\(rule.helpAnchor)"),
            "defaultConfiguration": .map(["level": .string(rule.defaultSeverity.rawValue)]),
        ])
    }

    private func result(ruleID: String, ruleIndex: Int, severity: Severity, message: String, range: SourceRange,
                        locate: Locator, waiver: AppliedWaiver?) -> Document {
        let index = locate.sources.index(containing: range.start) ?? 0
        let uri = index < locate.uris.count ? locate.uris[index] : ""
        let file = index < locate.sources.files.count ? locate.sources.files[index] : SourceFile(path: uri, bytes: [])
        let start = file.location(of: range.start)
        let end = file.location(of: range.end)
        let region = Document.map([
            "startLine": .int(start.line),
            "startColumn": .int(start.column),
            "endLine": .int(end.line),
            "endColumn": .int(end.line == start.line ? max(end.column, start.column) : end.column),
        ])
        let location = Document.map([
            "physicalLocation": .map([
                "artifactLocation": .map(["uri": .string(Self.encodeURI(uri)), "index": .int(index)]),
                "region": region,
            ]),
        ])
        return .map([
            "ruleId": .string(ruleID),
            "ruleIndex": .int(ruleIndex),
            "level": .string(severity.rawValue),
            "message": .map(["text": .string(message)]),
            "locations": .list([location]),
            "suppressions": waiver.map { waiver in
                .list([.map(["kind": .string("inSource"), "justification": .string(waiver.reason)])])
            },
        ])
    }

    /// A relative path as a URI reference: unreserved characters and `/` as they are, every
    /// other byte percent-encoded.
    static func encodeURI(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
