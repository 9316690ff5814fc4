#!/bin/sh
# Corpus files written by programs other than exceljs: openpyxl (formulas saved without a cached
# result, title rows above the header) and LibreOffice (a real .xls and .ods converted from the
# exceljs data workbook: read since issue 21, they carry the corpus' too-many-rows cases of those
# formats). Usage: make_foreign.sh tests/fixtures-bad
set -eu
OUT=${1:?usage: make_foreign.sh OUT_DIR}
HERE=$(dirname "$0")
/usr/bin/python3 "$HERE/make_openpyxl.py" "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$OUT/ok-data.xlsx" "$WORK/legacy-xls.xlsx"
cp "$OUT/ok-data.xlsx" "$WORK/ods-file.xlsx"
soffice --headless -env:UserInstallation="file://$WORK/profile" --convert-to xls --outdir "$WORK" "$WORK/legacy-xls.xlsx" >/dev/null
soffice --headless -env:UserInstallation="file://$WORK/profile" --convert-to ods --outdir "$WORK" "$WORK/ods-file.xlsx" >/dev/null
cp "$WORK/legacy-xls.xls" "$OUT/legacy-xls.xls"
cp "$WORK/ods-file.ods" "$OUT/ods-file.ods"
echo "foreign files written to $OUT"
