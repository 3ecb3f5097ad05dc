#!/usr/bin/env python3
"""Precision and recall of `chainmap extract` on the zone's own summaries, against chains/.

usage: python3 scripts/extract_eval.py [CHAINMAP]   (default build/chainmap; run from the
repository root). A proposal is right when a project of chains/projects.json has the same
name (spaces, quotes and a trailing 项目 ignored; or one name holds the other, both four
characters or more); recall counts the projects of chains/ that cite the summary.
"""
import json
import re
import subprocess
import sys

BINARY = sys.argv[1] if len(sys.argv) > 1 else "build/chainmap"
SEEDS = ["000_736da97378c749be.txt", "001_c733a3e8616874ce.txt"]


def key(name):
    k = re.sub(r'[\s"“”《》()（）]', "", name)
    return k[:-2] if k.endswith("项目") and len(k) > 2 else k


def same(a, b):
    a, b = key(a), key(b)
    return a == b or (len(a) >= 4 and len(b) >= 4 and (a in b or b in a))


def sources(p):
    s = p.get("source", [])
    return [s] if isinstance(s, str) else s


def main():
    projects = json.load(open("chains/projects.json"))["projects"]
    print("| summary | proposed | right | in chains/ | found | precision | recall | with figure | same 亿元 and stage |")
    print("|---|---|---|---|---|---|---|---|---|")
    for seed in SEEDS:
        out = subprocess.run([BINARY, "extract", "--no-zone", "--format", "json",
                              f"tests/fixtures/extract/seeds/{seed}"], check=True,
                             capture_output=True, text=True).stdout
        proposed = json.loads(out)["projects"]
        expected = [p for p in projects if any(seed in s for s in sources(p))]
        right = [p for p in proposed if any(same(p["name"], e["name"]) for e in projects)]
        found = [e for e in expected if any(same(p["name"], e["name"]) for p in proposed)]
        figured = [e for e in expected if "investment" in e]
        agree = 0
        for e in figured:
            for p in proposed:
                if same(p["name"], e["name"]) and p["investment_yi"] is not None \
                        and abs(p["investment_yi"] - e["investment"]) < 1e-9 and p["stage"] == e["stage"]:
                    agree += 1
                    break
        stage_right = sum(1 for e in expected for p in proposed
                          if same(p["name"], e["name"]) and p["stage"] == e["stage"])
        precision = len(right) / len(proposed) if proposed else 1.0
        recall = len(found) / len(expected) if expected else 1.0
        print(f"| {seed} | {len(proposed)} | {len(right)} | {len(expected)} | {len(found)} | "
              f"{precision:.2f} | {recall:.2f} | {len(figured)} | {agree} |")
        print(f"<!-- {seed}: stage agrees for {stage_right} of {len(found)} found -->")
        for e in expected:
            for p in proposed:
                if same(p["name"], e["name"]) and p["stage"] != e["stage"]:
                    print(f"<!--   stage differs: {e['name']}: chains/ {e['stage']}, extract {p['stage']} -->")


if __name__ == "__main__":
    main()
