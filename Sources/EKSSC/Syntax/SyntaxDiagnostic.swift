/// The catalog of the lexer's and parser's diagnostics (stage `syntax`).
enum SyntaxDiagnostic: String, DiagnosticCatalog {
    /// `file is too large (20.0 MiB; the limit is 16 MiB)`
    case fileTooLarge = "file-too-large"
    /// `invalid UTF-8 byte 0xFF`
    case invalidUTF8 = "invalid-utf8"
    /// `unexpected character '@'`, `unexpected character U+0000`
    case unexpectedCharacter = "unexpected-character"
    /// `unterminated string`
    case unterminatedString = "unterminated-string"
    /// `invalid escape '\x' in string`
    case invalidEscape = "invalid-escape"
    /// `unknown declaration 'clustr'`
    case unknownDeclaration = "unknown-declaration"
    /// `expected a declaration, found '='`: a top-level statement that does not start with a word.
    case expectedDeclaration = "expected-declaration"
    /// `unknown setting 'regoin' in cluster`
    case unknownSetting = "unknown-setting"
    /// `expected a setting in cluster, found '='`
    case expectedSetting = "expected-setting"
    /// `expected a name after 'tier'`
    case expectedName = "expected-name"
    /// `expected a word after 'endpoint'`
    case expectedWord = "expected-word"
    /// `expected a string after 'region'`
    case expectedString = "expected-string"
    /// `expected a word or string after 'label'`
    case expectedValue = "expected-value"
    /// `expected 'in' after tier name`, `expected '->' between flow endpoints`, `expected '{' ...`
    case expectedToken = "expected-token"
    /// `expected a tier or 'cidr' after 'flow'`
    case expectedEndpoint = "expected-endpoint"
    /// `expected a port such as 'tcp/443' after 'on'`
    case expectedPort = "expected-port"
    /// `expected a verb or '*' after 'allow'`
    case expectedVerb = "expected-verb"
    /// `expected a resource, '*' or a string after 'on'`
    case expectedResource = "expected-resource"
    /// `expected 'user', 'group' or 'serviceaccount' after 'bind'`
    case expectedSubject = "expected-subject"
    /// `expected end of line after 'region' setting`
    case expectedEndOfLine = "expected-end-of-line"
    /// `expected '}' to close 'app' block`, with the note `block opened here`
    case unclosedBlock = "unclosed-block"
    /// `unexpected '}'`: a closing brace with no open block.
    case unexpectedCloseBrace = "unexpected-close-brace"
    /// `too many errors, stopping`
    case tooManyErrors = "too-many-errors"
    /// `'owner' must be the first statement of a file`
    case ownerNotFirst = "owner-not-first"

    static let stage = "syntax"
}
