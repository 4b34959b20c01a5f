#!/usr/bin/env bash
# Whole-process wall time: our DICOM conformance engine over a folder of N synthetic CT instances (one study, ~0.5 MB
# each) against dicom3tools: dciodvfy on each file in a loop, plus dcentvfy on the whole set. Medians of RUNS rounds;
# each round runs every command once, interleaved, after one uncounted round and a warm page cache.
#
#   bench/dicom-validate-vs-dicom3tools.sh              # N=1000 RUNS=5 PACK=ontario
#   RUNS=3 WORK=/tmp/validate-bench bench/dicom-validate-vs-dicom3tools.sh
#   PACK=all bench/dicom-validate-vs-dicom3tools.sh     # every registered rule with default parameters instead
#   BEFORE=/tmp/old-release/harness.dll bench/dicom-validate-vs-dicom3tools.sh   # also time another harness build, interleaved
#
# Ours is `harness dicom validate --pack PACK DIR` (Release harness.dll; PACK=ontario: Fixtures/Packs/ontario-mi-dicom,
# the default pack; PACK=all: every registered rule, written by the bench console) when the CLI has that command, else
# the bench console's own `validate DIR` (every registered rule).
set -euo pipefail

N=${N:-1000}
RUNS=${RUNS:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA:-$HOME/.cache/conformance-harness/dicom-validate-bench/ct-$N}
work=${WORK:-$(mktemp -d -t dicom-validate-bench.XXXXXX)}
mkdir -p "$work"
bench=$repo/bench/ConformanceHarness.Dicom.Validation.Benchmarks
bench_dll=$bench/bin/Release/net10.0/ConformanceHarness.Dicom.Validation.Benchmarks.dll
harness=$repo/src/ConformanceHarness.Cli/bin/Release/net10.0/harness.dll

for tool in dciodvfy dcentvfy bc; do command -v $tool >/dev/null || { echo "$tool not found (apt-get install dicom3tools bc)" >&2; exit 2; }; done

echo "== building (Release)"
dotnet build -c Release "$bench" -v q -nologo >/dev/null
dotnet build -c Release "$repo/src/ConformanceHarness.Cli" -v q -nologo >/dev/null 2>&1 || true
dotnet "$bench_dll" generate "$data" "$N"

if [ "${PACK:-ontario}" = all ]; then
  dotnet "$bench_dll" pack "$work/pack" >/dev/null; pack=$work/pack; pack_name="every registered rule"
else
  pack=$repo/Fixtures/Packs/ontario-mi-dicom; pack_name="ontario-mi-dicom"
fi
probe=$( [ -f "$harness" ] && dotnet "$harness" dicom validate --pack "$pack" "$data/CT0001.dcm" 2>&1 || true)
if [ -f "$harness" ] && [[ $probe != *"unknown command"* ]]; then
  ours="dotnet $harness dicom validate --pack $pack $data"; ours_name="harness dicom validate --pack ($pack_name)"
else
  ours="dotnet $bench_dll validate $data"; ours_name="bench console validate (no 'harness dicom validate' yet)"
fi
iod="for f in $data/*.dcm; do dciodvfy \"\$f\"; done"
ent="dcentvfy $data/*.dcm"

echo "== warming the page cache; one uncounted round"
cat "$data"/*.dcm >/dev/null
before=${BEFORE:+dotnet $BEFORE dicom validate --pack $pack $data}
for cmd in "$ours" "$iod" "$ent" ${before:+"$before"}; do bash -c "$cmd" >/dev/null 2>&1 || true; done

seconds() { local start end; start=$(date +%s.%N); bash -c "$1" >"$2" 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

: >"$work/ours.times"; : >"$work/iod.times"; : >"$work/ent.times"; : >"$work/before.times"
for ((run = 1; run <= RUNS; run++)); do
  [ -n "$before" ] && seconds "$before" "$work/before.log" >>"$work/before.times"
  seconds "$ours" "$work/ours.log" >>"$work/ours.times"
  seconds "$iod" "$work/iod.log" >>"$work/iod.times"
  seconds "$ent" "$work/ent.log" >>"$work/ent.times"
  echo "   round $run: ours $(tail -1 "$work/ours.times") s${before:+, before $(tail -1 "$work/before.times") s}, dciodvfy loop $(tail -1 "$work/iod.times") s, dcentvfy $(tail -1 "$work/ent.times") s (load $(cut -d' ' -f1 /proc/loadavg))"
done

ours_m=$(median <"$work/ours.times"); iod_m=$(median <"$work/iod.times"); ent_m=$(median <"$work/ent.times")
both=$(echo "$iod_m + $ent_m" | bc -l)
echo
echo "$ours_name: $(head -1 "$work/ours.log" | cut -c1-100); $(grep -c '^Error' "$work/iod.log" || true) dciodvfy Error lines, $(grep -c '^Error' "$work/ent.log" || true) dcentvfy Error lines (last round)"
printf '%-28s median %8.3f s  (%s files)\n' "ours" "$ours_m" "$N"
printf '%-28s median %8.3f s\n' "dciodvfy, one per file" "$iod_m"
printf '%-28s median %8.3f s\n' "dcentvfy on the set" "$ent_m"
printf 'ratio (dciodvfy + dcentvfy) / ours  %.1f\n' "$(echo "$both / $ours_m" | bc -l)"
if [ -n "$before" ]; then
  before_m=$(median <"$work/before.times")
  printf '%-28s median %8.3f s  (ratio %.1f)\n' "before ($BEFORE)" "$before_m" "$(echo "$both / $before_m" | bc -l)"
fi
echo "logs and times in $work"
