# Many entities in one values sheet written by openpyxl (not exceljs), for `npm run bench`: one
# value per indicator, entity and quarter — 200 indicators × 250 entities × QUARTERS quarters
# (4: 200,000 values; 20: 1,000,000), deterministic. This openpyxl writes every text as an inline
# string; Excel and earlier openpyxl releases write a shared-string table, so the texts are then
# moved into one (xl/sharedStrings.xml, each cell `t="s"`): the shape of a workbook saved by Excel.
# Usage: /usr/bin/python3 scripts/bench/openpyxl_entities.py OUT.xlsx QUARTERS
import os
import random
import re
import sys
import zipfile

from openpyxl import Workbook

out = sys.argv[1]
quarters = int(sys.argv[2])
rng = random.Random(250 * quarters)
wb = Workbook(write_only=True)
ws = wb.create_sheet("Valeurs")
ws.append(["Indicateur", "Entité", "Période", "Valeur"])
labels = [f"{y}-T{q}" for y in range(2020, 2025) for q in range(1, 5)][:quarters]
codes = [f"I{i // 25 + 1}.{(i % 25) // 5 + 1}.{i % 5 + 1}" for i in range(200)]
for period in labels:
    for e in range(250):
        entity = f"Entité {e + 1:03d}"
        for i, code in enumerate(codes):
            value = round(rng.random() * 100, 1) if i % 4 == 3 else rng.randrange(1000)
            ws.append([code, entity, period, value])
inline = out + ".inline"
wb.save(inline)

strings = {}


def shared(m):
    index = strings.setdefault(m.group(2), len(strings))
    return f'<c r="{m.group(1)}" t="s"><v>{index}</v></c>'


with zipfile.ZipFile(inline) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    names = src.namelist()
    for name in names:
        data = src.read(name).decode("utf-8")
        if name.startswith("xl/worksheets/"):
            data = re.sub(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>([^<]*)</t></is></c>', shared, data)
        elif name == "[Content_Types].xml":
            data = data.replace(
                "</Types>",
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(
                "</Relationships>",
                '<Relationship Id="rIdSharedStrings" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                "</Relationships>",
            )
        dst.writestr(name, data)
    table = "".join(f"<si><t>{s}</t></si>" for s in strings)
    dst.writestr(
        "xl/sharedStrings.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{table}</sst>',
    )
os.remove(inline)
