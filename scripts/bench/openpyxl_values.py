# 200,000 values in one workbook written by openpyxl (not exceljs), for `npm run bench`:
# the same layout as generate.ts (Indicateur, Entité, Période, Sexe, Valeur), deterministic.
# Usage: /usr/bin/python3 scripts/bench/openpyxl_values.py OUT.xlsx [COUNT]
import random
import sys

from openpyxl import Workbook

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
rng = random.Random(200_000)
wb = Workbook(write_only=True)
ws = wb.create_sheet("Valeurs")
ws.append(["Indicateur", "Entité", "Période", "Sexe", "Valeur", "Commentaire"])
quarters = [f"{y}-T{q}" for y in range(2020, 2025) for q in range(1, 5)]
n = 0
for period in quarters:
    for e in range(50):
        entity = f"Entité {e + 1:02d}"
        for i in range(200):
            code = f"I{i // 25 + 1}.{(i % 25) // 5 + 1}.{i % 5 + 1}"
            if n >= count:
                break
            if i % 4 == 3:
                ws.append([code, entity, period, None, round(rng.random() * 100, 1), None])
                n += 1
                continue
            parts = [rng.randrange(100) for _ in range(4)]
            for sex, value in [(None, sum(parts)), ("H", parts[0]), ("F", parts[1]), ("Inconnu", parts[2]), ("Autre", parts[3])]:
                if n >= count:
                    break
                ws.append([code, entity, period, sex, value, None])
                n += 1
wb.save(out)
