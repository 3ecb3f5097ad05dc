"""Betweenness and immediate dominators with NetworkX, to check chainmap's BGL results.

Reads graphs written by networkx_compare_test.cc:
    graph NAME N
    U V          (one line per edge, vertices 0..N-1)
    end
and prints, per graph, "graph NAME" and then one line per vertex:
    V BETWEENNESS IDOM
where BETWEENNESS is nx.betweenness_centrality(normalized=True) on the DiGraph and IDOM
the immediate dominator from a virtual source feeding every vertex of every strongly
connected component that no edge enters (-1 for that source).
"""
import sys

import networkx as nx


def analyse(name, n, edges, out):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    bc = nx.betweenness_centrality(g, normalized=True)
    cond = nx.condensation(g)
    h = g.copy()
    root = "root"
    for v in range(n):
        if cond.in_degree(cond.graph["mapping"][v]) == 0:
            h.add_edge(root, v)
    idom = nx.immediate_dominators(h, root)
    out.write(f"graph {name}\n")
    for v in range(n):
        d = idom[v]
        out.write(f"{v} {bc[v]:.12f} {-1 if d == root else d}\n")


def main(path):
    with open(path) as f:
        lines = [line.split() for line in f if line.strip()]
    i = 0
    while i < len(lines):
        _, name, n = lines[i]
        i += 1
        edges = []
        while lines[i][0] != "end":
            edges.append((int(lines[i][0]), int(lines[i][1])))
            i += 1
        i += 1
        analyse(name, int(n), edges, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
