#!/usr/bin/env bash
# Rebuilds the FSH conformance packs in Fixtures/Packs (every folder with a sushi-config.yaml, or the ones named):
# SUSHI 3.21.0 (pinned in tools/package.json) compiles input/fsh, offline, against an isolated FHIR package cache in
# .fhir-home/ (gitignored; fhir-package-loader reads $HOME/.fhir/packages, so HOME points there, never at the user's
# ~/.fhir). The cache holds the core package as this repository's own builder makes it (harness fhir core build: the
# same folder the validator uses), the pinned terminology and extensions packages from npm, and an empty stub for
# hl7.fhir.uv.tools.r4. A pack's package/ is then assembled from SUSHI's output (tools/fhir/assemble-package.mjs).
# Fails on any SUSHI error or warning. CI runs it and then fails when the committed package/ differs.
#
#   tools/fhir/build-packs.sh                      # every pack
#   tools/fhir/build-packs.sh ontario-mi-fhir      # one
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
packs_dir=$repo/Fixtures/Packs
fhir_home=$repo/.fhir-home
cache=$fhir_home/.fhir/packages
sushi=$repo/tools/node_modules/.bin/sushi

[ -x "$sushi" ] || { echo "SUSHI is not installed: cd tools && npm ci" >&2; exit 2; }

core=$cache/hl7.fhir.r4.core#4.0.1
if [ ! -f "$core/package/package.json" ]; then
  echo "== core package (harness fhir core build)"
  dotnet run --project "$repo/src/ConformanceHarness.Cli" -v q -- fhir core build --out "$core" >/dev/null
fi
"$repo/tools/fhir/fhir-cache-from-npm.sh" "$cache" hl7.terminology.r4@7.0.1 hl7.fhir.uv.extensions.r4@5.3.0-ballot-tc1
"$repo/tools/fhir/fhir-stub-package.sh" "$cache" hl7.fhir.uv.tools.r4 0.0.0-offline-stub

if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for config in "$packs_dir"/*/sushi-config.yaml; do [ -f "$config" ] && names+=("$(basename "$(dirname "$config")")"); done
fi
status=0
for name in "${names[@]}"; do
  pack=$packs_dir/$name
  [ -f "$pack/sushi-config.yaml" ] || { echo "$name: no $pack/sushi-config.yaml" >&2; status=2; continue; }
  echo "== $name"
  log=$(mktemp)
  rm -rf "$pack/fsh-generated"
  if HOME=$fhir_home "$sushi" build "$pack" >"$log" 2>&1; then
    if grep -qE '^\s*warn ' "$log"; then grep -E '^\s*(warn|error) ' "$log" >&2; echo "$name: SUSHI warnings (a pack builds with none)" >&2; status=1
    else node "$repo/tools/fhir/assemble-package.mjs" "$pack"; fi
  else
    grep -E '^\s*(warn|error) ' "$log" >&2 || tail -20 "$log" >&2
    echo "$name: SUSHI failed" >&2; status=1
  fi
  rm -rf "$pack/fsh-generated" "$log"
done
exit $status
