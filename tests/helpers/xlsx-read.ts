import { spawnSync } from 'node:child_process';

/**
 * A workbook read back by openpyxl (`/usr/bin/python3`), as a consultant's spreadsheet reads it:
 * its sheets in order and, per sheet, the frozen cell and every row's values (numbers as numbers,
 * text as text). Null when openpyxl is missing: the caller skips with a notice.
 */
export interface ReadWorkbook {
  sheets: string[];
  cells: Record<string, { freeze: string | null; rows: (string | number | null)[][] }>;
}

const PYTHON = '/usr/bin/python3';

export function readWorkbook(file: string): ReadWorkbook {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "cells": {}}
for ws in wb.worksheets:
    out["cells"][ws.title] = {"freeze": ws.freeze_panes, "rows": [list(r) for r in ws.iter_rows(values_only=True)]}
print(json.dumps(out, default=str))
`;
  const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`openpyxl could not read ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReadWorkbook;
}
