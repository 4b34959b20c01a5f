#!/usr/bin/env bash
# Writes an empty FHIR package (package.json only) into a cache: for a dependency SUSHI adds automatically that is not
# on npm (hl7.fhir.uv.tools.r4), so that a pinned, configured version replaces it and the build needs no network.
#
#   tools/fhir/fhir-stub-package.sh CACHE hl7.fhir.uv.tools.r4 0.0.0-offline-stub
set -euo pipefail
cache=${1:?usage: fhir-stub-package.sh CACHE NAME VERSION} name=${2:?} version=${3:?}
target=$cache/$name#$version/package
[ -f "$target/package.json" ] && exit 0
mkdir -p "$target"
printf '{\n  "name": "%s",\n  "version": "%s",\n  "fhirVersions": ["4.0.1"],\n  "description": "Empty offline stub: SUSHI adds this dependency itself; it is not on npm and nothing here uses it.",\n  "dependencies": {}\n}\n' "$name" "$version" >"$target/package.json"
echo "stubbed $name#$version"
