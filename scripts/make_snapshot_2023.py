#!/usr/bin/env python3
"""Writes snapshots/2023-06: the zone as the 2023 first-half summary alone shows it.

Derived from chains/ (2024-06): every record that cites the 2024 summary (001_...) loses
that citation; a record left without a source is dropped (it is known only from 2024).
The chains' links and edges are the taxonomy, not a finding of either summary, and stay
as they are, so that a diff of the two states compares the zone and not the taxonomy.
Run from the repository root: python3 scripts/make_snapshot_2023.py
"""
import json
import pathlib

SRC = pathlib.Path("chains")
OUT = pathlib.Path("snapshots/2023-06")
LATER = "001_c733a3e8616874ce.txt"
NOTE = "Snapshot as of 2023-06: records and citations from the 2024 summary removed (scripts/make_snapshot_2023.py)."


def sources(record):
    s = record.get("source", [])
    return [s] if isinstance(s, str) else list(s)


def keep(record):
    """The record without the 2024 citations, or None when nothing else sources it."""
    rest = [s for s in sources(record) if LATER not in s]
    if not rest:
        return None
    record = dict(record)
    record["source"] = rest[0] if len(rest) == 1 else rest
    return record


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    zone = json.loads((SRC / "zone.json").read_text())
    zone["as_of"] = "2023-06"
    zone["note"] = zone["note"] + " " + NOTE
    zone["source"] = [s for s in sources(zone) if LATER not in s]
    zone["facts"] = [f for f in (keep(f) for f in zone["facts"]) if f]
    zone["cross_edges"] = [e for e in (keep(e) for e in zone["cross_edges"]) if e]
    (OUT / "zone.json").write_text(json.dumps(zone, ensure_ascii=False, indent=2) + "\n")
    for chain in zone["chains"]:
        data = json.loads((SRC / f"{chain}.json").read_text())
        data["as_of"] = "2023-06"
        data["source"] = [s for s in sources(data) if LATER not in s] or ["[inf] chain choice: docs/chains.md"]
        for link in data["links"]:
            rest = [s for s in sources(link) if LATER not in s]
            link["source"] = rest or ["[inf] taxonomy link, kept as in chains/ (2024-06)"]
        (OUT / f"{chain}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    for name in ("enterprises", "candidates"):
        data = json.loads((SRC / f"{name}.json").read_text())
        data["enterprises"] = [e for e in (keep(e) for e in data["enterprises"]) if e]
        (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    known = set()
    for name in ("enterprises", "candidates"):
        known |= {e["id"] for e in json.loads((OUT / f"{name}.json").read_text())["enterprises"]}
    projects = json.loads((SRC / "projects.json").read_text())
    kept = []
    for p in projects["projects"]:
        p = keep(p)
        if p is None:
            continue
        if p.get("enterprise") and p["enterprise"] not in known:
            del p["enterprise"]
        kept.append(p)
    projects["projects"] = kept
    (OUT / "projects.json").write_text(json.dumps(projects, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
