/// A half-open byte range `[start, end)` in one source file.
///
/// Tokens and syntax nodes carry byte ranges; lines and columns are computed only when a
/// diagnostic is rendered (see `SourceFile.location(of:)`).
public struct SourceRange: Hashable, Comparable, Sendable {
    /// The offset of the first byte.
    public var start: Int
    /// The offset after the last byte.
    public var end: Int

    init(start: Int, end: Int) {
        precondition(start <= end, "a source range ends before it starts")
        self.start = start
        self.end = end
    }

    /// An empty range at `offset`, for things that are missing (a closing brace at end of file).
    public static func empty(at offset: Int) -> SourceRange {
        SourceRange(start: offset, end: offset)
    }

    var isEmpty: Bool { start == end }
    var length: Int { end - start }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// Orders by start, then end.
    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// A value together with the source range it was written at.
struct Located<Value> {
    var value: Value
    var range: SourceRange

    init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}

/// A name as written in the source: an identifier or a quoted string, with its range.
typealias Name = Located<String>
