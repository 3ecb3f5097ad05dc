#!/usr/bin/env python3
"""An English build (chainmap build --lang en): its maps and summary show the data's English
names and no Chinese in the wording chainmap translates.

usage: check_english_text.py BUILD_OUT ZONE_DIR
Prints what it read and every offence; exits 1 if there is one. Independent of chainmap's
code: it reads the zone's JSON, the SVG maps, summary.pdf (through pdftotext) and index.html
itself.

- Each chain map (现状 and 远景) has the chain's `name.en` in its title and every link's
  `name.en` as a node's name (cut with "…" where long); the overview every chain's.
- A map's text holds Chinese only inside the data's own words: enterprise and project names
  (which have no English), document titles in 《》 and their section numbers, and the
  chains', links' and zone's Chinese names where the data gives no English.
- summary.pdf has every chain's `name.en`, the English headings, and none of the Chinese
  headings; index.html is lang="en" with the English title.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys

out, zone = sys.argv[1], sys.argv[2]

chains = {}
data_words = []  # everything the data says in Chinese, which may be shown as it is


def walk(value):
    if isinstance(value, dict):
        for v in value.values():
            walk(v)
    elif isinstance(value, list):
        for v in value:
            walk(v)
    elif isinstance(value, str):
        data_words.append(value)


zone_json = None
for path in sorted(glob.glob(os.path.join(zone, "*.json"))):
    with open(path, encoding="utf-8-sig") as f:
        doc = json.load(f)
    if os.path.basename(path) == "zone.json":
        zone_json = doc
    elif "links" in doc:
        chains[doc["id"]] = doc
    # English names are not data words: a Chinese word is allowed only if the data has it.
    walk({k: v for k, v in doc.items()} if isinstance(doc, dict) else doc)
blob = "\n".join(data_words)

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+")
SECTION = re.compile(r"[一二三四五六七八九十]+[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、?")
offences = []


def svg_texts(path):
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    shown = re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S)
    tips = re.findall(r'xlink:title="([^"]*)"', svg)
    return [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in shown] + [html.unescape(t) for t in tips]


def shown_name(name, texts, limit):
    """The name as a map shows it: whole, or cut to `limit` characters with "…"."""
    cut = name if len(name) <= limit else name[: limit - 1] + "…"
    return any(cut in t for t in texts)


def chinese_outside_data(text):
    text = re.sub(r"《[^》]*》", "", text)  # a document's title is its own
    for run in CJK.findall(text):
        run = run.rstrip("…")
        if not run or run in blob:
            continue
        if not SECTION.sub("", run).strip("、，（）() "):
            continue  # a document's section numbers: 二(一)、二(三)
        yield run


# The maps' fixed Chinese words, none of which an English map may show.
MAP_WORDS = ["资料来源", "产业链图谱", "截至", "上游", "中游", "下游", "链主", "招引目标",
             "状态判定", "完整度", "未评", "总览", "远景", "环节", "在补"]

maps = sorted(glob.glob(os.path.join(out, "maps", "**", "*.svg"), recursive=True))
read = 0
for path in maps:
    texts = svg_texts(path)
    read += 1
    stem = os.path.splitext(os.path.basename(path))[0]
    rel = os.path.relpath(path, out)
    if stem in chains:
        chain = chains[stem]
        if not any(t.startswith(chain["name"]["en"][:59]) for t in texts):
            offences.append(f"{rel}: title without the chain's English name '{chain['name']['en']}'")
        for link in chain["links"]:
            if not shown_name(link["name"]["en"], texts, 32):
                offences.append(f"{rel}: link '{link['id']}' not shown as '{link['name']['en']}'")
    elif stem == "overview":
        for chain in chains.values():
            if not shown_name(chain["name"]["en"], texts, 24):
                offences.append(f"{rel}: chain '{chain['id']}' not shown as '{chain['name']['en']}'")
        if not any(zone_json["name"]["en"] in t for t in texts):
            offences.append(f"{rel}: no zone name '{zone_json['name']['en']}'")
    for t in texts:
        for run in chinese_outside_data(t):
            offences.append(f"{rel}: Chinese '{run}' in '{t}'")
        for word in MAP_WORDS:
            if word in re.sub(r"《[^》]*》", "", t) and t.rstrip("…") not in blob:
                offences.append(f"{rel}: Chinese wording '{word}' in '{t}'")

# In drawing order (each cell's lines together), a cell's wrapped lines joined again.
summary = subprocess.run(["pdftotext", "-raw", os.path.join(out, "summary.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
# pdftotext drops or adds spaces where pango places words: compare without whitespace.
summary = re.sub(r"\s+", "", summary)
read += 1
for chain in chains.values():
    if re.sub(r"\s+", "", chain["name"]["en"]) not in summary:
        offences.append(f"summary.pdf: no chain name '{chain['name']['en']}'")
# The Issues table (问题清单) does not fit the English page: the chains' longer names take
# its room (docs/cli.md).
for heading in ["one-page summary", "Chain completeness, whole zone", "Chains (now)",
                "Targets and progress", "Top ten recruitment targets (now)",
                "Key projects by stage"]:
    if re.sub(r"\s+", "", heading) not in summary:
        offences.append(f"summary.pdf: no heading '{heading}'")
for chinese in ["领导一页纸", "全区产业链完整度", "各产业链", "目标与进度", "招引目标前十",
                "重点项目", "问题清单", "资料来源", "截至", "文件未载明", "口径", "链长"]:
    if chinese in summary:  # (whitespace removed: Chinese has none)
        offences.append(f"summary.pdf: Chinese wording '{chinese}'")

with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
    page = f.read()
read += 1
if '<html lang="en">' not in page:
    offences.append("index.html: not lang=\"en\"")
title = re.search(r"<title>(.*?)</title>", page).group(1)
if zone_json["name"]["en"] not in html.unescape(title) or CJK.search(title):
    offences.append(f"index.html: title '{title}'")

print(f"read {read} files; {len(offences)} offences")
for o in offences[:40]:
    print(o)
sys.exit(1 if offences else 0)
