#!/usr/bin/env bash
# Benchmarks a release build of `ekssc build` on generated specs of 100, 1,000 and 10,000 apps
# (and the 50-line reference example), reporting wall time, peak memory and output size.
#   scripts/benchmark.sh            # prints a Markdown table
# Override the sizes with SIZES="100 1000", the repetitions with RUNS=5, and where the output
# trees are written with OUT_BASE=/dev/shm (default: a temporary folder on the working disk;
# file creation dominates there, so run both to separate compile time from the file system's).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product ekssc >/dev/null
bin=$(swift build -c release --show-bin-path)/ekssc
work=$(mktemp -d); out_base=$(mktemp -d -p "${OUT_BASE:-${TMPDIR:-/tmp}}")
trap 'rm -rf "$work" "$out_base"' EXIT
runs=${RUNS:-5}

measure() {   # measure NAME SPEC -> one table row (best wall time of $runs, its peak RSS)
    local name=$1 spec=$2 best="" best_rss="" lines
    lines=$(wc -l <"$spec")
    for _ in $(seq "$runs"); do
        rm -rf "$out_base/out"
        local start end secs rss
        start=$(date +%s%N)
        /usr/bin/time -f "%M" -o "$work/rss" "$bin" build "$spec" -o "$out_base/out" >/dev/null 2>&1 \
            || { echo "benchmark: ekssc build failed on $spec" >&2; exit 1; }
        end=$(date +%s%N)
        secs=$(awk "BEGIN{print ($end - $start) / 1e9}")
        rss=$(cat "$work/rss")
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; best_rss=$rss; fi
    done
    local check_start check_end check_ms
    check_start=$(date +%s%N)
    "$bin" check "$spec" >/dev/null 2>&1 || true
    check_end=$(date +%s%N)
    check_ms=$(( (check_end - check_start) / 1000000 ))
    local files size
    files=$(find "$out_base/out" -type f | wc -l)
    size=$(du -sk "$out_base/out" | cut -f1)
    printf '| %s | %s | %s ms | %s ms | %s MB | %s files, %s KB |\n' "$name" "$lines" "$check_ms" \
        "$(awk "BEGIN{printf \"%d\", $best*1000}")" "$(awk "BEGIN{printf \"%.1f\", $best_rss/1024}")" "$files" "$size"
}

echo "| input | lines | \`check\` (front end) | \`build\` wall (best of $runs) | peak memory | output |"
echo "|---|---|---|---|---|---|"
measure "examples/guide.sec" examples/guide.sec
for n in ${SIZES:-100 1000 10000}; do
    python3 scripts/generate-spec.py "$n" >"$work/apps-$n.sec"
    measure "$n apps" "$work/apps-$n.sec"
done
