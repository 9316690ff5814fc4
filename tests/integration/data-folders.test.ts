/**
 * Every file a data folder holds is read or listed as skipped with its reason (issue 21,
 * docs/validate.md "Files in a folder"): what `gatherInputs` makes of each kind of file, the
 * notices `loadInputs` turns them into, and the refusal of a folder that holds nothing to read.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordProblem } from '../../src/cli/problems.js';
import { gatherInputs } from '../../src/core/inputs.js';
import { loadInputs } from '../../src/core/load.js';
import { dataInputs } from '../../src/core/paths.js';
import { describeIssue } from '../../src/i18n/index.js';
import { UsageError } from '../../src/model/errors.js';
import { smallData, writeWorkbook } from '../helpers/workbooks.js';

const root = mkdtempSync(join(tmpdir(), 'ponam-folders-'));

function put(path: string, content: string | Buffer = 'x'): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

const shown = (files: { path: string }[]) => files.map((f) => relative(root, f.path)).sort();

describe('what a data folder holds', () => {
  const folder = join(root, 'rapports');
  put('rapports/kayes.xlsx');
  put('rapports/segou.csv');
  put('rapports/mopti.xls');
  put('rapports/gao.ods');
  put('rapports/anciens/tombouctou.XLSX');
  put('rapports/notes.txt');
  put('rapports/rapport-oim.pdf');
  put('rapports/envoi.zip');
  put('rapports/binaire.xlsb');
  put('rapports/~$kayes.xlsx');
  put('rapports/.~lock.segou.ods#');
  put('rapports/.kayes-copie.xlsx');
  put('rapports/.DS_Store');
  put('rapports/._kayes.xlsx');
  put('rapports/Thumbs.db');
  put('rapports/desktop.ini');
  put('rapports/.git/objects/a.xlsx');

  it('reads the workbooks and CSVs, in every folder below, whatever the case of the extension', async () => {
    const { files } = await gatherInputs([folder]);
    expect(shown(files)).toEqual([
      'rapports/anciens/tombouctou.XLSX',
      'rapports/gao.ods',
      'rapports/kayes.xlsx',
      'rapports/mopti.xls',
      'rapports/segou.csv',
    ]);
  });

  it('lists every other file with its reason; system files and hidden folders go without a word', async () => {
    const { skipped } = await gatherInputs([folder]);
    expect(skipped.map((f) => [relative(root, f.path), f.skip?.reason, f.skip?.detail ?? null])).toEqual([
      ['rapports/.kayes-copie.xlsx', 'hidden', null],
      ['rapports/.~lock.segou.ods#', 'lock-file', null],
      ['rapports/binaire.xlsb', 'not-a-workbook', 'xlsb'],
      ['rapports/envoi.zip', 'not-a-workbook', 'zip'],
      ['rapports/notes.txt', 'not-a-workbook', 'text'],
      ['rapports/rapport-oim.pdf', 'not-a-workbook', 'pdf'],
      ['rapports/~$kayes.xlsx', 'lock-file', null],
    ]);
  });

  it('turns each into a skipped-file notice, which says what to do', async () => {
    const { skipped } = await gatherInputs([folder]);
    const loaded = await loadInputs(null, skipped, 'fr');
    expect(loaded.issues.every((i) => i.code === 'skipped-file' && i.severity === 'info')).toBe(true);
    const message = (name: string) =>
      describeIssue(loaded.issues.find((i) => i.file.endsWith(name)) as never, 'fr').message;
    expect(message('~$kayes.xlsx')).toContain('enregistrez-le et fermez-le');
    expect(message('rapport-oim.pdf')).toContain('un document PDF');
    expect(message('rapport-oim.pdf')).toContain('demandez le classeur lui-même');
    expect(message('envoi.zip')).toContain('Décompressez-la');
    expect(message('.kayes-copie.xlsx')).toContain('retirez le point');
    expect(loaded.unreadable.size).toBe(0);
  });

  it('skips a lock file named on the command line (a shell glob), but reads any other file named', async () => {
    const lock = join(folder, '~$kayes.xlsx');
    const notes = join(folder, 'notes.txt');
    const thumbs = join(folder, 'Thumbs.db');
    const { files, skipped } = await gatherInputs([lock, notes, thumbs]);
    expect(shown(files)).toEqual(['rapports/notes.txt']);
    expect(skipped.map((f) => f.skip?.reason)).toEqual(['system-file', 'lock-file']);
  });
});

describe('a folder with nothing to read', () => {
  it('is refused, naming what it holds', async () => {
    put('vide/lisez-moi.txt');
    put('vide/~$ancien.xlsx');
    const error = await dataInputs([join(root, 'vide')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).problem.code).toBe('folder-without-workbook');
    expect(wordProblem((error as UsageError).problem, 'fr').message).toMatch(
      /aucun classeur \(\.xlsx, \.xls, \.ods\) ni fichier de valeurs \(\.csv\) dans le dossier .*vide ; fichiers ignorés : .*lisez-moi\.txt, .*~\$ancien\.xlsx/,
    );
  });

  it('a folder holding one CSV is not refused: the CSV is read', async () => {
    const csv = put('un-csv/kayes.csv', 'Indicateur;Entité;Période;Valeur\nI1;DR Kayes;2022-T3;5\n');
    const { files } = await dataInputs([join(root, 'un-csv')]);
    expect(files.map((f) => f.path)).toEqual([csv]);
  });
});

describe('the CSV that was skipped without a word (issue 21)', () => {
  it('is read beside the workbooks of its folder', async () => {
    mkdirSync(join(root, 'mixte'));
    await writeWorkbook(join(root, 'mixte', 'kayes.xlsx'), smallData('DR Kayes', '2022-T3', [['I1', 7]]));
    put('mixte/segou.csv', 'Indicateur;Entité;Période;Valeur\nI1;DR Ségou;2022-T3;25\n');
    const { files } = await gatherInputs([join(root, 'mixte')]);
    const loaded = await loadInputs(null, files, 'fr');
    expect(loaded.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // 7 from the workbook, 25 from the CSV.
    expect(loaded.data.values.toArray().map((v) => [v.entity, v.value, v.file, v.cell])).toEqual([
      ['DR Kayes', 7, expect.stringMatching(/kayes\.xlsx$/), 'B2'],
      ['DR Ségou', 25, expect.stringMatching(/segou\.csv$/), 'D2'],
    ]);
  });
});
