/// The files compiled together as one program, each at its own global offset.
///
/// Bases are disjoint and increase in the order given: the first file starts at 0, each next
/// one at the previous base plus its byte count plus one (so the empty range at a file's end,
/// where a missing `}` is reported, still belongs to that file). Sorting ranges therefore sorts
/// by file order, then by position in the file.
struct SourceSet: Sendable {
    /// The files, rebased, in the order given.
    let files: [SourceFile]

    /// `files` rebased one after the other, whatever their bases were.
    init(_ files: [SourceFile]) {
        var base = 0
        var rebased: [SourceFile] = []
        rebased.reserveCapacity(files.count)
        for file in files {
            rebased.append(file.rebased(at: base))
            base += file.bytes.count + 1
        }
        self.files = rebased
    }

    /// One file as it is (its base kept): for callers that parsed it on its own.
    init(single file: SourceFile) {
        files = [file]
    }

    /// The file a global offset lies in; nil when no file has it (no file at all).
    func file(containing offset: Int) -> SourceFile? {
        guard let index = index(containing: offset) else { return nil }
        return files[index]
    }

    /// The position of that file in `files` (an offset before the first file: the first; after
    /// the last: the last).
    func index(containing offset: Int) -> Int? {
        guard !files.isEmpty else { return nil }
        var low = 0
        var high = files.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if files[middle].baseOffset <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// `path:line:column` of a global offset; just the offset when no file has it.
    func position(of offset: Int) -> String {
        guard let file = file(containing: offset) else { return "<input>:\(offset)" }
        return "\(file.path):\(file.location(of: offset))"
    }

    /// The text of a global range in its file.
    func text(of range: SourceRange) -> String {
        file(containing: range.start)?.text(of: range) ?? ""
    }

    /// How the set is named in a sentence: the path of a single file, or `N files`.
    var description: String {
        files.count == 1 ? files[0].path : "\(files.count) files"
    }
}
