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

Beside it: peer_model.py reads the export, peer_places.py the place table (its data read
from src/analysis/region_table.cc, where the C++ keeps it, so that the two never hold
different data; its lookups ported), peer_targets.py ranks the targets.

    /usr/bin/python3 bench/analysis_networkx.py DIR [RUNS]
"""
import math
import statistics
import sys
import time
from collections import Counter

import networkx as nx

from peer_model import (EXTEND, FILL, FILLING, LEADER, MISSING, STRENGTHEN, STRONG, WEAK,
                        gap_type, is_present, load)
from peer_places import load_places
from peer_targets import TargetRanking


class Analysis(TargetRanking):
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
