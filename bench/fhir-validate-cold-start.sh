#!/usr/bin/env bash
# Cold start of the FHIR validator: whole-process wall time of `harness fhir validate one-file.json` (process start →
# first verdict → exit), for the Release build (JIT) and, with R2R=1 (the default), a ReadyToRun publish, as
# bench/dicom-scan-vs-dcmdump.sh does. `harness fhir validate --help` is timed too: start-up without validation.
# Median of RUNS runs each after one warm-up (which also builds the core package cache if it is missing); hyperfine
# when installed, else a bash loop over date +%s%N.
#
#   bench/fhir-validate-cold-start.sh             # RUNS=10
#   RUNS=20 R2R=0 bench/fhir-validate-cold-start.sh
set -euo pipefail

RUNS=${RUNS:-10}
R2R=${R2R:-1}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d -t fhir-cold-start.XXXXXX)}
harness=$repo/src/ConformanceHarness.Cli/bin/Release/net10.0/harness.dll

# shellcheck source=lib/harness-build.sh
. "$repo/bench/lib/harness-build.sh"

# A synthetic patient (no real data), valid against base R4.
file=$work/one-file.json
cat >"$file" <<'JSON'
{"resourceType": "Patient", "id": "pat-1001",
 "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.239.18.1", "value": "MRN-000123"}],
 "active": true, "name": [{"use": "official", "family": "Tremblay", "given": ["Alex"]}],
 "gender": "female", "birthDate": "1971-04-12"}
JSON

names=("harness fhir validate --help" "harness fhir validate one-file.json")
commands=("dotnet $harness fhir validate --help" "dotnet $harness fhir validate $file")
if [ "$R2R" = 1 ]; then
  names+=("ReadyToRun: harness fhir validate one-file.json")
  commands+=("dotnet $r2r_harness fhir validate $file")
fi
bash -c "${commands[1]}" >/dev/null || { echo "harness fhir validate failed on $file" >&2; exit 2; }

median_of() { # command -> median wall seconds of RUNS runs
  local times=() start end
  for ((run = 0; run < RUNS; run++)); do
    start=$(date +%s%N); bash -c "$1" >/dev/null 2>&1; end=$(date +%s%N)
    times+=("$(((end - start) / 1000))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f\n", m / 1e6 }'
}

medians=()
if command -v hyperfine >/dev/null; then
  echo "== hyperfine: $RUNS runs each, 1 warm-up"
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[i]}" "${commands[i]}"); done
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$work/hyperfine.json" "${args[@]}"
  for i in "${!names[@]}"; do medians+=("$(jq -r ".results[$i].median" "$work/hyperfine.json")"); done
else
  echo "== bash loop: $RUNS runs each, 1 warm-up"
  for command in "${commands[@]}"; do bash -c "$command" >/dev/null 2>&1; medians+=("$(median_of "$command")"); done
fi

echo
for i in "${!names[@]}"; do printf '%-50s median %6.3f s\n' "${names[i]}" "${medians[i]}"; done
echo "target: cold < 1 s"
