import ArgumentParser
import EKSSC
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the `.sec` files named on the command line: files as given, and for a directory every
/// `*.sec` file below it (recursively, hidden entries and symbolic links to directories left
/// out), sorted by path. Any unreadable path is reported by name, all of them, then the run
/// ends with exit 2 (a usage or I/O error).
enum SourceFileLoader {
    static func load(_ paths: [String]) throws -> [SourceFile] {
        var files: [SourceFile] = []
        var seen: Set<String> = []
        var failed = false
        for path in paths {
            for file in expand(path, failed: &failed) where seen.insert(file).inserted {
                do {
                    files.append(SourceFile(path: file, bytes: try InputFile.read(file)))
                } catch {
                    Terminal.standardError.fail(error.description)
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(2) }
        return files
    }

    /// The files `paths` name, expanded as `load` expands them (`-`, standard input, kept as
    /// it is); after any directory that cannot be used, exit 2.
    static func paths(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        var seen: Set<String> = []
        var failed = false
        for path in paths {
            let expanded = path == "-" ? [path] : expand(path, failed: &failed)
            for file in expanded where seen.insert(file).inserted { files.append(file) }
        }
        if failed { throw ExitCode(2) }
        return files
    }

    /// `path` itself, or the `.sec` files of the directory `path`, sorted.
    private static func expand(_ path: String, failed: inout Bool) -> [String] {
        // Only a directory can be listed (a symbolic link the user named is followed).
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return [path]  // read (or refused) as a file
        }
        var found: [String] = []
        collect(names, in: path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found)
        if found.isEmpty {
            Terminal.standardError.fail("cannot read '\(path)': no .sec file in the directory")
            failed = true
        }
        // Byte order of the paths: the same on every machine and locale.
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    private static func collect(_ names: [String], in directory: String, into found: inout [String]) {
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                guard let inner = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    found.append(path)  // reading it reports why it cannot be read
                    continue
                }
                collect(inner, in: path, into: &found)
            } else if name.hasSuffix(".sec") {
                found.append(path)
            }
        }
    }
}
