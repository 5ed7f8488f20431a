import Foundation
import Synchronization
import Testing
@testable import EKSSC

/// The one input reader: its limit holds while reading, not after.
@Suite struct InputFileTests {
    @Test func aPipeIsReadNoFurtherThanTheLimit() throws {
        signal(SIGPIPE, SIG_IGN)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let limit = 4 << 20
        let written = Mutex(0)
        let writer = Thread {
            let chunk = [UInt8](repeating: UInt8(ascii: "y"), count: 1 << 16)
            while true {
                let count = chunk.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                written.withLock { $0 += count }
            }
            close(writeEnd)
        }
        writer.start()
        #expect(throws: InputFile.ReadError.self) {
            try InputFile.readAll(from: readEnd, named: "pipe", sizeHint: 0, limit: limit)
        }
        close(readEnd)
        while !writer.isFinished { usleep(1_000) }
        // What was consumed: the limit, one byte, and at most what the pipe buffers and one chunk.
        #expect(written.withLock { $0 } <= limit + (1 << 20))
    }

    @Test func exactlyTheLimitIsAccepted() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ekssc-input-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: 7, count: 100_000).write(to: url)
        #expect(try InputFile.read(url.path, limit: 100_000).count == 100_000)
        let error = #expect(throws: InputFile.ReadError.self) { try InputFile.read(url.path, limit: 99_999) }
        #expect(error?.isTooLarge == true)
        #expect(error?.description == "cannot read '\(url.path)': input larger than 99999 bytes")
    }

    @Test func endlessDevicesStopAtTheLimit() throws {
        let error = #expect(throws: InputFile.ReadError.self) { try InputFile.read("/dev/zero", limit: 1 << 20) }
        #expect(error?.description == "cannot read '/dev/zero': input larger than 1 MiB")
        #expect(try InputFile.read("/dev/null").isEmpty)
    }
}
