#!/usr/bin/env python3
"""Checks a PPTX package's structure with the standard library only (an independent
reader of what chainmap writes).

usage: check_pptx.py DECK.pptx [--expect EXPECT.json | --zone ZONE_DIR]

Checks: every part is well-formed XML (expat); every relationship's target part exists;
[Content_Types].xml covers every part (a Default by extension or an Override by name) and
names no missing part; the slides are 16:9; every slide in presentation.xml's list; no text
run below 10 pt, every run with an East Asian (a:ea) and a Latin typeface;
every connector glued at both ends (stCxn/endCxn) to shapes of its own slide.
With --expect (a JSON list of {"title": ..., "links": [names], "edges": [[from, to], ...]}),
the slides whose title starts with "title" hold, together, exactly one shape named after
each link with that name in its text, and per edge one glued connector leaving the source
link's shape and one reaching the target link's shape (one connector when both links are
on one slide; across slides each end meets a stub "续 · <link>" of the other).
With --zone, the expectations are read from the zone's own files: for each chain, its 现状
and its 远景 slides ("<name>产业链图谱 · 现状" / "· 远景") each hold its links and edges.
Prints a summary line per check; exits 1 with the problems on failure.
"""
import json
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}
problems = []


def problem(text):
    problems.append(text)


def rels_name(part):
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def same(shown, name):
    """Whether a shape's name shows the link `name`, whole or cut short with "…"."""
    return shown == name or (shown.endswith("…") and len(shown) > 1 and name.startswith(shown[:-1]))


def zone_expectations(zone_dir):
    with open(posixpath.join(zone_dir, "zone.json"), encoding="utf-8") as f:
        zone = json.load(f)
    out = []
    for chain_id in zone["chains"]:
        with open(posixpath.join(zone_dir, chain_id + ".json"), encoding="utf-8") as f:
            chain = json.load(f)
        names = {l["id"]: l["name"]["zh"] for l in chain["links"]}
        for view in ("现状", "远景"):
            out.append({"title": chain["name"]["zh"] + "产业链图谱 · " + view,
                        "links": list(names.values()),
                        "edges": [[names[e["from"]], names[e["to"]]] for e in chain.get("edges", [])]})
    return out


