#!/usr/bin/python3
"""Writes the fuzzers' seed corpora into tests/fuzz/corpus/ from zone directories.

usage: tests/fuzz/make_seeds.py [ZONE_DIR...]
       (default: docs/examples/mini, tests/bad_inputs/*, and chains/)

corpus/zone/   one seed per zone: its files packed as SplitZoneInput (fuzz_checks.h) reads
               them; for a zone too big for one seed (the default data in chains/), one
               seed per chain: the zone cut down to that chain, its facts and the records
               on it; used by zone_loader_fuzzer, zone_roundtrip_fuzzer and
               zone_analysis_fuzzer
corpus/json/   every .json file of up to 64 KB on its own; used by json_document_fuzzer
corpus/csv/    the registry CSVs of tests/fixtures/import/ and tests/bad_csv/; used by
               enterprise_csv_fuzzer
Seeds are named after their source so that re-running replaces rather than adds:
re-run after changing the data under chains/.
"""
import json
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


def pack(files):
    """The files as one input, as SplitZoneInput reads them (zone.json first, unnamed)."""
    packed = files.get("zone.json", b"")
    first = "zone.json" not in files
    for name, content in files.items():
        if name == "zone.json":
            continue
        packed += (b"" if first else b"\n") + b"--- " + name.encode() + b"\n" + content
        first = False
    return packed


def dump(value):
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def chain_slices(files):
    """For each chain of a zone: the zone with that chain alone, its enterprises, candidates
    and projects cut down to the records with a link on it (links elsewhere dropped)."""
    try:
        zone = json.loads(files["zone.json"].decode("utf-8-sig"))
    except (KeyError, ValueError):
        return
    for chain in zone.get("chains", []):
        on_chain = lambda links: [l for l in links if l.startswith(chain + "/")]
        facts = [f for f in zone.get("facts", []) if f.get("chain", chain) == chain]
        sliced = dict(zone, chains=[chain], cross_edges=[], facts=facts)
        if chain + ".json" not in files:
            continue
        out = {"zone.json": dump(sliced), chain + ".json": files[chain + ".json"]}
        kept = set()
        loaded = {}
        for name in ("enterprises.json", "candidates.json"):
            if name in files:
                loaded[name] = json.loads(files[name].decode("utf-8-sig"))["enterprises"]
                kept.update(e["id"] for e in loaded[name] if on_chain(e.get("links", [])))
        for name, enterprises in loaded.items():
            records = []
            for e in enterprises:
                links = on_chain(e.get("links", []))
                if links:
                    record = dict(e, links=links)
                    if "ties" in e:  # ties to firms cut away with their chain go too
                        record["ties"] = [t for t in e["ties"] if t.get("enterprise") in kept]
                    records.append(record)
            out[name] = dump({"enterprises": records})
        if "projects.json" in files:
            records = []
            for p in json.loads(files["projects.json"].decode("utf-8-sig"))["projects"]:
                links = on_chain(p.get("links", []))
                enterprise = p.get("enterprise")
                if links and (enterprise is None or enterprise in kept):
                    record = dict(p, links=links)
                    if "partners" in p:
                        record["partners"] = [e for e in p["partners"] if e in kept]
                    records.append(record)
            out["projects.json"] = dump({"projects": records})
        yield chain, out


def csv_seeds():
    (CORPUS / "csv").mkdir(parents=True, exist_ok=True)
    for folder in (ROOT / "tests" / "fixtures" / "import", ROOT / "tests" / "bad_csv"):
        for path in sorted(folder.glob("*.csv")):
            name = "-".join(path.relative_to(ROOT / "tests").parts)
            (CORPUS / "csv" / name).write_bytes(path.read_bytes())


def main():
    csv_seeds()
    (CORPUS / "zone").mkdir(parents=True, exist_ok=True)
    (CORPUS / "json").mkdir(parents=True, exist_ok=True)
    for zone_dir in zone_dirs(sys.argv[1:]):
        files = {p.name: p.read_bytes() for p in sorted(zone_dir.glob("*.json"))}
        if not files:
            continue
        name = seed_name(zone_dir)
        packed = pack(files)
        if len(packed) <= MAX_SEED:
            (CORPUS / "zone" / (name + ".txt")).write_bytes(packed)
        else:
            for chain, sliced in chain_slices(files):
                packed = pack(sliced)
                if len(packed) <= MAX_SEED:
                    (CORPUS / "zone" / (name + "-" + chain + ".txt")).write_bytes(packed)
                else:
                    print(f"{name}: chain {chain} is {len(packed)} bytes, over {MAX_SEED}; "
                          "no seed", file=sys.stderr)
        for file_name, content in files.items():
            if len(content) <= MAX_SEED:
                (CORPUS / "json" / (name + "-" + file_name)).write_bytes(content)


if __name__ == "__main__":
    main()
