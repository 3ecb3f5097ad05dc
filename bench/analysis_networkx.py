"""The NetworkX peer of analysis_bench: the same full zone analysis, in Python.

Reads the files `analysis_bench --export DIR` writes, runs the analysis RUNS times
(status, gaps and completeness, betweenness, dominators, articulation points, gains,
resilience cascade, targets, as in docs/analysis.md), prints each run's time, the
median and the same summary lines as analysis_bench, so that results can be compared.

    /usr/bin/python3 bench/analysis_networkx.py DIR [RUNS]
"""
import math
import statistics
import sys
import time

import networkx as nx

LEADER, CORE, SUPPLIER = 1, 2, 3
ROLE_POINTS = {1: 8, 2: 5, 3: 2}
TAG_POINTS = [("上市", 4), ("专精特新", 3), ("高新技术", 2), ("规上", 1)]
STAGE_POINTS = [2, 5, 8, 9, 10]


def key_list(text):
    return [tuple(map(int, k.split(":"))) for k in text.split(",")] if text else []


def load(d):
    zone = {"links": {}, "edges": {}, "cross": [], "ent": [], "proj": [], "settings": {}}
    with open(f"{d}/links.tsv") as f:
        for line in f:
            c, l, qid, stage = line.rstrip("\n").split("\t")
            zone["links"][(int(c), int(l))] = (qid, int(stage))
    with open(f"{d}/edges.tsv") as f:
        for line in f:
            c, u, v = map(int, line.split())
            zone["edges"].setdefault(c, []).append((u, v))
    with open(f"{d}/cross_edges.tsv") as f:
        for line in f:
            a, b, c, e = map(int, line.split())
            zone["cross"].append(((a, b), (c, e)))
    with open(f"{d}/enterprises.tsv") as f:
        for line in f:
            i, local, role, tags, links, revenue = line.rstrip("\n").split("\t")
            zone["ent"].append((i, local == "1", int(role), tags.split(",") if tags else [],
                                key_list(links), float(revenue) if revenue else None))
    with open(f"{d}/projects.tsv") as f:
        for line in f:
            i, e, links, stage = line.rstrip("\n").split("\t")
            zone["proj"].append((i, int(e) if e else None, key_list(links), int(stage)))
    with open(f"{d}/settings.tsv") as f:
        for line in f:
            k, v = line.split()
            zone["settings"][k] = float(v)
    return zone


def r2(x):  # C's round(): half away from zero
    return math.floor(x * 100 + 0.5) / 100 if x >= 0 else -math.floor(-x * 100 + 0.5) / 100


