# Sourced by the bench scripts: builds the harness (Release) and, when R2R=1, publishes a ReadyToRun copy into
# $work/harness-r2r (sets r2r_harness; R2R becomes 0 when the platform has no runtime identifier or publishing fails).
# Needs $repo, $work and $R2R.
echo "== building harness (Release)"
dotnet build -c Release "$repo/src/ConformanceHarness.Cli" -v q -nologo >/dev/null

r2r_harness=$work/harness-r2r/harness.dll
if [ "$R2R" = 1 ]; then
  case $(uname -m) in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) rid= ;; esac
  echo "== publishing harness ReadyToRun ($rid)"
  [ -n "$rid" ] && dotnet publish "$repo/src/ConformanceHarness.Cli" -c Release -r "$rid" --self-contained false \
    -p:PublishReadyToRun=true -o "$work/harness-r2r" -v q -nologo >/dev/null || R2R=0
fi
