import Dispatch

extension Array where Element: Sendable {
    /// `map(transform)`, with the elements spread over the machine's cores.
    ///
    /// Each result is stored at its element's index, so the array is exactly what `map` returns,
    /// whatever the scheduling: output stays deterministic. Worth it only when `transform` does
    /// real work (rendering a file, running a pass); the elements are handed out in at most 64
    /// contiguous chunks, enough to balance the cores while keeping the coordination cost low.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let chunkCount = Swift.min(count, 64)
        return [Result](unsafeUninitializedCapacity: count) { results, initializedCount in
            let results = UnsafeMutableBufferPointerBox(results)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                // Chunks are disjoint index ranges: no two threads touch the same slot.
                let chunkRange = (chunk * count / chunkCount)..<((chunk + 1) * count / chunkCount)
                for index in chunkRange {
                    (results.buffer.baseAddress! + index).initialize(to: transform(self[index]))
                }
            }
            initializedCount = count
        }
    }
}

/// Carries the result buffer into `concurrentPerform`'s closure; safe because every chunk
/// writes a disjoint range of it and the buffer outlives the call.
private struct UnsafeMutableBufferPointerBox<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        self.buffer = buffer
    }
}
