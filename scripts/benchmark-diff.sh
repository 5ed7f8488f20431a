#!/usr/bin/env bash
# Benchmarks `ekssc diff` (release build) on oversized live state: wall time and peak memory
# (/usr/bin/time -v) of one run per input, with the machine's load average at the time.
#   scripts/benchmark-diff.sh        # prints a Markdown table
# Inputs come from scripts/generate-live.py: the guide's Role with 2,000 and 4,000 extra rules
# and with as many as fit in 16 MiB; 16 MiB of orphaned objects; the store role's inline policy
# with 20,000 extra resources and with as many as fit in 16 MiB; and endless stdin (`yes`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product ekssc >/dev/null
bin=$(swift build -c release --show-bin-path)/ekssc
guide=examples/guide.sec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit=$((16 * 1024 * 1024 - 4096))

python3 scripts/generate-live.py role 1000 >"$work/role-1000.json"
python3 scripts/generate-live.py role 2000 >"$work/role-2000.json"
python3 scripts/generate-live.py role 4000 >"$work/role-4000.json"
python3 scripts/generate-live.py role-bytes "$limit" >"$work/role-16mib.json"
python3 scripts/generate-live.py objects "$limit" >"$work/objects-16mib.json"
python3 scripts/generate-live.py iam 20000 "$work/iam-20000"
python3 scripts/generate-live.py iam-bytes "$limit" "$work/iam-16mib"

measure() {   # measure NAME SIZE ARGS... -> one table row
    local name=$1 size=$2; shift 2
    local status=0
    /usr/bin/time -v -o "$work/time" "$bin" diff "$guide" "$@" >"$work/out" 2>"$work/err" || status=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time")
    printf '| %s | %s | %s | %s MB | %s | %s |\n' "$name" "$size" "$wall" "$rss" "$status" \
        "$( (grep -m1 -o 'replaced: [^(]*' "$work/out" || grep -m1 -o '^@@ .* @@' "$work/out" || tail -1 "$work/err" | cut -c1-60 || true) | head -1)"
}

size() { du -h --apparent-size "$1" | cut -f1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| live input | size | wall (m:ss) | peak memory | exit | note |"
echo "|---|---|---|---|---|---|"
measure "Role + 1,000 rules" "$(size "$work/role-1000.json")" --live "$work/role-1000.json"
measure "Role + 2,000 rules" "$(size "$work/role-2000.json")" --live "$work/role-2000.json"
measure "Role + 4,000 rules" "$(size "$work/role-4000.json")" --live "$work/role-4000.json"
measure "Role filling 16 MiB" "$(size "$work/role-16mib.json")" --live "$work/role-16mib.json"
measure "16 MiB of orphaned objects" "$(size "$work/objects-16mib.json")" --live "$work/objects-16mib.json"
measure "--iam-live, 20,000 resources" "$(du -sh --apparent-size "$work/iam-20000" | cut -f1)" --iam-live "$work/iam-20000"
measure "--iam-live, policy filling 16 MiB" "$(du -sh --apparent-size "$work/iam-16mib" | cut -f1)" --iam-live "$work/iam-16mib"
measure "/dev/zero" "endless" --live /dev/zero
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
