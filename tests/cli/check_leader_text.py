#!/usr/bin/env python3
"""What a leader reads in a build's maps, deck and report (report/analysis.md): no English
word that is not part of a name in the zone's data (IGBT in 功率模块（IGBT 等）), no file name, no internal marker.

usage: check_leader_text.py BUILD_OUT ZONE_DIR
Prints what it read and every offence; exits 1 if there is one. Independent of chainmap's
code: it reads the zone's JSON, the SVG files and the PPTX's slide XML itself.
"""
import glob
import html
import json
import os
import re
import sys
import zipfile

out, zone = sys.argv[1], sys.argv[2]

names = []


def walk(value):
    if isinstance(value, dict):
        for key, v in value.items():
            if key in ("zh", "name", "short_name") and isinstance(v, str):
                names.append(v)
            else:
                walk(v)
    elif isinstance(value, list):
        for v in value:
            walk(v)


for path in glob.glob(os.path.join(zone, "*.json")):
    with open(path, encoding="utf-8-sig") as f:
        walk(json.load(f))
allowed = "\n".join(names)

texts = {}
for path in sorted(glob.glob(os.path.join(out, "maps", "**", "*.svg"), recursive=True)):
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    shown = re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S)
    tips = re.findall(r'xlink:title="([^"]*)"', svg)
    texts[os.path.relpath(path, out)] = [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in shown] + [
        html.unescape(t) for t in tips]
with zipfile.ZipFile(os.path.join(out, "deck.pptx")) as deck:
    for name in sorted(deck.namelist()):
        if re.fullmatch(r"ppt/slides/slide\d+\.xml", name):
            xml = deck.read(name).decode("utf-8")
            texts[name] = [html.unescape(t) for t in re.findall(r"<a:t>([^<]*)</a:t>", xml)]

report = os.path.join(out, "report", "analysis.md")
with open(report, encoding="utf-8") as f:
    # Markdown escapes (\*, \_) and table pipes are markup, not text.
    texts["report/analysis.md"] = [re.sub(r"\\(.)", r"\1", line) for line in f.read().splitlines()]

offences = []
for source, items in texts.items():
    for text in items:
        for word in re.findall(r"[A-Za-z]{3,}", text):
            if word not in allowed:
                offences.append(f"{source}: English word '{word}' in '{text}'")
        if re.search(r"\.(txt|json|csv|md|docx)\b|\[(inf|pub|gk)\]|docs/", text):
            offences.append(f"{source}: file name or marker in '{text}'")
strings = sum(len(v) for v in texts.values())
print(f"read {len(texts)} files, {strings} strings; {len(offences)} offences")
for o in offences[:40]:
    print(o)
sys.exit(1 if offences else 0)
