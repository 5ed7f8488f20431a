/// Prints formatted lines as bytes: two spaces of indentation per block level (two levels more
/// for a continuation line), cells with their gaps, comments as written, LF line ends, and one
/// newline at the end of a non-empty file. Tokens and comments are copied byte for byte.
enum FormatLinePrinter {
    /// `pieces` are the local byte ranges of the tokens that the lines' cells index.
    static func print(_ lines: [FormatLine], pieces: [Range<Int>], file: SourceFile) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(file.bytes.count + file.bytes.count / 8)
        file.bytes.withUnsafeBufferPointer { bytes in
            for line in lines {
                if line.kind != .blank {
                    let indent = line.depth * 2 + (line.isContinuation ? 4 : 0)
                    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
                }
                for (index, cell) in line.cells.enumerated() {
                    if index > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: cell.gap)) }
                    for piece in pieces[cell.first..<cell.end] { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[piece])) }
                }
                if let comment = line.comment {
                    if line.kind == .code { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: line.commentGap)) }
                    out.append(contentsOf: bytes[comment])
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
        return out
    }
}
