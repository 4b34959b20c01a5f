#!/usr/bin/env bash
# Whole-process wall time: `harness dicom scan DIR` (the Release harness.dll) against DCMTK's dcmdump over
# the same folder of N copies of the public DICOM corpus, both header-only (stop before Pixel Data).
# Median of RUNS runs each, after one warm-up; hyperfine when installed, else a bash loop over date +%s.%N.
# With R2R=1 (the default) a ReadyToRun-published harness.dll is timed as well: the difference is JIT time,
# mostly of the codec itself now that the generated dictionary tables are data (set R2R=0 to skip).
#
#   bench/dicom-scan-vs-dcmdump.sh            # N=2000 RUNS=5
#   N=500 RUNS=3 bench/dicom-scan-vs-dcmdump.sh
#   DICOM_CORPUS=/path/to/dicom WORK=/tmp/scan-bench bench/dicom-scan-vs-dcmdump.sh
set -euo pipefail

N=${N:-2000}
RUNS=${RUNS:-5}
R2R=${R2R:-1}
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${DICOM_CORPUS:-$repo/../shared/corpus/dicom/public}
work=${WORK:-$(mktemp -d -t dicom-scan-bench.XXXXXX)}
harness=$repo/src/ConformanceHarness.Cli/bin/Release/net10.0/harness.dll

command -v dcmdump >/dev/null || { echo "dcmdump not found (apt-get install dcmtk)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no DICOM corpus at $corpus (set DICOM_CORPUS)" >&2; exit 2; }

# shellcheck source=lib/harness-build.sh
. "$repo/bench/lib/harness-build.sh"

echo "== $N copies of $corpus in $work/corpus (100 per folder)"
rm -rf "$work/corpus"
mapfile -t files < <(find "$corpus" -type f -name '*.dcm' | sort)
for ((i = 0; i < N; i++)); do
  folder=$work/corpus/$((i / 100))
  mkdir -p "$folder"
  cp "${files[i % ${#files[@]}]}" "$folder/$i.dcm"
done

# Both tools print to /dev/null; dcmdump exits 1 on a file it cannot parse (SC_rgb_jpeg.dcm), so failures are ignored.
scan="dotnet $harness dicom scan $work/corpus"
dump="dcmdump -q -M +sb 7fe0,0010 +sd +r $work/corpus"
r2r="dotnet $r2r_harness dicom scan $work/corpus"

median_of() { # command -> median wall seconds of RUNS runs
  local times=() start end
  for ((run = 0; run < RUNS; run++)); do
    start=$(date +%s.%N); bash -c "$1" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

if command -v hyperfine >/dev/null; then
  echo "== hyperfine: $RUNS runs each, 1 warm-up"
  extra=(); [ "$R2R" = 1 ] && extra=(-n "harness dicom scan (ReadyToRun)" "$r2r")
  hyperfine --warmup 1 --runs "$RUNS" --ignore-failure --export-json "$work/hyperfine.json" \
    -n "harness dicom scan" "$scan" -n dcmdump "$dump" "${extra[@]}"
  scan_median=$(jq -r '.results[0].median' "$work/hyperfine.json")
  dump_median=$(jq -r '.results[1].median' "$work/hyperfine.json")
  [ "$R2R" = 1 ] && r2r_median=$(jq -r '.results[2].median' "$work/hyperfine.json")
else
  echo "== bash loop: $RUNS runs each, 1 warm-up"
  bash -c "$scan" >/dev/null 2>&1 || true; bash -c "$dump" >/dev/null 2>&1 || true
  scan_median=$(median_of "$scan")
  dump_median=$(median_of "$dump")
  [ "$R2R" = 1 ] && { bash -c "$r2r" >/dev/null 2>&1 || true; r2r_median=$(median_of "$r2r"); }
fi

printf '\n%-22s median %8.3f s  (%s files)\n' "harness dicom scan" "$scan_median" "$N"
printf '%-22s median %8.3f s\n' "dcmdump" "$dump_median"
printf 'ratio harness/dcmdump  %.2f\n' "$(echo "$scan_median / $dump_median" | bc -l)"
if [ "$R2R" = 1 ]; then
  printf '%-22s median %8.3f s\n' "harness (ReadyToRun)" "$r2r_median"
  printf 'ratio ReadyToRun/dcmdump %.2f\n' "$(echo "$r2r_median / $dump_median" | bc -l)"
fi
