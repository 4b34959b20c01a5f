#!/usr/bin/env bash
# C-STORE throughput on 127.0.0.1, one association, both ends writing files: our SCU → our SCP (two processes of the
# Release bench console) against DCMTK storescu -R → storescp -od (TCP_NODELAY=1 on both ends, docs real-peers.md §7),
# and the loopback ceiling: the same bytes through a plain TCP connection into files. Synthetic CT instances
# (512×512×16 bits, ~0.5 MB, one study, Explicit VR Little Endian) are generated once into a cache folder.
# Everything is measured inside a private network namespace (storescp binds 0.0.0.0): unshare -n, as root or with
# a user namespace. RUNS rounds, each tool once per round (interleaved, so a noisy machine hits all alike), after one
# warm-up round; each run writes into a fresh folder and must end with N files, else the script fails.
#
#   bench/dicom-store-vs-dcmtk.sh                 # N=1000 RUNS=5
#   RUNS=3 PDU=131072 bench/dicom-store-vs-dcmtk.sh   # maximum PDU length for both our ends and DCMTK's
#   CACHE=/path/to/cache WORK=/tmp/store-bench KEEP=1 bench/dicom-store-vs-dcmtk.sh
set -euo pipefail

N=${N:-1000}
RUNS=${RUNS:-5}
PDU=${PDU:-}              # empty: each tool's default (ours 1 MiB; storescu/storescp 16 KiB received, send to the peer's maximum)
TOOLS=${TOOLS:-"ours ours-w8 dcmtk pipe pipe-mem"}   # ours-w8: asynchronous operations window 8; pipe-mem: the plain TCP pipe, received into memory only
LIMIT=${LIMIT:-300}       # seconds any one process may take
repo=$(cd "$(dirname "$0")/.." && pwd)
project=$repo/bench/ConformanceHarness.Dicom.Network.Benchmarks
bench=$project/bin/Release/net10.0/ConformanceHarness.Dicom.Network.Benchmarks.dll
cache=${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/conformance-harness/dicom-store-bench}
instances=$cache/ct-$N

fail() { echo "FAILED: $*" >&2; exit 1; }

if [ "${HX_STORE_BENCH_INNER:-}" != 1 ]; then
  for tool in storescu storescp ss bc unshare ip; do command -v $tool >/dev/null || fail "$tool not found (apt-get install dcmtk iproute2 bc util-linux)"; done
  echo "== building the bench console (Release)"
  dotnet build -c Release "$project" -v q -nologo >/dev/null || fail "dotnet build $project"
  echo "== $N synthetic CT instances in $instances"
  dotnet "$bench" generate --out "$instances" --count "$N"
  work=${WORK:-$(mktemp -d -t dicom-store-bench.XXXXXX)}
  mkdir -p "$work"
  # ext4: every output folder under $work is placed like a top-level directory (Orlov), in a block group of its own.
  # Otherwise the new files land where the previous run's 1,000 were just deleted, and ext4 scans past every inode
  # deleted in the last minute on each create: that cost up to 2 s of system time per 1,000 files here, on
  # whichever receiver came next, and is a property of the benchmark's clean-up, not of the receiver.
  chattr +T "$work" 2>/dev/null || echo "(chattr +T $work failed: not ext4? file creation may be slower after deletions)"
  [ "$(id -u)" = 0 ] && userns=() || userns=(-r)
  exec unshare "${userns[@]}" -n env HX_STORE_BENCH_INNER=1 WORK="$work" bash "$0"
fi

# ---- inside the private network namespace ----
ip link set lo up
work=$WORK
export TCP_NODELAY=1   # DCMTK reads it (dcmnet); without it each 0.5 MB C-STORE stalls ~46 ms on Nagle/delayed ACK
pdu_ours=(); pdu_dcmtk=()
[ -n "$PDU" ] && pdu_ours=(--pdu "$PDU") && pdu_dcmtk=(-pdu "$PDU")

timed() { # cpu-file command…: runs the command, adding its user and system CPU seconds to cpu-file when GNU time is there
  local cpu=$1; shift
  if [ -x /usr/bin/time ]; then /usr/bin/time -f '%U %S' -a -o "$cpu" timeout "$LIMIT" "$@"; else timeout "$LIMIT" "$@"; fi
}

wait_port() { # port: until something listens on 127.0.0.1:port or 0.0.0.0:port
  for ((i = 0; i < 600; i++)); do ss -ltnH "sport = :$1" | grep -q . && return 0; sleep 0.05; done
  fail "nothing listens on port $1 after 30 s"
}

