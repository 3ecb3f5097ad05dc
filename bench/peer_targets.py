"""The target ranking of the NetworkX peer (docs/analysis.md, section 5): gap priorities,
candidate signals, rows for candidates and firms in talks, best 3 per link, the overall
order and the per-candidate view. A mixin of bench/analysis_networkx.py's Analysis."""
import math
from collections import Counter, namedtuple

from peer_model import (CORE, CUSTOMER, EXTEND, FILL, FILLING, GROUP, LEADER, NEGOTIATING,
                        NONE, STRENGTHEN, SUPPLIER, r2)
from peer_places import (ABROAD, DOMESTIC, NEIGHBOUR, SAME_CITY, SAME_PROVINCE, UNKNOWN,
                         distance_km, find_place, proximity)

CLASS_SHARE = {SAME_CITY: 1, SAME_PROVINCE: 0.75, NEIGHBOUR: 0.5, DOMESTIC: 0.25, ABROAD: 0,
               UNKNOWN: 0}
STAGE_SHARE = [0.4, 0.6, 0.8, 0.9, 1]
TOP = 3
Signals = namedtuple("Signals", "distance scale relatedness ties tied_to in_documents")


class TargetRanking:
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
