import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueFileNames } from '../../src/template/file-names.js';

/** The file `ponam template report` names for one entity at one period. */
const fileName = (entity: string, period: string) => uniqueFileNames([entity], period).get(entity);

describe('file names made from entity names', () => {
  it('turns a partner name with a slash into hyphens', () => {
    expect(fileName('GIZ / Expertise France', '2023-T1')).toBe('GIZ-Expertise-France-2023-T1.xlsx');
  });

  it('strips accents and apostrophes', () => {
    expect(safeFileStem("Ministère des Maliens de l'Extérieur")).toBe('Ministere-des-Maliens-de-l-Exterieur');
  });

  it('replaces every character Windows forbids', () => {
    const stem = safeFileStem('a/b\\c:d*e?f"g<h>i|j');
    expect(stem).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(stem).not.toMatch(/[/\\:*?"<>|]/);
  });

  it('removes trailing dots and spaces', () => {
    expect(safeFileStem('DR Kayes. . ')).toBe('DR-Kayes');
    expect(safeFileStem('...')).toBe('entity');
  });

  it('prefixes reserved Windows device names, whatever their case', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9'])
      expect(safeFileStem(name)).toBe(`_${name}`);
    expect(safeFileStem('CON.old')).toBe('_CON.old');
    expect(safeFileStem('CONSEIL')).toBe('CONSEIL');
  });

  it('prefixes COM and LPT followed by a superscript digit or 0, which Windows reserves too (issue 22)', () => {
    for (const name of ['COM¹', 'com²', 'LPT³', 'lpt¹', 'COM0', 'LPT0'])
      expect(safeFileStem(name)).toBe(`_${name}`);
    expect(fileName('COM¹', '2023-T1')).toBe('_COM¹-2023-T1.xlsx');
    expect(fileName('LPT²', '2023-T1')).toBe('_LPT²-2023-T1.xlsx');
    // Other superscripts and longer names are no device.
    for (const name of ['COM⁴', 'COM¹²', 'LPT10', 'COMITE']) expect(safeFileStem(name)).toBe(name);
  });

  it('falls back to a stem when nothing usable is left', () => {
    expect(safeFileStem('///', 'entite')).toBe('entite');
  });

  it('keeps letters of other scripts', () => {
    expect(safeFileStem('وزارة الداخلية')).toBe('وزارة-الداخلية');
  });

  it('numbers entities whose safe names collide', () => {
    const names = uniqueFileNames(['DR Kayes', 'DR/Kayes', 'dr kayes?'], '2023-T1');
    expect([...names.values()]).toEqual([
      'DR-Kayes-2023-T1.xlsx',
      'DR-Kayes-2-2023-T1.xlsx',
      'dr-kayes-3-2023-T1.xlsx',
    ]);
  });
});