# One transfer: start the receiver, time the sender's whole process, stop the receiver, count the files.
# Prints "<seconds> <cpu seconds of both ends> <seconds the sender measured itself, without process start-up, or ->".
transfer() { # tool port out
  local tool=$1 port=$2 out=$3 cpu=$work/cpu.$tool start end pid
  rm -rf "$out" && mkdir -p "$out" && : >"$cpu"
  local receive send
  case $tool in
    ours) receive=(dotnet "$bench" listen --port "$port" --out "$out" "${pdu_ours[@]}")
          send=(dotnet "$bench" send --port "$port" --dir "$instances" "${pdu_ours[@]}") ;;
    ours-w8) receive=(dotnet "$bench" listen --port "$port" --out "$out" "${pdu_ours[@]}")
          send=(dotnet "$bench" send --port "$port" --dir "$instances" --window 8 "${pdu_ours[@]}") ;;
    dcmtk) receive=(storescp -od "$out" -aet BENCHSCP "${pdu_dcmtk[@]}" "$port")
           send=(storescu -R -aet BENCHSCU -aec BENCHSCP "${pdu_dcmtk[@]}" 127.0.0.1 "$port" +sd "$instances") ;;
    pipe) receive=(dotnet "$bench" pipe-listen --port "$port" --out "$out")
          send=(dotnet "$bench" pipe-send --port "$port" --dir "$instances") ;;
    pipe-mem) receive=(dotnet "$bench" pipe-listen --port "$port" --out "$out" --no-disk)
              send=(dotnet "$bench" pipe-send --port "$port" --dir "$instances") ;;
  esac
  timed "$cpu" "${receive[@]}" >"$work/$tool.receive.log" 2>&1 &
  pid=$!
  wait_port "$port"
  start=$(date +%s.%N)
  timed "$cpu" "${send[@]}" >"$work/$tool.send.log" 2>&1 \
    || { kill "$pid" 2>/dev/null; cat "$work/$tool.send.log" >&2; fail "$tool: the sender failed"; }
  end=$(date +%s.%N)
  [ "$tool" = dcmtk ] && stop "$pid"   # storescp serves until stopped; it wrote each file before answering
  wait "$pid" 2>/dev/null || [ "$tool" = dcmtk ] || { cat "$work/$tool.receive.log" >&2; fail "$tool: the receiver failed"; }
  local files; files=$(find "$out" -type f ! -name '*.partial' | wc -l)
  [ "$tool" = pipe-mem ] && files=$(sed -n 's/^received \([0-9]*\) files.*/\1/p' "$work/$tool.receive.log")
  [ "$files" = "$N" ] || fail "$tool: $files files arrived in $out, expected $N"
  [ "${KEEP:-}" = 1 ] || rm -rf "$out"
  local inside; inside=$(sed -n 's/^sent [0-9]* [a-z]* in \([0-9.]*\) s .*/\1/p' "$work/$tool.send.log")
  echo "$(echo "$end - $start" | bc -l) $(awk '{ s += $1 + $2 } END { printf "%.2f", s }' "$cpu") ${inside:--}"
}

stop() { # pid: TERM to the innermost process under it (time → timeout → storescp), by process id; the others then exit
  local children child
  children=$(ps -o pid= --ppid "$1" || true)
  [ -z "$children" ] && { kill -TERM "$1" 2>/dev/null || true; return; }
  for child in $children; do stop "$child"; done
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== warming the page cache ($(du -sh "$instances" | cut -f1))"
cat "$instances"/*.dcm >/dev/null
echo "== warm-up round (not counted)"
for tool in $TOOLS; do transfer "$tool" 11000 "$work/out-warmup-$tool" >/dev/null; done

declare -A rates cpus insides
printf '\n%-5s %-8s %10s %12s %14s %8s\n' run tool seconds instances/s "in-process/s" cpu-s
for ((run = 1; run <= RUNS; run++)); do
  port=$((11100 + run * 10))
  for tool in $TOOLS; do
    result=$(transfer "$tool" "$port" "$work/out-$run-$tool")
    read -r seconds cpu inside <<<"$result"
    port=$((port + 1))
    rate=$(echo "$N / $seconds" | bc -l)
    rates[$tool]+="$rate "; cpus[$tool]+="$cpu "
    inside_rate=-
    [ "$inside" != - ] && inside_rate=$(printf '%.0f' "$(echo "$N / $inside" | bc -l)") && insides[$tool]+="$inside_rate "
    printf '%-5s %-8s %10.3f %12.0f %14s %8s\n' "$run" "$tool" "$seconds" "$rate" "$inside_rate" "$cpu"
  done
done

echo
declare -A medians inside_medians
for tool in $TOOLS; do
  medians[$tool]=$(tr ' ' '\n' <<<"${rates[$tool]}" | grep . | median)
  line=$(printf '%-8s median %6.0f instances/s' "$tool" "${medians[$tool]}")
  if [ -n "${insides[$tool]:-}" ]; then
    inside_medians[$tool]=$(tr ' ' '\n' <<<"${insides[$tool]}" | grep . | median)
    line+=$(printf ' (%.0f without process start-up)' "${inside_medians[$tool]}")
  fi
  echo "$line; CPU of both ends $(tr ' ' '\n' <<<"${cpus[$tool]}" | grep . | median) s"
done
if [ -n "${medians[ours]:-}" ] && [ -n "${medians[dcmtk]:-}" ]; then
  printf 'ratio ours/DCMTK  %.2f whole processes, %.2f without our start-up   (target >= 1.5)\n' \
    "$(echo "${medians[ours]} / ${medians[dcmtk]}" | bc -l)" "$(echo "${inside_medians[ours]} / ${medians[dcmtk]}" | bc -l)"
fi
if [ -n "${medians[ours-w8]:-}" ] && [ -n "${medians[dcmtk]:-}" ]; then
  printf 'ratio ours-w8/DCMTK  %.2f whole processes, %.2f without our start-up\n' \
    "$(echo "${medians[ours-w8]} / ${medians[dcmtk]}" | bc -l)" "$(echo "${inside_medians[ours-w8]} / ${medians[dcmtk]}" | bc -l)"
fi
bytes_per_instance=$(( $(du -sb "$instances" | cut -f1) / N ))
for tool in pipe pipe-mem; do
  [ -n "${inside_medians[$tool]:-}" ] || continue
  printf 'loopback ceiling  %.0f instances/s (%.0f MB/s), plain TCP %s, without process start-up\n' "${inside_medians[$tool]}" \
    "$(echo "${inside_medians[$tool]} * $bytes_per_instance / 1000000" | bc -l)" "$([ $tool = pipe ] && echo "into files" || echo "into memory")"
done
echo "(seconds: from the receiver listening to the sender's exit; $N instances; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
[ "${KEEP:-}" = 1 ] || rm -rf "$work"
