#!/usr/bin/python3
"""Checks a zone directory's files against docs/schema/ (JSON Schema 2020-12).

usage: check_schema.py SCHEMA_DIR ZONE_DIR    prints one line per problem; exit 1 if any
"""
import json
import pathlib
import sys

import jsonschema

schema_dir, zone_dir = map(pathlib.Path, sys.argv[1:3])
schemas = {name: json.loads((schema_dir / f"{name}.schema.json").read_text())
           for name in ("zone", "chain", "enterprises", "projects")}
zone = json.loads((zone_dir / "zone.json").read_text(encoding="utf-8-sig"))
plan = [("zone.json", "zone")] + [(f"{c}.json", "chain") for c in zone["chains"]]
plan += [(f, "enterprises") for f in ("enterprises.json", "candidates.json")]
plan += [("projects.json", "projects")]
problems = 0
for file, kind in plan:
    path = zone_dir / file
    if not path.exists():
        continue
    validator = jsonschema.Draft202012Validator(schemas[kind])
    for error in validator.iter_errors(json.loads(path.read_text(encoding="utf-8-sig"))):
        problems += 1
        print(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
print(f"checked {len(plan)} files, {problems} problems")
sys.exit(1 if problems else 0)
