"""Corpus workbooks written by openpyxl (run by make_foreign.sh).

openpyxl never computes formulas: a formula cell is saved without its cached result, which is
what `formula-without-result` is about. It also writes absolute relationship targets, which
exceljs reads differently from its own files.
"""
import sys
from datetime import datetime

from openpyxl import Workbook

out = sys.argv[1]
FIXED = datetime(2023, 1, 15, 9, 0, 0)


def book():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    rapport = wb.active
    rapport.title = "Rapport"
    for row in (("Clé", "Valeur"), ("Entité", "DGME"), ("Période", "2022-T4")):
        rapport.append(row)
    return wb


# A formula saved without its value: B3 = B2 * 2.
wb = book()
ws = wb.create_sheet("Valeurs")
ws.append(("Indicateur", "Valeur", "Commentaire"))
ws.append(("I1.1.1", 25, ""))
ws.append(("I1.1.2", "=B2*2", "calculé"))
wb.save(f"{out}/formula-without-result.xlsx")

# Title rows above the header, a word where a number belongs at C6.
wb = book()
ws = wb.create_sheet("Valeurs")
ws.append(("Rapport trimestriel de suivi",))
ws.append(("DGME — 4e trimestre 2022",))
ws.append(())
ws.append((None, "Indicateur", "Valeur", "Source"))
ws.append((None, "I1.1.1", 25, "registre"))
ws.append((None, "I1.1.2", "douze", "enquête"))
wb.save(f"{out}/openpyxl-type-error.xlsx")
print("openpyxl files written")
