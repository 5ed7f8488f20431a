#!/usr/bin/env bash
# Builds the release `ekssc` binary the benchmarks measure and prints its path:
#   scripts/release-build.sh            # then: "$(scripts/release-build.sh)" build app.sec -o out/
# - `--static-swift-stdlib`: no dynamic loading and relocation of the Swift runtime at start.
# - `-disable-concrete-type-metadata-mangled-name-accessors` (every module, ArgumentParser too):
#   by default the metadata of a concrete generic type (a `Set<TierID>`'s storage, a
#   `[String: Role]`'s) is reached through its mangled name, which the runtime demangles on
#   first use, completing each `Hashable`-like requirement by a scan of all protocol conformance
#   records of the binary (about 4,000): a fifth of the instructions of building the guide.
#   Direct accessors pass the witness tables in. It is a build flag, not a manifest setting, so
#   that a package depending on EKSSC by version (no `unsafeFlags` allowed) is unaffected.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
flags=(-c release --product ekssc --static-swift-stdlib
       -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
swift build "${flags[@]}" >&2
echo "$(swift build -c release --show-bin-path)/ekssc"
