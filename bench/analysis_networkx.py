"""The NetworkX peer of analysis_bench: the same full zone analysis, in Python.

Reads the files `analysis_bench --export DIR` writes, runs the analysis RUNS times by the
rules of docs/analysis.md — link status; gap types (up- and downstream presence along the
chain and through direct cross-chain edges) and completeness; betweenness, dominators,
articulation points and connectivity gains; the target ranking (gap priorities, candidate
signals: distance by the place table, scale, relatedness, ties, named by the documents;
best 3 per link plus every firm in talks; the per-candidate view); the departure of every
local enterprise (completeness lost, failed, weakened and starved links, gap types that
flip, targets whose score changes) — prints each run's time, the median and the same
summary lines as analysis_bench, so that results can be compared.

The place table (provinces, cities, borders) is read from src/analysis/region_table.cc,
where the C++ keeps it, so that the two never hold different data; the lookups on it are
ported below.

    /usr/bin/python3 bench/analysis_networkx.py DIR [RUNS]
"""
import math
import os
import re
import statistics
import sys
import time
from collections import Counter, namedtuple

import networkx as nx

LEADER, CORE = 1, 2
NEGOTIATING = 1
GROUP, SUPPLIER, CUSTOMER = 0, 1, 2
STRONG, WEAK, FILLING, MISSING = "strong", "weak", "filling", "missing"
NONE, FILL, EXTEND, STRENGTHEN = "none", "fill", "extend", "strengthen"
SAME_CITY, SAME_PROVINCE, NEIGHBOUR, DOMESTIC, ABROAD, UNKNOWN = range(6)
CLASS_SHARE = {SAME_CITY: 1, SAME_PROVINCE: 0.75, NEIGHBOUR: 0.5, DOMESTIC: 0.25, ABROAD: 0,
               UNKNOWN: 0}
STAGE_SHARE = [0.4, 0.6, 0.8, 0.9, 1]
TOP = 3


# --- Loading -------------------------------------------------------------------------

Enterprise = namedtuple("Enterprise", "id local role tags links revenue region ties sources")
Signals = namedtuple("Signals", "distance scale relatedness ties tied_to in_documents")
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


# --- The place table -----------------------------------------------------------------

