/// The catalog of `let` constants and templates (stage `reuse`): what `ReuseExpansion` finds
/// before semantic analysis runs on the substituted and merged declarations.
enum ReuseDiagnostic: String, DiagnosticCatalog {
    static let stage = "reuse"

    /// `'$' starts a constant reference '${name}'`: a `$` that is not `$$` or `${name}`.
    case invalidInterpolation = "invalid-interpolation"
    /// `undefined constant 'vpcc'`, or a built-in whose cluster setting is missing.
    case undefinedConstant = "undefined-constant"
    /// `constant 'a' refers to itself through 'b'`, or a chain of constants more than 64 deep.
    case constantCycle = "constant-cycle"
    /// `duplicate constant 'vpc'`, with a note at the first `let`.
    case duplicateConstant = "duplicate-constant"
    /// `'region' is a built-in constant`: a `let` of a name the cluster provides.
    case reservedConstant = "reserved-constant"
    /// `constant 'vpc' is never used` (a warning).
    case unusedConstant = "unused-constant"
    /// `unknown template 'web-servce'`
    case unknownTemplate = "unknown-template"
    /// `duplicate template 'web'`, or a template named twice in one `uses`.
    case duplicateTemplate = "duplicate-template"
    /// `template 'web' is never used` (a warning).
    case unusedTemplate = "unused-template"
    /// `templates 'a' and 'b' set 'tier' differently`: ambiguous without a value in the declaration.
    case templateConflict = "template-conflict"
    /// `template 'reader' has role settings; app 'web' cannot use it`
    case templateKind = "template-kind"
}
