#!/usr/bin/env bash
# What the security rules cost: `ekssc check` (release build) with every rule on (the default)
# and with every rule off (`--rule ID=off` for each), best of $RUNS, on generated specs
# (scripts/generate-spec.py) and on the reference example. The difference on the small file is
# the start-up cost of the rules, chiefly indexing the IAM action list.
#   scripts/benchmark-lint.sh              # SIZES="1000 10000" RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product ekssc >/dev/null
bin=$(swift build -c release --show-bin-path)/ekssc
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
runs=${RUNS:-5}
off=()
for id in $(grep -o '^| \[EKS-[A-Z]*-[0-9]*\]' docs/rules.md | grep -o 'EKS-[A-Z]*-[0-9]*'); do off+=(--rule "$id=off"); done

best() {   # best NAME ARGS... -> best wall time in ms of $runs runs
    local best="" start end ms
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$bin" check "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    awk "BEGIN{printf \"%.1f\", $best / 1000}"
}

echo "| input | \`check\`, rules off | \`check\`, every rule | lint share |"
echo "|---|---|---|---|"
row() {
    local name=$1 spec=$2 without with
    without=$(best "$spec" "${off[@]}")
    with=$(best "$spec")
    printf '| %s | %s ms | %s ms | %s %% |\n' "$name" "$without" "$with" \
        "$(awk "BEGIN{printf \"%+.1f\", ($with - $without) * 100 / $without}")"
}
row "examples/guide.sec" examples/guide.sec
for n in ${SIZES:-1000 10000}; do
    python3 scripts/generate-spec.py "$n" >"$work/apps-$n.sec"
    row "$n apps" "$work/apps-$n.sec"
done
