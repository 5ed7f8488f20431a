/// Writes an output tree to a directory atomically, and compares one with what is on disk.
///
/// `write` builds the whole tree in a temporary sibling `.<name>.ekssc-tmp-<pid>-<random>`
/// (same file system), then exchanges it with the target in one atomic step
/// (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on Darwin) and removes the
/// old tree. A kill at any moment leaves the target either all old or all new, never missing.
/// Where the exchange is not available it falls back to two renames (old aside, new in place).
/// On any error before the swap the temporary tree is removed and the target is exactly as it
/// was. Siblings left by killed builds (our exact name pattern, our marker inside, their process
/// gone) are removed at the next write.
///
/// Safety: the tree's root gets a marker file, `.ekssc-output`, that lists every file with its
/// SHA-256 (`OutputMarker`); an existing non-empty directory whose contents do not match its
/// marker is only replaced with `force`. A target that is a symbolic link or a file, and the
/// current directory or any folder that contains it, are always refused. File paths must be
/// relative with no empty, `.` or `..` components, so nothing is written outside the target, and
/// no link is ever followed inside it.
struct OutputWriter {
    /// The marker file's name at the tree's root.
    static let markerName = OutputMarker.name

    /// One step of `write`, for tests that make a step fail.
    enum Step: Equatable {
        case createTemporary
        case writeFile(String)
        case moveOldAside
        case moveNewIntoPlace
    }

    /// Replace a non-empty directory that does not match its marker.
    var force: Bool
    /// Use the atomic exchange where the platform has one (tests turn it off to cover the
    /// two-rename fallback).
    var atomicExchange = true
    /// Called before each step; a thrown error aborts `write` as if the step had failed.
    var beforeStep: (Step) throws(OutputWriteError) -> Void = { _ in }

    init(force: Bool = false) {
        self.force = force
    }

    /// Replaces `directory` with exactly `files` (plus the marker, which records `inputs`, an
    /// `InputDigest`, when given). When `directory` already holds exactly `files` (its marker,
    /// which lists every file's SHA-256, equals the new one and the tree matches that marker)
    /// nothing is written at all; when only the recorded inputs differ, only the marker is
    /// replaced (one rename), so the next rebuild with these inputs takes the fast path.
    func write(_ files: [OutputFile], to directory: String, inputs: String? = nil) throws(OutputWriteError) {
        try Self.validate(files.map(\.path))
        let marker = OutputMarker.contents(for: files, inputs: inputs)
        let target = try OutputTarget(directory)
        let existing = try OutputFileSystem.kind(of: target.path)
        switch existing {
        case .symlink: throw .targetIsSymlink(directory: directory)
        case .regularFile, .other: throw .targetIsNotDirectory(directory: directory)
        case .directory:
            try Self.refuseWorkingDirectory(target, directory)
            let reason = Self.foreignness(of: directory)
            if !force, let reason {
                throw .notWrittenByEkssc(directory: directory, reason: reason)
            }
            // No-op rebuild: the tree on disk is exactly what its marker lists (checked above,
            // every file hashed) and that marker is the new tree's, so every file is already
            // byte-identical. Write nothing: every mtime and inode stays, and so do consumers' caches.
            // Leftovers of killed builds beside it are still removed.
            if reason == nil, let onDisk = Self.markerOnDisk(in: directory, limit: marker.utf8.count + 200),
               OutputMarker.withoutInputs(onDisk).elementsEqual(OutputMarker.withoutInputs(Array(marker.utf8))) {
                Self.removeStaleSiblings(of: target)
                if !onDisk.elementsEqual(marker.utf8) { try Self.replaceMarker(in: target, with: marker) }
                return
            }
        case nil:
            guard try OutputFileSystem.kind(of: target.parent) != nil else {
                throw .parentMissing(directory: directory, parent: target.parent)
            }
        }
        Self.removeStaleSiblings(of: target)

        try beforeStep(.createTemporary)
        let temporary = try makeTemporaryDirectory(for: target)
        do {
            try populate(temporary, with: files, marker: marker)
        } catch {
            Self.removeSibling(temporary)
            throw error
        }
        try swap(temporary, into: target, replacingExisting: existing != nil)
    }

