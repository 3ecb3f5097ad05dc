#!/usr/bin/env python3
"""Moves one shape of a deck in LibreOffice Impress (headless, through Python-UNO) and
checks that the connectors glued to it follow: the check "move a box and the arrow follows"
of issue 15, scripted.

usage: move_shape_uno.py DECK.pptx SLIDE_TITLE_PREFIX SHAPE_NAME OUT.pdf

Opens the deck in Impress, finds the first slide whose title starts with the prefix and on
it the shape named SHAPE_NAME, moves it 120 pt right and 60 pt down, and prints for every
connector glued to it (StartShape/EndShape) its end at the shape before and after the move.
Exports that slide alone to OUT.pdf. Exits 1 when a glued connector did not follow (or the
shape has none).
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt import Point
from com.sun.star.beans import PropertyValue

deck, prefix, shape_name, out_pdf = sys.argv[1:5]
profile = tempfile.mkdtemp(prefix="uno-profile-")
port = 2000 + os.getpid() % 5000
office = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
     f"-env:UserInstallation=file://{profile}",
     f"--accept=socket,host=127.0.0.1,port={port};urp;"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    else:
        sys.exit("soffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(deck)), "_blank",
                                       0, (prop("Hidden", True),))
    pages = doc.getDrawPages()
    page = target = None
    for i in range(pages.getCount()):
        p = pages.getByIndex(i)
        title = ""
        for j in range(p.getCount()):
            s = p.getByIndex(j)
            if s.getName() == "标题":
                title = s.getString()
                break
        if title.startswith(prefix):
            for j in range(p.getCount()):
                if p.getByIndex(j).getName() == shape_name:
                    page, target, index = p, p.getByIndex(j), i
                    break
        if target is not None:
            break
    if target is None:
        sys.exit(f"no shape {shape_name} on a slide titled {prefix}")

    def glued():
        out = []
        for j in range(page.getCount()):
            s = page.getByIndex(j)
            if s.getShapeType() != "com.sun.star.drawing.ConnectorShape":
                continue
            # The connector's drawn path: Impress reroutes a glued connector when its shape
            # moves (StartPosition/EndPosition keep the imported values).
            r = s.BoundRect
            box = (r.X, r.Y, r.X + r.Width, r.Y + r.Height)
            if s.StartShape is not None and s.StartShape.getName() == shape_name:
                out.append((s.getName(), "start", box))
            if s.EndShape is not None and s.EndShape.getName() == shape_name:
                out.append((s.getName(), "end", box))
        return out

    before = glued()
    old = target.getPosition()
    target.setPosition(Point(old.X + 120 * 2540 // 72, old.Y + 60 * 2540 // 72))  # 1/100 mm
    after = glued()
    ok = bool(before) and len(before) == len(after)
    print(f"slide {index + 1}: moved {shape_name} by 120 pt, 60 pt; {len(before)} glued connectors")
    for (name, end, a), (_, _, b) in zip(before, after):
        follows = max(abs(x - y) for x, y in zip(a, b)) > 1000  # its path changed by over 1 cm
        ok = ok and follows
        print(f"  {name} ({end} glued): bounds {a} -> {b} (1/100 mm), "
              f"{'follows' if follows else 'DID NOT FOLLOW'}")
    # The moved slide alone, as a PDF to look at.
    for i in range(pages.getCount() - 1, -1, -1):
        if i != index:
            pages.remove(pages.getByIndex(i))
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out_pdf)),
                   (prop("FilterName", "impress_pdf_Export"),))
    doc.close(True)
    print("ok" if ok else "FAILED")
    sys.exit(0 if ok else 1)
finally:
    office.terminate()
    try:
        office.wait(timeout=20)
    except subprocess.TimeoutExpired:
        office.kill()