def main():
    path = sys.argv[1]
    expect = None
    if len(sys.argv) > 3 and sys.argv[2] == "--expect":
        with open(sys.argv[3], encoding="utf-8") as f:
            expect = json.load(f)
    if len(sys.argv) > 3 and sys.argv[2] == "--zone":
        expect = zone_expectations(sys.argv[3])
    z = zipfile.ZipFile(path)
    names = z.namelist()
    trees = {}
    for name in names:
        try:
            trees[name] = ET.fromstring(z.read(name))
        except ET.ParseError as e:
            problem(f"{name}: not well-formed: {e}")
    print(f"parts: {len(names)}, well-formed: {len(trees)}")

    types = trees.get("[Content_Types].xml")
    defaults = {d.get("Extension").lower() for d in types.findall("ct:Default", NS)}
    overrides = {o.get("PartName") for o in types.findall("ct:Override", NS)}
    for name in names:
        if name == "[Content_Types].xml":
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        if "/" + name not in overrides and ext not in defaults:
            problem(f"{name}: no content type")
    for o in overrides:
        if o[1:] not in names:
            problem(f"[Content_Types].xml: override for missing part {o}")
    print(f"content types: {len(overrides)} overrides, defaults {sorted(defaults)}")

    relationships = 0
    for name in names:
        if not name.endswith(".rels") or name not in trees:
            continue
        folder = posixpath.dirname(posixpath.dirname(name))
        for r in trees[name].findall("rel:Relationship", NS):
            relationships += 1
            if r.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(folder, r.get("Target")))
            if target not in names:
                problem(f"{name}: {r.get('Id')} targets missing part {target}")
    print(f"relationships: {relationships}, all targets present" if not problems else "")

    pres = trees["ppt/presentation.xml"]
    size = pres.find("p:sldSz", NS)
    if size is None or int(size.get("cx")) * 9 != int(size.get("cy")) * 16:
        problem("ppt/presentation.xml: the slides are not 16:9")
    pres_rels = {r.get("Id"): r.get("Target") for r in trees[rels_name("ppt/presentation.xml")]}
    slides = [posixpath.normpath(posixpath.join("ppt", pres_rels[s.get("{%s}id" % NS["r"])]))
              for s in pres.find("p:sldIdLst", NS)]
    small = 0
    slide_info = []
    for slide in slides:
        tree = trees[slide]
        for rpr in tree.iter("{%s}rPr" % NS["a"]):
            if rpr.find("a:ea", NS) is None or rpr.find("a:latin", NS) is None:
                problem(f"{slide}: a run without both an East Asian and a Latin typeface")
            size = rpr.get("sz")
            if size is not None and int(size) < 1000:
                small += 1
                problem(f"{slide}: run of {int(size) / 100} pt")
        shapes = {}
        for sp in tree.iter("{%s}sp" % NS["p"]):
            c = sp.find("p:nvSpPr/p:cNvPr", NS)
            text = "".join(t.text or "" for t in sp.iter("{%s}t" % NS["a"]))
            shapes[c.get("id")] = (c.get("name"), text)
        connectors = []
        for cx in tree.iter("{%s}cxnSp" % NS["p"]):
            st = cx.find("p:nvCxnSpPr/p:cNvCxnSpPr/a:stCxn", NS)
            en = cx.find("p:nvCxnSpPr/p:cNvCxnSpPr/a:endCxn", NS)
            if st is None or en is None:
                problem(f"{slide}: connector not glued at both ends")
                continue
            for end in (st, en):
                if end.get("id") not in shapes:
                    problem(f"{slide}: connector glued to missing shape {end.get('id')}")
            connectors.append((st.get("id"), en.get("id")))
        title = shapes.get("2", ("", ""))[1]
        slide_info.append((title, shapes, connectors))
    print(f"slides: {len(slides)}, runs below 10 pt: {small}, "
          f"connectors: {sum(len(c) for _, _, c in slide_info)}")

    for chain in expect or []:
        mine = [s for s in slide_info if s[0].startswith(chain["title"])]
        if not mine:
            problem(f"no slide titled {chain['title']}")
            continue
        found = {}
        for _, shapes, _ in mine:
            for sid, (name, text) in shapes.items():
                for link in chain["links"]:
                    if same(name, link) and text.startswith(name):
                        found.setdefault(link, []).append(sid)
        for link in chain["links"]:
            if len(found.get(link, [])) != 1:
                problem(f"{chain['title']}: {len(found.get(link, []))} shapes for link {link}")
        # Each edge: one connector leaves the source link's own shape and one reaches the
        # target link's own shape (the same connector when both are on one slide; else each
        # slide shows the other end as a stub named "续 · <link>").
        glued = 0
        for from_name, to_name in chain["edges"]:
            leaving = reaching = 0
            for _, shapes, connectors in mine:
                for st, en in connectors:
                    a, b = shapes[st][0], shapes[en][0]
                    a_stub, b_stub = a.startswith("续 · "), b.startswith("续 · ")
                    a, b = a.removeprefix("续 · "), b.removeprefix("续 · ")
                    if same(a, from_name) and same(b, to_name):
                        leaving += not a_stub
                        reaching += not b_stub
            if leaving == 1 and reaching == 1:
                glued += 1
            else:
                problem(f"{chain['title']}: edge {from_name} → {to_name}: {leaving} connectors "
                        f"leave its source, {reaching} reach its target")
        print(f"{chain['title']}: {len(mine)} slides, {len(chain['links'])} links with one shape "
              f"each: {all(len(found.get(l, [])) == 1 for l in chain['links'])}, "
              f"{glued}/{len(chain['edges'])} edges glued at both links")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("ok")


main()
