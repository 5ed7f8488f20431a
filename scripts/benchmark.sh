#!/usr/bin/env bash
# Regenerates the table of issue 13 (BENCHMARKS.md) in one command, on a release build of
# `ekssc` (scripts/release-build.sh: the Swift runtime static, direct metadata accessors):
#   scripts/benchmark.sh                 # prints Markdown to stdout, progress to stderr
# For 100, 1,000 and 10,000 generated apps (scripts/generate-spec.py): `build` with the output
# on the working disk and on tmpfs (/dev/shm), `check`, a rebuild with nothing changed (and, to
# compare, `check` plus reading every file of out/), the floor (scripts/floor.c: libyaml emitter,
# no logic, the same bytes to the same number of files) and the ratio ekssc/floor; then the
# guide's `build` and `--help` with `perf stat -r 20` (or a loop of 20 when perf is missing).
# Every figure is the best of RUNS (default 3) runs; the load average is printed before and after.
# Environment: EKSSC_BIN (a prebuilt binary instead of the release build), SIZES="100 1000 10000", RUNS=3, LAYOUT=grouped|per-object (default: ekssc's
# default), DISK_BASE (default: this checkout's .build, i.e. the working disk), SHM_BASE=/dev/shm.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
runs=${RUNS:-3}
layout_args=()
[ -n "${LAYOUT:-}" ] && layout_args=(--layout "$LAYOUT")
log() { echo "benchmark: $*" >&2; }

if [ -n "${EKSSC_BIN:-}" ]; then
    bin=$EKSSC_BIN   # a release binary built beforehand, e.g. to compare link modes
else
    log "release build (scripts/release-build.sh: static Swift runtime, direct metadata accessors)"
    bin=$(scripts/release-build.sh 2>/dev/null)
fi
work=$(mktemp -d)
disk=$(mktemp -d -p "${DISK_BASE:-$PWD/.build}" bench.XXXXXX)
shm=$(mktemp -d -p "${SHM_BASE:-/dev/shm}" bench.XXXXXX)
trap 'rm -rf "$work" "$disk" "$shm"' EXIT
cc -O2 -o "$work/floor" scripts/floor.c -lyaml

now() { date +%s%N; }
ms() { awk "BEGIN{printf \"%.1f\\n\", ($2 - $1) / 1e6}"; }
best() { sort -g | head -n 1; }   # the smallest of the numbers on stdin

# time_ms CMD...: wall time of one run in ms (output discarded, failure fatal).
time_ms() {
    local start end
    start=$(now)
    "$@" >/dev/null 2>&1 || { log "failed: $*"; exit 1; }
    end=$(now)
    ms "$start" "$end"
}

# fresh_build OUT SPEC: best of $runs builds into a missing OUT; peak RSS of the last in $work/rss.
fresh_build() {
    local out=$1 spec=$2
    for _ in $(seq "$runs"); do
        rm -rf "$out"
        sync
        time_ms /usr/bin/time -f "%M" -o "$work/rss" "$bin" build "$spec" -o "$out" "${layout_args[@]}"
    done | best
}

floor_build() {   # floor_build PACK OUT: best of $runs timed phases of scripts/floor.c, in ms
    local pack=$1 out=$2
    for _ in $(seq "$runs"); do
        rm -rf "$out"
        sync
        "$work/floor" "$pack" "$out" | awk '{printf "%.1f\n", $1 * 1000}'
    done | best
}

read_tree() { find "$1" -type f -exec cat {} + >/dev/null; }
check_and_read() { "$bin" check "$1" >/dev/null 2>&1 && read_tree "$2"; }

# stamps DIR: inode and mtime of every entry, to prove a no-op rebuild touched nothing.
stamps() { find "$1" -printf '%i %T@ %p\n' | sort; }

echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); ekssc $("$bin" --version); runs: best of $runs; layout: ${LAYOUT:-default}"
echo
echo "| apps | files | MB | build, disk | build, tmpfs | floor disk / tmpfs | ekssc/floor disk / tmpfs | check | no-op rebuild | check + read out/ | no-op wrote nothing | peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
previous=""; growth=""
for n in ${SIZES:-100 1000 10000}; do
    log "$n apps"
    spec=$work/apps-$n.sec
    python3 scripts/generate-spec.py "$n" >"$spec"
    disk_ms=$(fresh_build "$disk/out" "$spec")
    rss=$(cat "$work/rss")
    shm_ms=$(fresh_build "$shm/out" "$spec")
    files=$(find "$shm/out" -type f | wc -l)
    mb=$(du -sm "$shm/out" | cut -f1)
    python3 scripts/pack-tree.py "$shm/out" >"$work/pack"
    floor_disk=$(floor_build "$work/pack" "$disk/floor")
    floor_shm=$(floor_build "$work/pack" "$shm/floor")
    rm -rf "$disk/floor" "$shm/floor"
    check_ms=$(for _ in $(seq "$runs"); do time_ms "$bin" check "$spec"; done | best)
    before=$(stamps "$disk/out")
    noop_ms=$(for _ in $(seq "$runs"); do time_ms "$bin" build "$spec" -o "$disk/out" "${layout_args[@]}"; done | best)
    untouched=$([ "$before" = "$(stamps "$disk/out")" ] && echo yes || echo NO)
    baseline_ms=$(for _ in $(seq "$runs"); do time_ms check_and_read "$spec" "$disk/out"; done | best)
    ratio=$(awk "BEGIN{printf \"%.1f / %.1f\", $disk_ms / $floor_disk, $shm_ms / $floor_shm}")
    echo "| $n | $files | $mb | $disk_ms ms | $shm_ms ms | $floor_disk / $floor_shm ms | $ratio | $check_ms ms | $noop_ms ms | $baseline_ms ms | $untouched | $(awk "BEGIN{printf \"%.0f\", $rss/1024}") MB |"
    rm -rf "$disk/out" "$shm/out"
    [ -z "$previous" ] || growth="$growth ${previous%%:*}→$n: $(awk "BEGIN{printf \"%.1fx\", $shm_ms / ${previous#*:}}")"
    previous="$n:$shm_ms"
done
echo
echo "Cost growth (build on tmpfs):${growth:- (one size only)}"
echo

log "start-up"
startup() {   # startup NAME CMD...: mean of 20 runs, from perf stat when it works
    local name=$1; shift
    local mean
    if perf stat -r 20 -x, -e task-clock "$@" >/dev/null 2>"$work/perf" && grep -q task-clock "$work/perf"; then
        mean=$(perf stat -r 20 "$@" 2>&1 >/dev/null | awk '/seconds time elapsed/ {printf "%.2f ms", $1 * 1000}')
        echo "| $name | $mean (perf stat -r 20, elapsed) |"
    else
        local start end
        start=$(now)
        for _ in $(seq 20); do "$@" >/dev/null 2>&1 || true; done
        end=$(now)
        echo "| $name | $(awk "BEGIN{printf \"%.2f ms\", ($end - $start) / 20e6}") (mean of 20, loop) |"
    fi
}
echo "| start-up | time |"
echo "|---|---|"
startup "\`true\`" /bin/true
startup "\`ekssc --help\`" "$bin" --help
rm -rf "$shm/guide"
"$bin" build examples/guide.sec -o "$shm/guide" "${layout_args[@]}" >/dev/null
# The guide's build into a fresh directory each time: removed by a wrapper, timed with it.
startup "guide \`build\` (tmpfs, fresh)" sh -c "rm -rf '$shm/guide' && exec '$bin' build examples/guide.sec -o '$shm/guide' ${layout_args[*]}"
startup "guide \`build\`, nothing changed" "$bin" build examples/guide.sec -o "$shm/guide" "${layout_args[@]}"
startup "\`sh -c 'rm -rf'\` alone (subtract from the fresh guide build)" sh -c "rm -rf '$shm/nothing'"
echo
echo "Linked libraries of ekssc: $(ldd "$bin" 2>/dev/null | awk '{print $1}' | tr '\n' ' ')"
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