def analyse(z):
    s = z["settings"]
    ent, links = z["ent"], z["links"]
    chains = sorted({c for c, _ in links})
    nlinks = {c: 0 for c in chains}
    for c, l in links:
        nlinks[c] += 1
    ops = {k: [] for k in links}
    filling = {k: [] for k in links}
    for e, x in enumerate(ent):
        if x[1]:
            for k in x[4]:
                ops[k].append(e)
    for p, x in enumerate(z["proj"]):
        if x[3] >= s["filling_stage"]:
            for k in x[2]:
                filling[k].append(p)
    status = {}
    for k in links:
        o = sorted(set(ops[k]))
        ops[k] = o
        leader = any(ent[e][2] == LEADER for e in o)
        scale = sum(1 for e in o if "规上" in ent[e][3])
        status[k] = ("strong" if leader or (scale >= s["strong_min_scale"] and scale > 0)
                     else "weak" if o else "filling" if filling[k] else "missing")
    present = {k: status[k] in ("strong", "weak") for k in links}

    graphs, gap, crit = {}, {}, {}
    counts = {"strong": 0, "weak": 0, "filling": 0, "missing": 0}
    for c in chains:
        g = nx.DiGraph()
        g.add_nodes_from(range(nlinks[c]))
        g.add_edges_from(z["edges"].get(c, []))
        graphs[c] = g
        cond = nx.condensation(g)
        m = cond.graph["mapping"]
        entry = {v: cond.in_degree(m[v]) == 0 for v in g}
        end = {v: cond.out_degree(m[v]) == 0 for v in g}
        for l in g:
            k = (c, l)
            counts[status[k]] += 1
            if status[k] == "strong":
                gap[k] = "none"
            elif status[k] == "weak":
                gap[k] = "strengthen"
            else:
                up = any(present[(c, a)] for a in nx.ancestors(g, l))
                down = up and any(present[(c, d)] for d in nx.descendants(g, l))
                gap[k] = "fill" if up and down else "extend"
        bc = nx.betweenness_centrality(g, normalized=True)
        h = g.copy()
        for v in g:
            if entry[v]:
                h.add_edge("root", v)
        idom = nx.immediate_dominators(h, "root")
        dominated = {v: 0 for v in g}
        for v in g:  # each link counts once for every strict dominator
            d = idom[v]
            while d != "root":
                dominated[d] += 1
                d = idom[d]
        cut = set(nx.articulation_points(g.to_undirected()))
        pres = {v: present[(c, v)] for v in g}
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
                gain = sum(1 for a in src for t in dst if a != t and (a == v or (a, t) not in connected))
            crit[(c, v)] = {"bc": bc[v], "dom": dominated[v], "cut": v in cut, "gain": gain,
                            "choke": dominated[v] >= s["chokepoint_min_dominated"],
                            "risk": dominated[v] > 0 and not pres[v]}
    n = len(links)
    completeness = (counts["strong"] + s["weak_credit"] * counts["weak"] +
                    s["filling_credit"] * counts["filling"]) / n

    # Resilience: sole operators, cascade within the chain.
    sole = {}
    for k in sorted(links):
        if len(ops[k]) == 1:
            sole.setdefault(ops[k][0], []).append(k)
    departures = []
    for e, failed in sole.items():
        lost = set(failed)
        work = list(failed)
        while work:
            c, v = work.pop()
            g = graphs[c]
            for w in g.successors(v):
                if (c, w) in lost or not present[(c, w)]:
                    continue
                if any(present[(c, u)] and (c, u) not in lost for u in g.predecessors(w)):
                    continue
                lost.add((c, w))
                work.append((c, w))
        departures.append((-len(lost), ent[e][0]))
    departures.sort()

    # Targets.
    prio = {}
    for c in chains:
        mg = max(crit[(c, v)]["gain"] for v in graphs[c])
        md = max(crit[(c, v)]["dom"] for v in graphs[c])
        for v in graphs[c]:
            k = (c, v)
            if gap[k] == "none":
                prio[k] = 0
                continue
            t = {"fill": 30, "extend": 20, "strengthen": 10}[gap[k]]
            gp = r2(15 * crit[k]["gain"] / mg) if mg else 0
            dp = r2(15 * crit[k]["dom"] / md) if md else 0
            prio[k] = r2((t + gp + dp) * (0.5 if status[k] == "filling" else 1))
    cin, cout = {}, {}
    for a, b in z["cross"]:
        cin.setdefault(b, []).append(a)
        cout.setdefault(a, []).append(b)

    def fit(k):
        c, v = k
        ins = [(c, u) for u in graphs[c].predecessors(v)] + cin.get(k, [])
        outs = [(c, w) for w in graphs[c].successors(v)] + cout.get(k, [])
        return (5 if any(present[x] for x in ins) else 0) + (5 if any(present[x] for x in outs) else 0)

    def strength(x):
        p = ROLE_POINTS.get(x[2], 0)
        if x[5] is not None:
            p += min(2.0, math.log10(1 + x[5]))
        for tag, pts in TAG_POINTS:
            if any(tag in t for t in x[3]):
                p += pts
        return r2(p)

    best = {}
    for p, x in enumerate(z["proj"]):
        if x[1] is None or ent[x[1]][1]:
            continue
        for k in x[2]:
            q = best.get((x[1], k))
            if q is None or z["proj"][q][3] < x[3]:
                best[(x[1], k)] = p
    cands = {}
    for e, x in enumerate(ent):
        if not x[1]:
            for k in x[4]:
                if gap[k] != "none":
                    cands.setdefault(k, []).append(e)
    targets = []
    for k, es in cands.items():
        f = fit(k)
        scored = []
        for e in sorted(set(es)):
            p = best.get((e, k))
            pipe = STAGE_POINTS[z["proj"][p][3]] if p is not None else 0
            scored.append((-r2(prio[k] + strength(ent[e]) + f + pipe), ent[e][0]))
        scored.sort()
        for total, cid in scored[:3]:
            targets.append((total, links[k][0], cid))
    targets.sort()
    return completeness, counts, gap, crit, departures, targets


def summary(result):
    completeness, counts, gap, crit, departures, targets = result
    print("completeness %.4f strong %d weak %d filling %d missing %d" % (
        completeness, counts["strong"], counts["weak"], counts["filling"], counts["missing"]))
    g = list(gap.values())
    print("gaps fill %d extend %d strengthen %d" % (g.count("fill"), g.count("extend"),
                                                   g.count("strengthen")))
    cv = crit.values()
    print("gain %d chokepoints %d break_risks %d articulation %d betweenness %.6f" % (
        sum(x["gain"] for x in cv), sum(x["choke"] for x in cv), sum(x["risk"] for x in cv),
        sum(x["cut"] for x in cv), math.fsum(x["bc"] for x in cv)))
    print("departures %d top" % len(departures),
          " ".join("%s:%d" % (i, -d) for d, i in departures[:3]))
    print("targets %d top" % len(targets),
          " ".join("%s:%s:%.2f" % (l, c, -t) for t, l, c in targets[:5]))


def main():
    d = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    t = time.perf_counter()
    zone = load(d)
    print("loaded in %.0f ms" % ((time.perf_counter() - t) * 1000))
    times, cpu_times = [], []
    for r in range(runs):
        t, c = time.perf_counter(), time.process_time()
        result = analyse(zone)
        times.append((time.perf_counter() - t) * 1000)
        cpu_times.append((time.process_time() - c) * 1000)
        print("run %d: %.1f ms wall, %.1f ms cpu" % (r + 1, times[-1], cpu_times[-1]))
    summary(result)
    print("median %.1f ms wall, %.1f ms cpu over %d runs" % (
        statistics.median(times), statistics.median(cpu_times), runs))


if __name__ == "__main__":
    main()
