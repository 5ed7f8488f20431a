/// One output line of the formatter: code cells, an own-line comment, or a blank line.
struct FormatLine {
    enum Kind {
        case code
        /// A comment on a line of its own; its text is `comment`.
        case comment
        case blank
    }

    /// A run of tokens printed without spaces between them (`tcp/8080`, `a,`): the unit that
    /// alignment pads. `first` and `end` index the builder's token pieces.
    struct Cell {
        var first: Int
        var end: Int
        /// Spaces before the cell (1 unless `ColumnAligner` pads the cell before it; unused for
        /// the first cell).
        var gap = 1
        /// Columns (Unicode scalars) of the printed cell.
        var width: Int
        /// What the cell starts with, for alignment: a hash of a word's bytes, one value for
        /// any string, another per punctuation. Cells are aligned only before equal anchors.
        var anchor: UInt64
        /// True for a word cell (a keyword or name): only those are padded, never values.
        var isPaddable: Bool
    }

    var kind: Kind
    /// Block nesting depth: the indentation is two spaces per level.
    var depth: Int
    /// A wrapped line of a statement (after `,`, `->` or `<-`): indented two levels more.
    var isContinuation = false
    /// A complete statement on one line: a candidate for alignment with its neighbours.
    var isWholeStatement = false
    /// The line starts a statement (it is neither a continuation nor a block's `}`).
    var startsStatement = false
    /// The line ends with the `{` of a block whose settings follow on lines of their own.
    var opensBlock = false
    var cells: [Cell] = []
    /// The comment's bytes (trailing for code lines, the line itself for comment lines),
    /// trailing white space removed.
    var comment: Range<Int>?
    /// For the top level: the index of the statement this line belongs to, and whether that
    /// statement spans more than one line.
    var statement: Int?
    /// Spaces before the trailing comment (3, as the examples write it, unless aligned with
    /// neighbours).
    var commentGap = 3

    init(kind: Kind, depth: Int) {
        self.kind = kind
        self.depth = depth
    }

    /// Columns of the line's code, cells and gaps, without indentation.
    var codeWidth: Int {
        var width = 0
        for (index, cell) in cells.enumerated() {
            width += cell.width + (index == 0 ? 0 : cell.gap)
        }
        return width
    }
}