    /// Why `directory` is not ekssc's to replace without `--force`, in words completing
    /// "'out' is ..."; nil when it is (missing, empty, or exactly what its marker lists).
    /// `build` and `build --check` both ask this.
    static func foreignness(of directory: String) -> String? {
        guard (try? OutputFileSystem.kind(of: directory)) == .directory,
              let names = try? OutputFileSystem.names(in: directory), !names.isEmpty else { return nil }
        return OutputMarker.foreignness(of: directory).map { "not empty and not as ekssc wrote it: it \($0)" }
    }

    /// The marker file in `directory`, when it is at most `limit` bytes.
    private static func markerOnDisk(in directory: String, limit: Int) -> [UInt8]? {
        OutputFileSystem.contents(of: directory + "/" + markerName, limit: limit)
    }

    /// Replaces only the marker of an up-to-date tree (new inputs, same files): written beside
    /// the tree and renamed over the old marker, so the tree always has a whole marker.
    private static func replaceMarker(in target: OutputTarget, with marker: String) throws(OutputWriteError) {
        let temporary = target.sibling("marker")
        try OutputFileSystem.writeNewFile(temporary, contents: marker)
        do {
            try OutputFileSystem.rename(temporary, to: target.path + "/" + markerName)
        } catch {
            try? OutputFileSystem.remove(temporary)
            throw error
        }
    }

    /// True when `directory` is a directory whose marker records `inputs` and whose files all
    /// match that marker: what a build from these inputs would write is already there. Reads
    /// and hashes every file (the fast path's whole cost besides the front end).
    static func holdsBuild(of inputs: String, in directory: String) -> Bool {
        (try? OutputFileSystem.kind(of: directory)) == .directory
            && OutputMarker.records(inputs: inputs, in: directory)
            && OutputMarker.foreignness(of: directory) == nil
    }

    /// What killed builds left beside `directory` removed, as every `write` does first: an
    /// up-to-date build (`Compilation.isUpToDate`) writes nothing but still cleans up.
    static func removeLeftovers(besides directory: String) {
        guard let target = try? OutputTarget(directory) else { return }
        removeStaleSiblings(of: target)
    }

    /// Refuses a target that is the current directory or one of its ancestors (real paths).
    private static func refuseWorkingDirectory(_ target: OutputTarget, _ directory: String) throws(OutputWriteError) {
        guard let current = PlatformFileCalls.currentDirectory(),
              let resolved = PlatformFileCalls.realPath(target.path) else { return }
        if current == resolved || resolved == "/" || current.hasPrefix(resolved + "/") {
            throw .containsWorkingDirectory(directory: directory)
        }
    }

    /// Removes what killed builds left beside the target: directories named exactly as
    /// `OutputTarget.sibling` names them, whose process is gone, holding our marker (or empty).
    private static func removeStaleSiblings(of target: OutputTarget) {
        guard let names = try? OutputFileSystem.names(in: target.parent) else { return }
        for entry in names {
            guard let owner = target.siblingOwner(entry), owner != PlatformFileCalls.currentProcessID,
                  !PlatformFileCalls.processMayBeAlive(owner) else { continue }
            let path = target.folderPrefix + entry
            // A marker being replaced (`replaceMarker`) when the build was killed: one file.
            if (try? OutputFileSystem.kind(of: path)) == .regularFile,
               OutputFileSystem.contents(of: path, limit: 4 * InputFile.maxBytes)?.starts(with: OutputMarker.header.utf8) == true {
                try? OutputFileSystem.remove(path)
                continue
            }
            guard (try? OutputFileSystem.kind(of: path)) == .directory else { continue }
            // Killed between creating the folder and writing the marker: empty, and rmdir
            // removes nothing else.
            if OutputFileSystem.removeEmptyDirectory(path) { continue }
            guard
                  let marker = OutputFileSystem.contents(of: path + "/" + markerName, limit: 4 * InputFile.maxBytes),
                  marker.starts(with: OutputMarker.header.utf8) else { continue }
            removeSibling(path)
        }
    }

    /// Removes one of our sibling trees with its marker last, so that a kill midway leaves a
    /// tree the next write still recognises as ours and removes.
    private static func removeSibling(_ path: String) {
        for entry in (try? OutputFileSystem.names(in: path)) ?? [] where entry != markerName {
            try? OutputFileSystem.remove(path + "/" + entry)
        }
        try? OutputFileSystem.remove(path)
    }

