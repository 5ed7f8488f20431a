extension OutputWriter {
    /// How `directory` differs from `files` (for `ekssc build --check`): files the build would
    /// write that are missing or differ, and files on disk that the build would not write,
    /// sorted by path. The marker file counts like any other; links and other non-regular entries count as
    /// extra (or as missing, at an expected path) and are never followed. A directory that does
    /// not exist makes every file missing.
    func staleFiles(_ files: [OutputFile], in directory: String) -> [StaleFile] {
        var onDisk: Set<String> = []
        var otherEntries: Set<String> = []
        if (try? OutputFileSystem.kind(of: directory)) == .directory {
            Self.collect(directory, prefix: "", files: &onDisk, others: &otherEntries)
        }
        var stale: [StaleFile] = []
        var expected: Set<String> = []
        // The marker is compared like any file: a tree that matches the build but not its
        // marker is foreign to `build`, so it is stale here.
        let marker = OutputFile(path: Self.markerName, contents: OutputMarker.contents(for: files))
        for file in files + [marker] {
            expected.insert(file.path)
            if onDisk.contains(file.path) {
                // Read no more than the expected size plus one byte: a longer file differs.
                let expectedBytes = file.contents.utf8
                // The marker's `# inputs` line records what built the tree, not what is in it:
                // a source edit that changes no file leaves the tree up to date.
                let isMarker = file.path == Self.markerName
                let bytes = OutputFileSystem.contents(of: directory + "/" + file.path,
                                                      limit: expectedBytes.count + (isMarker ? 200 : 0))
                    .map { isMarker ? OutputMarker.withoutInputs($0) : $0 }
                if bytes.map({ !$0.elementsEqual(expectedBytes) }) ?? true {
                    stale.append(StaleFile(path: file.path, reason: .differs))
                }
            } else {
                stale.append(StaleFile(path: file.path, reason: .missing))
            }
        }
        for path in onDisk.union(otherEntries) where !expected.contains(path) {
            stale.append(StaleFile(path: path, reason: .extra))
        }
        return stale.sorted { ($0.path, $0.reason.rawValue) < ($1.path, $1.reason.rawValue) }
    }

    /// Records the relative path of every regular file under `folder` in `files` and of every
    /// link or special entry in `others`, descending into real directories only.
    private static func collect(_ folder: String, prefix: String, files: inout Set<String>,
                                others: inout Set<String>) {
        guard let names = try? OutputFileSystem.names(in: folder) else { return }
        for name in names {
            let path = folder + "/" + name
            let relative = prefix + name
            switch try? OutputFileSystem.kind(of: path) {
            case .directory:
                collect(path, prefix: relative + "/", files: &files, others: &others)
            case .regularFile:
                files.insert(relative)
            default:
                others.insert(relative)
            }
        }
    }
}
