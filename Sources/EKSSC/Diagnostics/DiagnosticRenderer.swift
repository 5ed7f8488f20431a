/// Renders diagnostics as text, clang style:
///
///     guide.sec:3:3: error: unknown cluster setting 'regoin'
///       regoin "us-west-2"
///       ^~~~~~
///     hint: did you mean 'region'?
///     guide.sec:1:9: note: first declared here
///
/// The source line is shown safely: control bytes and invalid UTF-8 become U+FFFD (one column,
/// as `SourceFile.location(of:)` counts them), and a very long line is cut to a window around
/// the caret.
struct DiagnosticRenderer: Sendable {
    var colored: Bool
    /// The widest part of a source line that is shown.
    var maxLineWidth: Int

    init(colored: Bool = false, maxLineWidth: Int = 160) {
        self.colored = colored
        self.maxLineWidth = maxLineWidth
    }

    /// All diagnostics in the order given (`Compilation.diagnostics` is sorted), each followed by
    /// its notes; ends with a newline when non-empty.
    func render(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        render(diagnostics, in: SourceSet(single: file))
    }

    /// The same over several files: each location with its own file's path, line and caret.
    func render(_ diagnostics: [Diagnostic], in sources: SourceSet) -> String {
        // A large file can have a warning per declaration (10,000 in one run): runs of
        // `batchSize` are rendered on all cores, each into one string, and joined in order.
        guard diagnostics.count > Self.batchSize else { return render(diagnostics[...], in: sources) }
        let batches = stride(from: 0, to: diagnostics.count, by: Self.batchSize).map {
            diagnostics[$0..<min($0 + Self.batchSize, diagnostics.count)]
        }
        let texts = batches.concurrentMap { render($0, in: sources) }
        var out = ""
        out.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        for text in texts { out += text }
        return out
    }

    /// The diagnostics rendered into one string on one core.
    static let batchSize = 512

    private func render(_ diagnostics: ArraySlice<Diagnostic>, in sources: SourceSet) -> String {
        var out = ""
        out.reserveCapacity(160 * diagnostics.count)
        for diagnostic in diagnostics { append(diagnostic, in: sources, to: &out) }
        return out
    }

