#!/usr/bin/python3
"""Generates a registry export of N made-up firms, shaped like a provincial or national
企查查 download: title row, the usual columns, all of China, every 登记状态, industries
spread over GB/T 4754 (a share on the zone's chains). USCCs carry valid check characters.
usage: make_registry_export.py ROWS OUT.csv|OUT.xlsx [--local]
  --local  every firm in 河南省济源市 (for timing import rather than targets --pool)"""
import random, sys, zipfile

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
HEADER = ["序号", "企业名称", "登记状态", "法定代表人", "注册资本", "成立日期", "统一社会信用代码",
          "企业类型", "所属省份", "所属城市", "所属区县", "国标行业门类", "国标行业小类", "经营范围",
          "参保人数", "科技型企业"]
PLACES = [("广东省", "深圳市", "南山区"), ("江苏省", "苏州市", "昆山市"), ("浙江省", "宁波市", "北仑区"),
          ("河南省", "郑州市", "中原区"), ("河南省", "洛阳市", "涧西区"), ("山东省", "青岛市", "黄岛区"),
          ("四川省", "成都市", "双流区"), ("湖北省", "武汉市", "江夏区"), ("重庆市", "重庆市", "渝北区"),
          ("河南省", "济源市", "济源市")]
INDUSTRIES = [("C", "C3483 弹簧制造", "汽车悬架弹簧的生产与销售"),
              ("C", "C3453 齿轮及齿轮减、变速箱制造", "谐波减速器、RV减速器研发制造"),
              ("C", "C3849 其他电池制造", "燃料电池电堆、膜电极研发生产"),
              ("C", "C3130 钢压延加工", "钢材加工、销售"),
              ("C", "C3985 电子专用材料制造", "键合丝、引线框架、银浆生产"),
              ("C", "C3841 锂离子电池制造", "动力电池电芯、储能系统生产"),
              ("C", "C3491 工业机器人制造", "工业机器人本体及系统集成"),
              ("F", "F5211 百货零售", "日用百货销售"), ("I", "I6513 应用软件开发", "工业软件开发"),
              ("E", "E4790 其他房屋建筑业", "房屋建筑施工"), ("L", "L7212 投资与资产管理", "投资管理"),
              ("C", "C2614 有机化学原料制造", "甲醇、苯乙烯生产")]
STATUS = ["存续"] * 7 + ["在业", "注销", "吊销，未注销", "迁出"]
TAGS = ["", "", "", "高新技术企业", "专精特新中小企业", "科技型中小企业"]


def uscc(rng):
    first = "9" + "1" + "".join(rng.choice("0123456789") for _ in range(6)) + "MA" + "".join(
        rng.choice(CHARS) for _ in range(7))
    total = sum(CHARS.index(c) * w for c, w in zip(first, WEIGHTS))
    return first + CHARS[(31 - total % 31) % 31]


def rows(n, local):
    rng = random.Random(12)
    for i in range(1, n + 1):
        province, city, county = PLACES[-1] if local else rng.choice(PLACES)
        section, industry, scope = rng.choice(INDUSTRIES)
        yield [str(i), "%s%s科技有限公司%d" % (city[:2], rng.choice("华盛恒泰鑫达宏远"), i),
               rng.choice(STATUS) if not local else "存续", "张三",
               "%d万元人民币" % rng.randint(50, 50000), "2015-06-0%d" % rng.randint(1, 9), uscc(rng),
               "有限责任公司", province, city, county, section, industry, scope,
               str(rng.randint(0, 3000)), rng.choice(TAGS)]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    local = "--local" in sys.argv
    title = "企业查询结果（共 %d 条）" % n
    if out.endswith(".csv"):
        with open(out, "w", encoding="utf-8-sig", newline="") as f:
            f.write(title + "," * (len(HEADER) - 1) + "\r\n" + ",".join(HEADER) + "\r\n")
            for r in rows(n, local):
                f.write(",".join(r) + "\r\n")
        return
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    def cell(col, row, text):
        return '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col, row, esc(text))
    cols = [chr(ord("A") + i) for i in range(len(HEADER))]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="企业列表" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            f.write(('<row r="1">%s</row>' % cell("A", 1, title)).encode())
            f.write(('<row r="2">%s</row>' % "".join(cell(c, 2, h) for c, h in zip(cols, HEADER))).encode())
            buf = []
            for i, r in enumerate(rows(n, local), 3):
                buf.append('<row r="%d">%s</row>' % (i, "".join(cell(c, i, v) for c, v in zip(cols, r))))
                if len(buf) >= 5000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    main()