def load_places():
    """The tables of src/analysis/region_table.cc: provinces, cities, borders, aliases."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "src", "analysis", "region_table.cc"),
              encoding="utf-8") as f:
        text = f.read()

    def block(name):
        return text[text.index(name):].split("};", 1)[0]

    num = r"(-?[\d.]+)"
    provinces = [(p, float(a), float(b)) for p, a, b in
                 re.findall(r'\{"([^"]+)",\s*' + num + r",\s*" + num + r"\}",
                            block("kProvinces[]"))]
    cities = [(p, c, float(a), float(b)) for p, c, a, b in
              re.findall(r'\{"([^"]+)",\s*"([^"]+)",\s*' + num + r",\s*" + num + r"\}",
                         block("kCities[]"))]
    pair = r'\{"([^"]+)",\s*"([^"]+)"\}'
    borders = re.findall(pair, block("kBorders[]"))
    aliases = re.findall(pair, block("kAliases[]"))
    return {"provinces": provinces, "cities": cities, "aliases": aliases,
            "neighbours": {frozenset(b) for b in borders},
            "municipalities": {"北京市", "天津市", "上海市", "重庆市"}}


def find_place(places, region):
    """(province, city, latitude, longitude) of a region, or None (FindPlace)."""
    province = rest = None
    for name, _, _ in places["provinces"]:
        if region.startswith(name):
            province, rest = name, region[len(name):]
    if province is None:
        for alias, name in places["aliases"]:
            if region.startswith(alias):
                province, rest = name, region[len(alias):]
                break
    if province is None:
        return None
    city = ""
    lat, lon = next((a, b) for name, a, b in places["provinces"] if name == province)
    if province in places["municipalities"]:
        return (province, province, lat, lon)
    for p, c, a, b in places["cities"]:
        if p == province and rest.startswith(c):
            city, lat, lon = c, a, b
    return (province, city, lat, lon)


def distance_km(a, b):
    rad = math.pi / 180.0
    dlat = (b[2] - a[2]) * rad
    dlon = (b[3] - a[3]) * rad
    h = (math.sin(dlat / 2) * math.sin(dlat / 2) +
         math.cos(a[2] * rad) * math.cos(b[2] * rad) * math.sin(dlon / 2) * math.sin(dlon / 2))
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def proximity(places, home, region, place):
    if not region:
        return UNKNOWN
    if place is None:
        return ABROAD
    if place[0] == home[0]:
        return SAME_CITY if home[1] and place[1] == home[1] else SAME_PROVINCE
    return NEIGHBOUR if frozenset((place[0], home[0])) in places["neighbours"] else DOMESTIC


# --- Rules ---------------------------------------------------------------------------

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


class Analysis:
    def __init__(self, z, places):
        self.z, self.places = z, places
        self.s = z["settings"]
        self.ent, self.links, self.index = z["ent"], z["links"], z["index"]
        self.weights = {k: self.s["weight_" + k] for k in
                        ("gap", "named", "distance", "scale", "relatedness", "ties")}

    def run(self):
        self.status()
        self.graphs()
        self.gaps()
        self.criticality()
        self.targets()
        self.resilience()

    # Link status.
    def status(self):
        s, ent = self.s, self.ent
        self.ops = {k: set() for k in self.links}
        self.filling = {k: [] for k in self.links}
        for e, x in enumerate(ent):
            if x.local:
                for k in x.links:
                    self.ops[k].add(e)
        for p, x in enumerate(self.z["proj"]):
            if x.stage >= s["filling_stage"]:
                for k in x.links:
                    self.filling[k].append(p)
        self.st, self.scale_count, self.leader = {}, {}, {}
        for k in self.links:
            o = self.ops[k] = sorted(self.ops[k])
            self.leader[k] = any(ent[e].role == LEADER for e in o)
            self.scale_count[k] = sum(1 for e in o if "规上" in ent[e].tags)
            self.st[k] = self.status_of(self.leader[k], self.scale_count[k], len(o), k)
        self.present = {k: is_present(v) for k, v in self.st.items()}

    def status_of(self, leader, scale, operators, k):
        if leader or (scale >= self.s["strong_min_scale"] and scale > 0):
            return STRONG
        if operators:
            return WEAK
        return FILLING if self.filling[k] else MISSING

    # Each chain as a DiGraph (chain edges only), and the zone's links with chain and
    # cross-chain edges in one DiGraph.
    def graphs(self):
        self.chains = sorted({c for c, _ in self.links})
        self.chain_graph = {}
        for c in self.chains:
            g = nx.DiGraph()
            g.add_nodes_from(l for cc, l in self.links if cc == c)
            g.add_edges_from(self.z["edges"].get(c, []))
            self.chain_graph[c] = g
        self.whole = nx.DiGraph()
        self.whole.add_nodes_from(self.links)
        for c, g in self.chain_graph.items():
            self.whole.add_edges_from(((c, u), (c, v)) for u, v in g.edges)
        self.whole.add_edges_from(self.z["cross"])
        self.cross_in, self.cross_out = {}, {}
        for a, b in self.z["cross"]:
            self.cross_in.setdefault(b, []).append(a)
            self.cross_out.setdefault(a, []).append(b)

    # Gap types and completeness.
    def gaps(self):
        s = self.s
        self.gap = {}
        for c in self.chains:
            self.gap.update(self.chain_gap_types(c, self.st))
        self.counts = Counter(self.st.values())
        self.completeness = (self.counts[STRONG] + s["weak_credit"] * self.counts[WEAK] +
                             s["filling_credit"] * self.counts[FILLING]) / len(self.links)
        local = [k for k in self.links if self.links[k][2]]
        local_counts = Counter(self.st[k] for k in local)
        self.localizable = ((local_counts[STRONG] + s["weak_credit"] * local_counts[WEAK] +
                             s["filling_credit"] * local_counts[FILLING]) / len(local)
                            if local else 0)

    def chain_gap_types(self, c, status):
        """The gap types of chain c's links with `status` by link (section 2)."""
        g = self.chain_graph[c]
        present = [v for v in g if is_present(status[(c, v)])]

        def beyond(step):  # links a present link leads to (from) by one edge or more
            seen, stack = set(), [w for v in present for w in step(v)]
            while stack:
                v = stack.pop()
                if v not in seen:
                    seen.add(v)
                    stack.extend(step(v))
            return seen

        below, above = beyond(g.successors), beyond(g.predecessors)
        out = {}
        for v in g:
            k = (c, v)
            up = v in below or any(is_present(status[a]) for a in self.cross_in.get(k, []))
            down = v in above or any(is_present(status[b]) for b in self.cross_out.get(k, []))
            out[k] = gap_type(status[k], up, down)
        return out

    # Betweenness, dominators, articulation points, gains.
    def criticality(self):
        self.crit = {}
        for c in self.chains:
            g = self.chain_graph[c]
            cond = nx.condensation(g)
            m = cond.graph["mapping"]
            entry = {v: cond.in_degree(m[v]) == 0 for v in g}
            end = {v: cond.out_degree(m[v]) == 0 for v in g}
            bc = nx.betweenness_centrality(g, normalized=True)
            h = g.copy()
            h.add_edges_from(("root", v) for v in g if entry[v])
            idom = nx.immediate_dominators(h, "root")
            dominated = dict.fromkeys(g, 0)
            for v in g:  # each link counts once for every strict dominator
                d = idom[v]
                while d != "root":
                    dominated[d] += 1
                    d = idom[d]
            cut = set(nx.articulation_points(g.to_undirected()))
            pres = {v: self.present[(c, v)] for v in g}
            sub = g.subgraph([v for v in g if pres[v]])
            connected = set()
            for v in sub:
                if entry[v]:
                    for t in nx.descendants(sub, v) | {v}:
                        if end[t]:
                            connected.add((v, t))
            for v in g:
                gain = 0
                if not pres[v]:
                    both = g.subgraph([u for u in g if pres[u] or u == v])
                    src = [a for a in nx.ancestors(both, v) | {v} if entry[a]]
                    dst = [t for t in nx.descendants(both, v) | {v} if end[t]]
                    gain = sum(1 for a in src for t in dst
                               if a != t and (a == v or (a, t) not in connected))
                self.crit[(c, v)] = {
                    "bc": bc[v], "dom": dominated[v], "cut": v in cut, "gain": gain,
                    "choke": dominated[v] >= max(1, self.s["chokepoint_min_dominated"]),
                    "risk": dominated[v] > 0 and not pres[v]}

    # Targets.
    def priority(self, k, gap):
        c = k[0]
        m, most = self.crit[k], self.maxima[c]
        w = self.weights["gap"]

        def share(value, largest):
            return value / largest if largest > 0 else 0.0

        n = self.neighbours[k]
        parts = [r2(w * {FILL: 1.0 / 2, EXTEND: 1.0 / 3, STRENGTHEN: 1.0 / 6}[gap]),
                 r2(w / 8 * share(float(m["gain"]), float(most[0]))),
                 r2(w / 8 * share(float(m["dom"]), float(most[1]))),
                 r2(w / 8 * share(m["bc"], most[2])),
                 r2(w / 8 * float(n) / float(n + 1))]
        total = parts[0] + parts[1] + parts[2] + parts[3] + parts[4]
        return r2(total * (0.5 if self.st[k] == FILLING else 1.0))

    def home(self):
        places = self.places
        home = find_place(places, self.s["region"])
        if home is None:
            regions = Counter(x.region for x in self.ent if x.local and x.region and
                              find_place(places, x.region) is not None)
            if regions:
                best = max(sorted(regions), key=lambda r: regions[r])  # first of the most
                home = find_place(places, best)
        return home

    def signals(self, e):
        x = self.ent[e]
        km, prox = None, UNKNOWN
        if self.home_place is not None and x.region:
            region = x.region
            if region not in self.place_cache:
                self.place_cache[region] = find_place(self.places, region)
            place = self.place_cache[region]
            prox = proximity(self.places, self.home_place, region, place)
            if place is not None:
                km = distance_km(self.home_place, place)
        near = max(0.0, 1.0 - km / 3000.0) if km is not None else 0.0
        distance = 0.5 * CLASS_SHARE[prox] + 0.5 * near

        def tag(part):
            return any(part in t for t in x.tags)

        scale = 0
        if tag("上市"):
            scale += 0.4
        if tag("专精特新"):
            scale += 0.2
        if tag("高新技术"):
            scale += 0.1
        if tag("规上"):
            scale += 0.1
        scale += 0.2 if x.role == LEADER else 0.1 if x.role == CORE else 0.0
        yi = None
        if x.revenue is not None:
            value, unit = x.revenue
            yi = value if unit == "亿元" else value / 10000 if unit == "万元" else None
        if yi is not None:
            scale += min(0.3, 0.1 * math.log10(1 + yi))
        scale = min(1.0, scale)

        r = sum(1 for k in set(x.links) if self.related[k])
        relatedness = float(r) / float(r + 1)

        best = None  # (share, local, kind)
        for local, kind in ([(self.index.get(t), kind) for t, kind in x.ties] +
                            self.local_ties.get(e, [])):
            if local is None or not self.ent[local].local:
                continue
            share = 1.0 if kind == GROUP else 0.7
            if (best is None or share > best[0] or
                    (share == best[0] and self.ent[local].id < self.ent[best[1]].id)):
                best = (share, local, kind)
        return Signals(distance, scale, relatedness, best[0] if best else 0,
                       best[1] if best else None,
                       any(src and src[0] != "[" for src in x.sources))

    def targets(self):
        ent, proj, wt = self.ent, self.z["proj"], self.weights
        self.maxima = {}
        for c in self.chains:
            ms = [self.crit[(c, v)] for v in self.chain_graph[c]]
            self.maxima[c] = (max(m["gain"] for m in ms), max(m["dom"] for m in ms),
                              max(m["bc"] for m in ms))
        self.neighbours = {}
        for k in self.links:
            near = set(self.whole.predecessors(k)) | set(self.whole.successors(k))
            self.neighbours[k] = sum(1 for n in near if n != k and self.present[n])
        self.prio = {k: self.priority(k, g) for k, g in self.gap.items() if g != NONE}

        self.related = {k: self.present[k] or self.neighbours[k] > 0 for k in self.links}
        self.home_place = self.home()
        self.place_cache = {}
        self.local_ties = {}
        for l, x in enumerate(ent):
            if x.local:
                for t, kind in x.ties:
                    c = self.index.get(t)
                    if c is not None:
                        reverse = {SUPPLIER: CUSTOMER, CUSTOMER: SUPPLIER, GROUP: GROUP}[kind]
                        self.local_ties.setdefault(c, []).append((l, reverse))
        for v in self.local_ties.values():
            v.sort()
        self.sig = {}

        def pursued(k):
            return self.links[k][2]

        # Each external firm's most advanced project per link, as enterprise or partner.
        best, has_project = {}, set()
        for p, x in enumerate(proj):
            firms = x.partners + ([x.enterprise] if x.enterprise is not None else [])
            for e in firms:
                if ent[e].local:
                    continue
                has_project.add(e)
                for k in x.links:
                    q = best.get((e, k))
                    if (q is None or proj[q].stage < x.stage or
                            (proj[q].stage == x.stage and
                             (proj[q].investment or 0) < (x.investment or 0))):
                        best[(e, k)] = p

        rows = set()
        for e, x in enumerate(ent):
            if not x.local:
                for k in x.links:
                    if self.gap[k] != NONE and pursued(k) and e not in self.ops[k]:
                        rows.add((k, e))
        for (e, k), p in best.items():
            if proj[p].stage >= NEGOTIATING and pursued(k) and e not in self.ops[k]:
                rows.add((k, e))

        self.rows = []
        for k, e in rows:
            if e not in self.sig:
                self.sig[e] = self.signals(e)
            s = self.sig[e]
            p = best.get((e, k))
            in_talks = p is not None and proj[p].stage >= NEGOTIATING
            gap = self.prio[k] if self.gap[k] != NONE else self.priority(k, STRENGTHEN)
            if p is not None:
                inv = proj[p].investment
                named = (0.6 * STAGE_SHARE[proj[p].stage] +
                         0.4 * (min(1.0, math.log10(1 + inv) / 2) if inv is not None else 0))
            else:
                named = 0.2 if e in has_project or s.in_documents else 0
            parts = [gap, r2(wt["named"] * named), r2(wt["distance"] * s.distance),
                     r2(wt["scale"] * s.scale), r2(wt["relatedness"] * s.relatedness),
                     r2(wt["ties"] * s.ties)]
            total = r2(parts[0] + parts[1] + parts[2] + parts[3] + parts[4] + parts[5])
            self.rows.append((-total, self.links[k][0], ent[e].id, k, e, in_talks))

        # Per link, best first: the top 3 and every firm in talks; then all by score.
        by_link = {}
        for row in self.rows:
            by_link.setdefault(row[3], []).append(row)
        kept = []
        for k, link_rows in by_link.items():
            link_rows.sort()
            kept.extend(r for i, r in enumerate(link_rows) if i < TOP or r[5])
        kept.sort()
        self.kept = kept
        self.kept_by_link = {}
        for i, r in enumerate(kept):
            self.kept_by_link.setdefault(r[3], []).append(i)

        # Per candidate: combined = best row + 0.1 × the others.
        by_candidate = {}
        for row in sorted(self.rows):
            by_candidate.setdefault(row[4], []).append(row)
        self.candidates = sorted(
            (-r2(sum((1.0 if i == 0 else 0.1) * -r[0] for i, r in enumerate(rs))), ent[e].id)
            for e, rs in by_candidate.items())

    # Resilience: each local enterprise leaves in turn.
    def resilience(self):
        s, ent = self.s, self.ent
        total = len(self.links)
        credit = {STRONG: 1, WEAK: s["weak_credit"], FILLING: s["filling_credit"], MISSING: 0}
        targets_by_link, targets_by_tie = {}, {}
        for i, r in enumerate(self.kept):
            for k in ent[r[4]].links:
                targets_by_link.setdefault(k, []).append(i)
            if self.sig[r[4]].tied_to is not None:
                targets_by_tie.setdefault(self.sig[r[4]].tied_to, []).append(i)
        chain_present = Counter(k[0] for k in self.links if self.present[k])

        departures = []
        for e, x in enumerate(ent):
            if not x.local or not x.links:
                continue
            changed, failed, weakened, lost = {}, [], [], 0
            for k in sorted(set(x.links)):
                before = self.st[k]
                leader = self.leader[k]
                if x.role == LEADER:
                    leader = any(o != e and ent[o].role == LEADER for o in self.ops[k])
                scale = self.scale_count[k] - ("规上" in x.tags)
                after = self.status_of(leader, scale, len(self.ops[k]) - 1, k)
                if before == after:
                    continue
                changed[k] = after
                lost += (credit[before] - credit[after]) / total
                (weakened if after == WEAK else failed).append(k)
            if not changed:
                continue
            view = _StatusView(self.st, changed)

            # Starved: present links all of whose present inputs failed.
            starved = []
            for k in sorted({w for f in failed for w in self.whole.successors(f)}):
                if not is_present(view[k]):
                    continue
                inputs = [u for u in self.whole.predecessors(k) if self.present[u]]
                if inputs and not any(is_present(view[u]) for u in inputs):
                    starved.append(k)
            touched = {k[0] for k in changed}
            for k in changed:
                touched.update(n[0] for n in self.cross_in.get(k, []) + self.cross_out.get(k, []))
            impacts = []
            for c in sorted(touched):
                if not any(k[0] == c for k in changed):
                    continue
                lost_here = sum(1 for k in failed if k[0] == c)
                before = chain_present[c]
                impacts.append((c, (before - lost_here) / before if before else 1))
            # Gap types that flip, by the rules of section 2 on the links after.
            flipped = []
            for c in sorted(touched):
                after = self.chain_gap_types(c, view)
                flipped.extend(k for k in sorted(after) if after[k] != self.gap[k])
            # Targets whose score changes.
            hit = set(flipped) | set(changed)
            related = set(failed)
            for k in failed:
                related.update(self.whole.predecessors(k))
                related.update(self.whole.successors(k))
            changes = set()
            for k in hit:
                changes.update(self.kept_by_link.get(k, []))
            for k in related:
                changes.update(targets_by_link.get(k, []))
            changes.update(targets_by_tie.get(e, []))
            departures.append({"enterprise": e, "lost": lost, "failed": failed,
                               "weakened": weakened, "starved": starved, "chains": impacts,
                               "flipped": flipped, "targets_changed": sorted(changes)})
        departures.sort(key=lambda d: (-d["lost"], -len(d["failed"]), ent[d["enterprise"]].id))
        self.departures = departures
        self.worst = {c: (1, None) for c in self.chains}  # per chain: retained, by whom
        for d in departures:
            for c, retained in d["chains"]:
                w, by = self.worst[c]
                if retained < w or (retained == w and by is not None and
                                    ent[d["enterprise"]].id < ent[by].id):
                    self.worst[c] = (retained, d["enterprise"])

    def summary(self):
        counts, crit, ent = self.counts, self.crit.values(), self.ent
        print("completeness %.4f strong %d weak %d filling %d missing %d" % (
            self.completeness, counts[STRONG], counts[WEAK], counts[FILLING], counts[MISSING]))
        g = Counter(self.gap.values())
        print("gaps fill %d extend %d strengthen %d" % (g[FILL], g[EXTEND], g[STRENGTHEN]))
        print("gain %d chokepoints %d break_risks %d articulation %d betweenness %.6f" % (
            sum(x["gain"] for x in crit), sum(x["choke"] for x in crit),
            sum(x["risk"] for x in crit), sum(x["cut"] for x in crit),
            math.fsum(x["bc"] for x in crit)))
        print("departures %d top" % len(self.departures) + "".join(
            " %s:%d" % (ent[d["enterprise"]].id, len(d["failed"]))
            for d in self.departures[:3]))
        print("targets %d top" % len(self.kept) + "".join(
            " %s:%s:%.2f" % (r[1], r[2], -r[0]) for r in self.kept[:5]))
        deps = self.departures
        print("rows %d sum %.2f candidates %d combined %.2f localizable %.4f" % (
            len(self.rows), sum(-r[0] for r in self.kept), len(self.candidates),
            sum(-c[0] for c in self.candidates), self.localizable))
        print("lost %.6f failed %d weakened %d starved %d flipped %d changed %d worst %.6f" % (
            sum(d["lost"] for d in deps), sum(len(d["failed"]) for d in deps),
            sum(len(d["weakened"]) for d in deps), sum(len(d["starved"]) for d in deps),
            sum(len(d["flipped"]) for d in deps), sum(len(d["targets_changed"]) for d in deps),
            sum(self.worst[c][0] for c in self.chains)))


class _StatusView:
    """Statuses after a departure: the changed ones over the ones before."""

    def __init__(self, before, changed):
        self.before, self.changed = before, changed

    def __getitem__(self, k):
        return self.changed.get(k, self.before[k])


def main():
    d = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    t = time.perf_counter()
    zone = load(d)
    places = load_places()
    print("loaded in %.0f ms" % ((time.perf_counter() - t) * 1000))
    times, cpu_times = [], []
    for r in range(runs):
        t, c = time.perf_counter(), time.process_time()
        analysis = Analysis(zone, places)
        analysis.run()
        times.append((time.perf_counter() - t) * 1000)
        cpu_times.append((time.process_time() - c) * 1000)
        print("run %d: %.1f ms wall, %.1f ms cpu" % (r + 1, times[-1], cpu_times[-1]))
    analysis.summary()
    print("median %.1f ms wall, %.1f ms cpu over %d runs" % (
        statistics.median(times), statistics.median(cpu_times), runs))


if __name__ == "__main__":
    main()