    func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        render(diagnostic, in: SourceSet(single: file))
    }

    func render(_ diagnostic: Diagnostic, in sources: SourceSet) -> String {
        var out = ""
        out.reserveCapacity(256)
        append(diagnostic, in: sources, to: &out)
        return out
    }

    /// The rendering of one diagnostic and its notes, appended to `out`.
    private func append(_ diagnostic: Diagnostic, in sources: SourceSet, to out: inout String) {
        let color = switch diagnostic.severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;35m"
        case .note: "\u{1B}[1;34m"
        }
        let message = diagnostic.ruleID.map { diagnostic.message + " [\($0)]" } ?? diagnostic.message
        appendHeader(to: &out, sources, range: diagnostic.range, label: diagnostic.severity.rawValue, color: color,
                     message: message)
        appendSnippet(to: &out, sources, range: diagnostic.range)
        if let hint = diagnostic.hint {
            out += paint("hint:", "\u{1B}[1;36m")
            out += " "
            out += hint
            out += "\n"
        }
        for note in diagnostic.notes {
            appendHeader(to: &out, sources, range: note.range, label: "note", color: "\u{1B}[1;90m",
                         message: note.message)
            appendSnippet(to: &out, sources, range: note.range)
        }
    }

    /// A one-line summary such as `2 errors, 1 warning`, or nil when there is nothing to say.
    static func summary(of diagnostics: [Diagnostic]) -> String? {
        var parts: [String] = []
        for severity in Severity.allCases {
            let count = diagnostics.filter { $0.severity == severity }.count
            if count > 0 { parts.append("\(count) \(severity.rawValue)\(count == 1 ? "" : "s")") }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `file:line:col: label: message` and a line break.
    private func appendHeader(to out: inout String, _ sources: SourceSet, range: SourceRange, label: String,
                              color: String, message: String) {
        guard colored else {
            // `SourceSet.position(of:)`, without a string of its own.
            if let file = sources.file(containing: range.start) {
                let location = file.location(of: range.start)
                out += file.path
                out += ":"
                out += String(location.line)
                out += ":"
                out += String(location.column)
            } else {
                out += sources.position(of: range.start)
            }
            out += ": "
            out += label
            out += ": "
            out += message
            out += "\n"
            return
        }
        let position = sources.position(of: range.start)
        out += paint("\(position):", "\u{1B}[1m") + " " + paint("\(label):", color) + " "
            + paint(message, "\u{1B}[1m") + "\n"
    }

    /// The source line and the caret line under it, appended to `out`.
    private func appendSnippet(to out: inout String, _ sources: SourceSet, range: SourceRange) {
        guard let file = sources.file(containing: range.start), !file.bytes.isEmpty else { return }
        let start = file.location(of: range.start)
        let line = file.lineText(start.line)
        // A line of printable ASCII and tabs (the common case) has one column per byte: it is
        // shown as it is, without a string per column.
        let isPlain = line.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\t") }
        let columns = isPlain ? [] : displayColumns(of: line)
        let columnCount = isPlain ? line.count : columns.count
        // The underline covers the range's columns on the first line (at least one caret).
        let endOnLine = range.end - file.baseOffset <= line.endIndex ? file.location(of: range.end).column : columnCount + 1
        let firstColumn = start.column
        let underlineLength = max(1, min(endOnLine, columnCount + 1) - firstColumn)

        // The columns shown: `shift..<shownEnd`.
        var shift = 0
        var shownEnd = columnCount
        var prefix = ""
        var suffix = ""
        if columnCount > maxLineWidth {
            let window = maxLineWidth
            shift = max(0, min(firstColumn - 1 - window / 4, columnCount - window))
            if shift > 0 { prefix = "..." }
            if shift + window < columnCount { suffix = "..." }
            shownEnd = min(columnCount, shift + window)
        }
        let shown = isPlain
            ? String(decoding: line[(line.startIndex + shift)..<(line.startIndex + shownEnd)], as: UTF8.self)
            : columns[shift..<shownEnd].joined()
        // Up to the caret: a tab under a tab, a space under anything else.
        let indent = (shift..<min(shownEnd, max(shift, firstColumn - 1))).map { index -> UInt8 in
            let isTab = isPlain ? line[line.startIndex + index] == UInt8(ascii: "\t") : columns[index] == "\t"
            return isTab ? UInt8(ascii: "\t") : UInt8(ascii: " ")
        }
        out += prefix
        out += shown
        out += suffix
        out += "\n"
        // Clipped to the columns shown, so that it never runs past a cut line.
        let visibleUnderline = max(1, min(underlineLength, (shownEnd - shift) - (firstColumn - 1 - shift)))
        if colored { out += "\u{1B}[1;32m" }
        if !prefix.isEmpty { out += "   " }
        out += String(decoding: indent, as: UTF8.self)
        out += "^"
        var tildes = visibleUnderline - 1
        while tildes > 0 {
            // In pieces of up to 16, without a string per diagnostic for the common short ones.
            let piece = min(tildes, 16)
            out += Self.tildes[piece]
            tildes -= piece
        }
        if colored { out += "\u{1B}[0m" }
        out += "\n"
    }

    /// `""`, `"~"`, ..., 16 tildes.
    private static let tildes = (0...16).map { String(repeating: "~", count: $0) }

    /// One printable string per column of the line.
    private func displayColumns(of line: ArraySlice<UInt8>) -> [String] {
        var columns: [String] = []
        var i = line.startIndex
        columns.reserveCapacity(line.count)
        while i < line.endIndex {
            // Printable ASCII, the common case, without decoding.
            if line[i] >= 0x20, line[i] < 0x7F {
                columns.append(String(Unicode.Scalar(line[i])))
                i += 1
                continue
            }
            let length = UTF8Decoding.columnLength(in: line, at: i)
            let end = min(i + length, line.endIndex)
            let piece = line[i..<end]
            if let scalar = String(validating: piece, as: UTF8.self), scalar.unicodeScalars.count == 1,
               let value = scalar.unicodeScalars.first {
                if value == "\t" {
                    columns.append("\t")
                } else if value.value < 0x20 || value.value == 0x7F || (value.value >= 0x80 && value.value < 0xA0) {
                    columns.append("\u{FFFD}")
                } else {
                    columns.append(scalar)
                }
            } else {
                columns.append("\u{FFFD}")
            }
            i = end
        }
        return columns
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? code + text + "\u{1B}[0m" : text
    }
}
