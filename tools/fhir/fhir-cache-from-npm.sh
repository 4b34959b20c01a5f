#!/usr/bin/env bash
# Puts FHIR packages from the npm registry into a FHIR package cache folder (NAME#VERSION/package/…), with `npm pack`:
# the tarball is a FHIR package as published. Already present packages are left alone. The cache is the isolated one
# of tools/fhir/build-packs.sh (inside the repository, gitignored), never the user's ~/.fhir.
#
#   tools/fhir/fhir-cache-from-npm.sh CACHE hl7.terminology.r4@7.0.1 hl7.fhir.uv.extensions.r4@5.3.0-ballot-tc1
set -euo pipefail
cache=${1:?usage: fhir-cache-from-npm.sh CACHE NAME@VERSION...}
shift
mkdir -p "$cache"
for spec in "$@"; do
  name=${spec%@*} version=${spec##*@}
  target=$cache/$name#$version
  [ -f "$target/package/package.json" ] && continue
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$spec" >/dev/null) || { echo "npm pack $spec failed" >&2; rm -rf "$work"; exit 1; }
  mkdir -p "$target.partial" && tar -xzf "$work"/*.tgz -C "$target.partial"
  [ -f "$target.partial/package/package.json" ] || { echo "$spec: the tarball has no package/package.json" >&2; exit 1; }
  rm -rf "$target" && mv "$target.partial" "$target" && rm -rf "$work"
  echo "cached $name#$version"
done
