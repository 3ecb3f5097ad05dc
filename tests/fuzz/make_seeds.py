#!/usr/bin/python3
"""Writes the fuzzers' seed corpora into tests/fuzz/corpus/ from zone directories.

usage: tests/fuzz/make_seeds.py [ZONE_DIR...]
       (default: docs/examples/mini, tests/bad_inputs/*, and chains/)

corpus/zone/   one seed per zone: its files packed as SplitZoneInput (fuzz_checks.h) reads
               them; used by zone_loader_fuzzer and zone_roundtrip_fuzzer
corpus/json/   every .json file on its own; used by json_document_fuzzer
Seeds are named after their source so that re-running replaces rather than adds:
re-run after changing the data under chains/.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
MAX_SEED = 64 * 1024  # bigger seeds slow the fuzzers more than they help


def zone_dirs(args):
    if args:
        return [pathlib.Path(a) for a in args]
    dirs = [ROOT / "docs" / "examples" / "mini"]
    dirs += sorted(p for p in (ROOT / "tests" / "bad_inputs").glob("*") if p.is_dir())
    dirs.append(ROOT / "chains")
    return dirs


def seed_name(zone_dir):
    try:
        rel = zone_dir.resolve().relative_to(ROOT)
    except ValueError:
        rel = pathlib.Path(*zone_dir.resolve().parts[-2:])
    return "-".join(rel.parts)


def main():
    (CORPUS / "zone").mkdir(parents=True, exist_ok=True)
    (CORPUS / "json").mkdir(parents=True, exist_ok=True)
    for zone_dir in zone_dirs(sys.argv[1:]):
        files = {p.name: p.read_bytes() for p in sorted(zone_dir.glob("*.json"))}
        if not files:
            continue
        packed = files.get("zone.json", b"")
        first = "zone.json" not in files
        for name, content in files.items():
            if name == "zone.json":
                continue
            packed += (b"" if first else b"\n") + b"--- " + name.encode() + b"\n" + content
            first = False
        name = seed_name(zone_dir)
        if len(packed) <= MAX_SEED:
            (CORPUS / "zone" / (name + ".txt")).write_bytes(packed)
        for file_name, content in files.items():
            if len(content) <= MAX_SEED:
                (CORPUS / "json" / (name + "-" + file_name)).write_bytes(content)


if __name__ == "__main__":
    main()
