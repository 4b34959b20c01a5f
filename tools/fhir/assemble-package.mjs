// Assembles a pack's FHIR package from SUSHI's output: PACK/package/ gets package.json (from sushi-config.yaml),
// .index.json (index-version 2), one resource per file as SUSHI wrote it, and other/requirements.json (the pack's
// requirement catalogue, so a .tgz of the package carries it). The folder is rebuilt from scratch, files in name
// order, JSON as SUSHI wrote it: the same input gives byte-identical output, which CI checks.
//
//   node tools/fhir/assemble-package.mjs Fixtures/Packs/ontario-mi-fhir
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const pack = process.argv[2];
if (!pack) { console.error('usage: assemble-package.mjs PACK-FOLDER'); process.exit(2); }
const generated = join(pack, 'fsh-generated', 'resources');
if (!existsSync(generated)) { console.error(`${generated}: no SUSHI output (run sushi build first)`); process.exit(2); }

/** The top-level scalar keys and the dependencies map of sushi-config.yaml (the subset a pack config uses). */
function readConfig(path) {
  const config = { dependencies: {} };
  let section = null;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\s+#.*$/, '');
    if (!line.trim()) continue;
    const top = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (top) { section = top[2] === '' ? top[1] : null; if (top[2] !== '') config[top[1]] = unquote(top[2]); continue; }
    const nested = /^\s+([\w.-]+):\s*(.+)$/.exec(line);
    if (nested && section === 'dependencies') config.dependencies[nested[1]] = unquote(nested[2]);
  }
  return config;
}

function unquote(value) { return value.trim().replace(/^(['"])(.*)\1$/, '$2'); }

const config = readConfig(join(pack, 'sushi-config.yaml'));
for (const key of ['canonical', 'version', 'fhirVersion']) if (!config[key]) { console.error(`${pack}/sushi-config.yaml: no ${key}`); process.exit(2); }

const out = join(pack, 'package');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'other'), { recursive: true });

const files = readdirSync(generated).filter(f => f.endsWith('.json')).sort();
const index = [];
for (const file of files) {
  const resource = JSON.parse(readFileSync(join(generated, file), 'utf8'));
  copyFileSync(join(generated, file), join(out, file));
  const entry = { filename: file, resourceType: resource.resourceType, id: resource.id };
  for (const key of ['url', 'version', 'kind', 'type']) if (typeof resource[key] === 'string') entry[key] = resource[key];
  index.push(entry);
}

// The validator resolves only the core package: the SUSHI-time dependencies (terminology, extensions, the tools stub)
// are build inputs, listed under "x-build-dependencies" so a reader sees them.
const manifest = {
  name: `conformance-harness.${basename(pack)}`,
  version: config.version,
  canonical: config.canonical,
  fhirVersions: [config.fhirVersion],
  description: config.description ?? `${basename(pack)}: a ConformanceHarness reconstruction, compiled from FSH with SUSHI`,
  dependencies: { 'hl7.fhir.r4.core': '4.0.1' },
  'x-build-dependencies': config.dependencies,
};
writeFileSync(join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(join(out, '.index.json'), JSON.stringify({ 'index-version': 2, files: index }, null, 2) + '\n');
if (existsSync(join(pack, 'requirements.json'))) copyFileSync(join(pack, 'requirements.json'), join(out, 'other', 'requirements.json'));
console.log(`${out}: ${files.length} resources`);
