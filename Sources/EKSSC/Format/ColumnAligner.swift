#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Aligns the cells of neighbouring one-line statements, the way the examples line up
/// `account "…"` / `region  "…"` and `tier gateway  in storefront`.
///
/// A section is a run of consecutive one-line statements at one depth (a blank line, a comment
/// line or a multi-line statement ends it). Column by column, from the left, a cell is padded to
/// the widest of its run: consecutive lines whose cell starts at the same place, is a word (a
/// keyword or a name, never a value: strings and list items are not padded) and is followed by
/// the same anchor (the same word, the same punctuation, or a string that is the line's last
/// cell: a setting's one value, as in `region  "…"`). Like gofmt, a line
/// whose cell is three times wider or narrower than the geometric mean of the run so far starts
/// a new run, so one long keyword does not push a whole block to the right. Trailing comments
/// of consecutive lines in a section are aligned three spaces after the longest line.
enum ColumnAligner {
    static func align(_ lines: inout [FormatLine]) {
        var start = 0
        while start < lines.count {
            guard isAlignable(lines[start]) else { start += 1; continue }
            var end = start + 1
            while end < lines.count, isAlignable(lines[end]), lines[end].depth == lines[start].depth { end += 1 }
            if end - start > 1 { alignSection(&lines, start..<end) }
            start = end
        }
    }

    private static func isAlignable(_ line: FormatLine) -> Bool {
        line.kind == .code && line.isWholeStatement && !line.isContinuation
    }

    /// Before a string, only a setting's single value counts: `region  "…"`, not `allow "…" on`.
    private static func isLast(_ line: FormatLine, _ column: Int) -> Bool {
        line.cells.count == column + 1
    }

    private static func alignSection(_ lines: inout [FormatLine], _ section: Range<Int>) {
        // x[i]: where the current cell of line i starts.
        var x = Array(repeating: 0, count: section.count)
        var widest = 0
        for index in section { widest = max(widest, lines[index].cells.count) }
        let base = section.lowerBound
        for column in 0..<max(0, widest - 1) {
            var runStart = 0
            var logSum = 0.0
            func eligible(_ offset: Int) -> Bool {
                lines[base + offset].cells.count > column + 1 && lines[base + offset].cells[column].isPaddable
            }
            func closeRun(_ end: Int) {
                guard end - runStart > 1 else { return }
                var width = 0
                for offset in runStart..<end { width = max(width, lines[base + offset].cells[column].width) }
                for offset in runStart..<end {
                    lines[base + offset].cells[column + 1].gap = width - lines[base + offset].cells[column].width + 1
                }
            }
            for offset in 0..<section.count {
                let current = eligible(offset)
                var joins = false
                if offset > runStart, current, eligible(offset - 1) {
                    let mean = exp(logSum / Double(offset - runStart))
                    let ratio = Double(lines[base + offset].cells[column].width) / mean
                    let anchor = lines[base + offset].cells[column + 1].anchor
                    joins = x[offset] == x[offset - 1] && lines[base + offset - 1].cells[column + 1].anchor == anchor
                        && ratio < 3 && ratio > 1.0 / 3
                        && (anchor != stringAnchor
                            || (isLast(lines[base + offset - 1], column + 1) && isLast(lines[base + offset], column + 1)))
                }
                if !joins {
                    closeRun(offset)
                    runStart = offset
                    logSum = 0
                }
                if current { logSum += log(Double(max(1, lines[base + offset].cells[column].width))) }
            }
            closeRun(section.count)
            for offset in 0..<section.count where lines[base + offset].cells.count > column + 1 {
                x[offset] += lines[base + offset].cells[column].width + lines[base + offset].cells[column + 1].gap
            }
        }
        // Trailing comments of consecutive lines line up.
        var offset = section.lowerBound
        while offset < section.upperBound {
            guard lines[offset].comment != nil else { offset += 1; continue }
            var end = offset
            while end < section.upperBound, lines[end].comment != nil { end += 1 }
            if end - offset > 1 {
                var width = 0
                for index in offset..<end { width = max(width, lines[index].codeWidth) }
                for index in offset..<end { lines[index].commentGap = width - lines[index].codeWidth + 3 }
            }
            offset = end
        }
    }

    /// The anchor of every string cell (`FormatLineBuilder`).
    private static let stringAnchor = UInt64(UInt8(ascii: "\""))
}
