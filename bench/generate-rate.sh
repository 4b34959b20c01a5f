#!/usr/bin/env bash
# Whole-process generation rate of `harness generate` (Release build), on disk: studies/s and images/s with and without
# pixels, median of RUNS runs after one warm-up; each run writes into a fresh folder (removed afterwards), so the time
# includes process start-up, the PACS tree, the FHIR documents and manifest.json.
#
#   bench/generate-rate.sh                     # RUNS=5 PATIENTS=50, 2 studies each of 2 series × 5 images
#   RUNS=3 PATIENTS=200 bench/generate-rate.sh
set -euo pipefail

RUNS=${RUNS:-5}
PATIENTS=${PATIENTS:-50}
R2R=0
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d -t generate-rate.XXXXXX)}
harness=$repo/src/ConformanceHarness.Cli/bin/Release/net10.0/harness.dll

# shellcheck source=lib/harness-build.sh
. "$repo/bench/lib/harness-build.sh"

studies=$((PATIENTS * 2))
images=$((studies * 10))
run_once() { # extra options -> wall seconds of one run
  local out=$work/out start end
  rm -rf "$out"
  start=$(date +%s%N)
  dotnet "$harness" generate --out "$out" --patients "$PATIENTS" --studies-per-patient 2 --series 2 --instances 5 --seed 2026 --no-progress "$@" >/dev/null
  end=$(date +%s%N)
  [ "$(find "$out" -name '*.dcm' | wc -l)" = "$images" ] || { echo "expected $images DICOM files in $out" >&2; exit 2; }
  rm -rf "$out"
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

echo "== $studies studies ($images images) per run, RUNS=$RUNS, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %10s %12s %10s\n' "pixels" "median s" "studies/s" "images/s"
for variant in with without; do
  options=(); [ "$variant" = without ] && options=(--no-pixels)
  run_once "${options[@]}" >/dev/null # warm-up
  times=()
  for ((run = 0; run < RUNS; run++)); do times+=("$(run_once "${options[@]}")"); done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  printf '%-14s %10s %12.1f %10.1f\n' "$variant" "$median" "$(echo "$studies / $median" | bc -l)" "$(echo "$images / $median" | bc -l)"
done
