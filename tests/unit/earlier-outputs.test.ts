/**
 * Issue 22: ponam recognises its own earlier outputs in --out by their content, and reads their
 * period from it (src/core/earlier-outputs.ts). The markers are written here as ponam writes
 * them (report.json's head, the HTML's head, the Info dictionary Chrome writes from the HTML's
 * title); anything else is not ponam's and is never touched.
 */
import { describe, expect, it } from 'vitest';
import { htmlPeriod, jsonPeriod, pdfPeriod, samePeriod } from '../../src/core/earlier-outputs.js';

const utf16Hex = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

describe("ponam's outputs are told by their content, with their period", () => {
  it('report.json: the tool is ponam, the period is the field', () => {
    const head =
      '{\n  "schemaVersion": "2",\n  "tool": {"name":"ponam","version":"0.1.0"},\n  "generatedAt": null,\n  "lang": "fr",\n  "period": "2025-T1",\n';
    expect(jsonPeriod(head)).toBe('2025-T1');
    expect(jsonPeriod(head.replace('"ponam"', '"other"'))).toBeNull();
    expect(jsonPeriod('{"period": "2025-T1"}')).toBeNull();
  });

  it('report.html: the generator meta, and the period in words at the end of the title', () => {
    const head = latin1(
      '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="ponam">\n<title>Plan d’actions — Rapport trimestriel, T1 2025</title>',
    );
    expect(htmlPeriod(head)).toBe('T1 2025');
    const semester = head.replace('Rapport trimestriel, T1 2025', 'Rapport semestriel, 1er semestre 2025');
    expect(htmlPeriod(semester)).toBe('1er semestre 2025');
    // Without the generator meta, or with a title ponam does not write, it is someone else's page.
    expect(htmlPeriod(head.replace('<meta name="generator" content="ponam">', ''))).toBeNull();
    expect(htmlPeriod(head.replace('Rapport trimestriel', 'Compte rendu'))).toBeNull();
  });

  it('report.pdf: printed by Skia from ponam’s title (UTF-16 or literal)', () => {
    const info = (title: string) =>
      `%PDF-1.4\n%\xd3\xeb\xe9\xe1\n1 0 obj\n<</Title ${title}\n/Creator (Mozilla/5.0 \\(X11\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261207012810+00'00')>>\nendobj\n`;
    expect(pdfPeriod(info(utf16Hex('Plan — Quarterly report, Q1 2025')))).toBe('Q1 2025');
    // A hyphen where ponam writes « — »: not ponam's title.
    expect(pdfPeriod(info('(Plan \\(PONAM\\) - Rapport annuel, 2025)'))).toBeNull();
    expect(pdfPeriod(info(utf16Hex('Facture — avril, 2025')))).toBeNull();
    expect(
      pdfPeriod(info(utf16Hex('Plan — Rapport annuel, 2025')).replace('Skia/PDF', 'LibreOffice')),
    ).toBeNull();
  });

  it('a period given in words matches its label in either language', () => {
    expect(samePeriod('2025-T1', '2025-T1')).toBe(true);
    expect(samePeriod('T1 2025', '2025-T1')).toBe(true);
    expect(samePeriod('Q1 2025', '2025-T1')).toBe(true);
    expect(samePeriod('1er semestre 2025', '2025-S1')).toBe(true);
    expect(samePeriod('H1 2025', '2025-S1')).toBe(true);
    expect(samePeriod('T1 2025', '2025-T2')).toBe(false);
    expect(samePeriod('2025', '2025-T4')).toBe(false);
  });
});
