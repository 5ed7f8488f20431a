/// The text of one `.sec` file and the index that turns byte offsets into lines and columns.
///
/// Offsets are global: a file compiled with others has a `baseOffset` (its bytes are the
/// offsets `baseOffset ..< baseOffset + bytes.count`), so every `SourceRange` names one place in
/// one file of the set (`SourceSet`). A file on its own has base 0.
public struct SourceFile: Sendable {
    /// The path as the user named it; shown in diagnostics.
    public let path: String
    /// The raw bytes: the lexer works on bytes and reports invalid UTF-8 itself.
    public let bytes: [UInt8]
    /// The global offset of the first byte (0 unless the file is one of several compiled together).
    public private(set) var baseOffset = 0
    /// Byte offset of the first byte of every line (line 1 starts at 0).
    let lineStarts: [Int]

    /// The file at `path` (as shown in diagnostics) with its bytes, UTF-8 expected.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        // A plain loop over the buffer: this runs over every byte of files up to the size limit.
        bytes.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
        }
        self.lineStarts = starts
    }

    /// The file at `path` (as shown in diagnostics) with `text` as its contents.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The same file at global offset `base`.
    func rebased(at base: Int) -> SourceFile {
        var file = self
        file.baseOffset = base
        return file
    }

    /// The global offset just after the last byte.
    var endOffset: Int { baseOffset + bytes.count }

    /// Whether the global `offset` lies in this file (its end included: where a missing brace is).
    func contains(_ offset: Int) -> Bool { offset >= baseOffset && offset <= endOffset }

    /// The bytes of a global range, clipped to the file.
    func text(of range: SourceRange) -> String {
        let start = max(0, min(range.start - baseOffset, bytes.count))
        let end = max(start, min(range.end - baseOffset, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// 1-based line and column of a global byte offset. Columns count Unicode scalars, so a caret
    /// lines up under non-ASCII text; an invalid UTF-8 byte counts as one column.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset - baseOffset, bytes.count))
        let lineIndex = lineIndex(containing: clamped)
        // A byte order mark is not a column: the lexer skips it, and editors do not show it.
        let start = lineIndex == 0 && hasByteOrderMark ? min(3, clamped) : lineStarts[lineIndex]
        var column = 1
        var i = start
        while i < clamped {
            i += SourceFile.scalarLength(in: bytes[...], at: i)
            column += 1
        }
        return SourceLocation(line: lineIndex + 1, column: column)
    }

    /// The bytes of the 1-based line `line`, without its line terminator (`\n` or `\r\n`).
    public func lineText(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = line == 1 && hasByteOrderMark ? 3 : lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    var lineCount: Int { lineStarts.count }

    /// True when the file starts with a UTF-8 byte order mark (EF BB BF).
    var hasByteOrderMark: Bool { bytes.starts(with: [0xEF, 0xBB, 0xBF]) }

    /// The 0-based line of a local byte offset, by binary search.
    func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The length of the UTF-8 sequence at `index`: what the lead byte announces when the
    /// continuation bytes are all there, else 1 (an invalid byte is one column, and the bytes after
    /// it are columns of their own, as the lexer sees them).
    static func scalarLength(in bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let length = scalarLength(startingWith: bytes[index])
        guard length > 1, index + length <= bytes.endIndex else { return 1 }
        for position in index + 1 ..< index + length where bytes[position] & 0xC0 != 0x80 {
            return 1
        }
        return length
    }

    /// The length of the UTF-8 sequence that a lead byte announces (1 for anything invalid).
    static func scalarLength(startingWith byte: UInt8) -> Int {
        switch byte {
        case 0xF0...0xF4: return 4
        case 0xE0...0xEF: return 3
        case 0xC2...0xDF: return 2
        default: return 1
        }
    }
}

/// A 1-based line and column.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Orders by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