    /// Makes `.<name>.ekssc-tmp-<pid>-<random>` beside the target.
    private func makeTemporaryDirectory(for target: OutputTarget) throws(OutputWriteError) -> String {
        var attempts = 0
        while true {
            let path = target.sibling("tmp")
            do {
                try OutputFileSystem.makeDirectory(path)
                return path
            } catch {
                attempts += 1
                if attempts >= 8 || (try? OutputFileSystem.kind(of: path)) == nil { throw error }
            }
        }
    }

    /// Writes the marker, then every file under `root`, creating folders as needed. The marker
    /// comes first so that a build killed while writing leaves a sibling recognisably ours.
    /// Folders are made first, in path order; then the files are written on both cores (creating
    /// tens of thousands of files is mostly the kernel's work), each with one `write`.
    private func populate(_ root: String, with files: [OutputFile], marker: String) throws(OutputWriteError) {
        try OutputFileSystem.writeNewFile(root + "/" + Self.markerName, contents: marker)
        var folders: Set<Substring> = []
        let isSorted = zip(files, files.dropFirst()).allSatisfy { $0.path < $1.path }
        let ordered = isSorted ? files : files.sorted(by: { $0.path < $1.path })
        for file in ordered {
            // Parents before children: each folder is the path up to one of its slashes.
            for slash in file.path.utf8.indices where file.path.utf8[slash] == UInt8(ascii: "/") {
                let folder = file.path[..<slash]
                if folders.insert(folder).inserted {
                    try OutputFileSystem.makeDirectory(root + "/" + folder)
                }
            }
            try beforeStep(.writeFile(file.path))
        }
        let failures = ordered.concurrentMap { file -> OutputWriteError? in
            do throws(OutputWriteError) {
                try OutputFileSystem.writeNewFile(root + "/" + file.path, contents: file.contents)
                return nil
            } catch {
                return error
            }
        }
        // The first failure in path order, whichever thread met it.
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Renames the finished tree into place, keeping the old one until the new one is there.
    private func swap(_ temporary: String, into target: OutputTarget, replacingExisting: Bool) throws(OutputWriteError) {
        guard replacingExisting else {
            do {
                try beforeStep(.moveNewIntoPlace)
                try OutputFileSystem.rename(temporary, to: target.path)
            } catch {
                Self.removeSibling(temporary)
                throw error
            }
            return
        }
        do {
            try beforeStep(.moveNewIntoPlace)
            if atomicExchange, try OutputFileSystem.exchange(temporary, target.path) {
                // The old tree is now at the temporary path; removing it is only cleanup.
                Self.removeSibling(temporary)
                return
            }
        } catch {
            Self.removeSibling(temporary)
            throw error
        }
        let old = target.sibling("old")
        do {
            try beforeStep(.moveOldAside)
            try OutputFileSystem.rename(target.path, to: old)
        } catch {
            Self.removeSibling(temporary)
            throw error
        }
        do {
            try OutputFileSystem.rename(temporary, to: target.path)
        } catch {
            try? OutputFileSystem.rename(old, to: target.path)
            Self.removeSibling(temporary)
            throw error
        }
        // The new tree is in place; a leftover old tree is harmless (and hidden), so a failure
        // to remove it does not fail the build.
        Self.removeSibling(old)
    }

    /// Checks that every path is relative, clean, unique, not the marker, and not also a folder
    /// of another path.
    static func validate(_ paths: [String]) throws(OutputWriteError) {
        var files: Set<String> = []
        var folders: Set<Substring> = []
        for path in paths {
            guard isClean(path), files.insert(path).inserted else { throw .invalidPath(path) }
            // Each folder is the path up to one of its slashes; a folder already seen means
            // every shorter one was seen too.
            for slash in path.utf8.indices.reversed() where path.utf8[slash] == UInt8(ascii: "/") {
                guard folders.insert(path[..<slash]).inserted else { break }
            }
        }
        if let clash = files.filter({ folders.contains($0[...]) }).sorted().first {
            throw .invalidPath(clash)
        }
    }

    /// Non-empty, no NUL or line break, not the marker, and every `/`-separated component non-empty and
    /// neither `.` nor `..`. Checked on UTF-8 bytes: every character involved is ASCII.
    private static func isClean(_ path: String) -> Bool {
        // No NUL, and no line break: the marker lists one path per line.
        guard !path.isEmpty, path != markerName,
              !path.utf8.contains(where: { $0 == 0 || $0 == 0x0A || $0 == 0x0D }) else { return false }
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && !component.elementsEqual(".".utf8) && !component.elementsEqual("..".utf8)
        }
    }
}
