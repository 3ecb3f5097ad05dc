"""The zone as analysis_bench --export writes it, for the NetworkX peer
(bench/analysis_networkx.py): the records, the names of roles, stages, statuses and gap
types, and the rounding every score part goes through."""
import math
import sys
from collections import namedtuple

LEADER, CORE = 1, 2
NEGOTIATING = 1
GROUP, SUPPLIER, CUSTOMER = 0, 1, 2
STRONG, WEAK, FILLING, MISSING = "strong", "weak", "filling", "missing"
NONE, FILL, EXTEND, STRENGTHEN = "none", "fill", "extend", "strengthen"

Enterprise = namedtuple("Enterprise", "id local role tags links revenue region ties sources")
Project = namedtuple("Project", "id enterprise links stage investment partners")


def key_list(text):
    return tuple(tuple(map(int, k.split(":"))) for k in text.split(",")) if text else ()


def load(d):
    zone = {"links": {}, "edges": {}, "cross": [], "ent": [], "proj": [], "settings": {}}
    with open(f"{d}/links.tsv", encoding="utf-8") as f:
        for line in f:
            c, l, qid, stage, pursued = line.rstrip("\n").split("\t")
            zone["links"][(int(c), int(l))] = (qid, int(stage), pursued == "1")
    with open(f"{d}/edges.tsv") as f:
        for line in f:
            c, u, v = map(int, line.split())
            zone["edges"].setdefault(c, []).append((u, v))
    with open(f"{d}/cross_edges.tsv") as f:
        for line in f:
            a, b, c, e = map(int, line.split())
            zone["cross"].append(((a, b), (c, e)))
    with open(f"{d}/enterprises.tsv", encoding="utf-8") as f:
        for line in f:
            i, local, role, tags, links, value, unit, region, ties, sources = \
                line.rstrip("\n").split("\t")
            ties = tuple((t.rsplit(":", 1)[0], int(t.rsplit(":", 1)[1]))
                         for t in ties.split(",")) if ties else ()
            zone["ent"].append(Enterprise(
                i, local == "1", int(role), tuple(tags.split("|")) if tags else (),
                key_list(links), (float(value), unit) if value else None, sys.intern(region),
                ties, tuple(sources.split("|")) if sources else ()))
    with open(f"{d}/projects.tsv", encoding="utf-8") as f:
        for line in f:
            i, e, links, stage, investment, partners = line.rstrip("\n").split("\t")
            zone["proj"].append(Project(
                i, int(e) if e else None, key_list(links), int(stage),
                float(investment) if investment else None,
                [int(p) for p in partners.split(",")] if partners else []))
    with open(f"{d}/settings.tsv", encoding="utf-8") as f:
        for line in f:
            k, v = line.rstrip("\n").split("\t")
            zone["settings"][k] = v if k == "region" else float(v)
    zone["index"] = {x.id: e for e, x in enumerate(zone["ent"])}  # as the C++ zone keeps
    return zone


def r2(x):
    """C's round(x * 100) / 100: half away from zero, never -0."""
    y = abs(x * 100)
    r = math.floor(y)
    if y - r >= 0.5:
        r += 1
    r = math.copysign(r, x) / 100
    return r if r != 0 else 0.0


def gap_type(status, up, down):
    if status == STRONG:
        return NONE
    if status == WEAK:
        return STRENGTHEN
    return FILL if up and down else EXTEND


def is_present(status):
    return status in (STRONG, WEAK)
