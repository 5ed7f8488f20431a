/// The text of one `.sec` file and the index that turns byte offsets into lines and columns.
///
/// This is the one home of the source text rules: the line index, the UTF-8 length of a column
/// (`UTF8Decoding`), and the byte order mark check. Offsets are *global*: `baseOffset` plus the
/// byte index in `bytes`, so that the ranges of several files never overlap; a file compiled with
/// others gets its base from `SourceSet`, a file on its own has base 0.
public struct SourceFile: Sendable {
    /// The path as the user named it; shown in diagnostics.
    public let path: String
    /// The raw bytes: the lexer works on bytes and reports invalid UTF-8 itself.
    public let bytes: [UInt8]
    /// The global offset of `bytes[0]`; 0 for a file compiled on its own.
    public private(set) var baseOffset: Int
    /// Byte index (local) of the first byte of every line (line 1 starts at 0).
    let lineStarts: [Int]

    /// The file at `path` (as shown in diagnostics) with its bytes, UTF-8 expected, whose ranges
    /// start at `baseOffset`.
    public init(path: String, bytes: [UInt8], baseOffset: Int = 0) {
        self.path = path
        self.bytes = bytes
        self.baseOffset = baseOffset
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        // A plain loop over the buffer: this runs over every byte of files up to the size limit.
        bytes.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
        }
        self.lineStarts = starts
    }

    /// The file at `path` (as shown in diagnostics) with `text` as its contents.
    public init(path: String, text: String, baseOffset: Int = 0) {
        self.init(path: path, bytes: Array(text.utf8), baseOffset: baseOffset)
    }

    /// The same file at global offset `base`.
    func rebased(at base: Int) -> SourceFile {
        var file = self
        file.baseOffset = base
        return file
    }

    /// The global offset just past the last byte.
    public var endOffset: Int { baseOffset + bytes.count }

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
        let lineIndex = lineIndex(ofLocal: clamped)
        // A byte order mark is not a column: the lexer skips it, and editors do not show it.
        let start = lineIndex == 0 ? min(byteOrderMarkLength, clamped) : lineStarts[lineIndex]
        var column = 1
        var i = start
        bytes.withUnsafeBufferPointer { buffer in
            while i < clamped {
                i += UTF8Decoding.columnLength(in: buffer, at: i)
                column += 1
            }
        }
        return SourceLocation(line: lineIndex + 1, column: column)
    }

    /// The bytes of the 1-based line `line`, without its line terminator (`\n` or `\r\n`);
    /// the slice's indices are local (subtract `baseOffset` from a global offset to compare).
    public func lineText(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = line == 1 ? byteOrderMarkLength : lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    var lineCount: Int { lineStarts.count }

    /// True when the file starts with a UTF-8 byte order mark (EF BB BF).
    var hasByteOrderMark: Bool { byteOrderMarkLength != 0 }

    /// 3 when the file starts with a UTF-8 byte order mark, else 0.
    var byteOrderMarkLength: Int { SourceFile.byteOrderMarkLength(of: bytes) }

    /// The one byte order mark check: 3 when `bytes` start with EF BB BF, else 0. Only a mark at
    /// the very start is one; anywhere else U+FEFF is an ordinary (unexpected) character.
    static func byteOrderMarkLength<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> Int
        where Bytes.Index == Int {
        let start = bytes.startIndex
        guard bytes.count >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF else { return 0 }
        return 3
    }

    /// The 0-based line of a global byte offset, by binary search over the line starts.
    func lineIndex(of offset: Int) -> Int {
        lineIndex(ofLocal: offset - baseOffset)
    }

    private func lineIndex(ofLocal offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
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
