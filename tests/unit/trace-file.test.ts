/**
 * The trace of a large report leaves report.json's main document for a side file
 * (docs/json-contract.md, "Trace"): inline up to TRACE_INLINE_MAX source cells, else every
 * indicator's `trace` is null, `traceFile` names `report.trace.csv`, and its lines, grouped by
 * file, sheet, entity and period, are the inline trace.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRACE_INLINE_MAX, TraceCollector, traceGroups } from '../../src/compute/details.js';
import { renderFormats } from '../../src/core/render.js';
import type { ReportedValue } from '../../src/model/plan.js';
import { type NewValue, ValueStore } from '../../src/model/value-store.js';
import { jsonChunks, traceCsvChunks, traceFileName } from '../../src/report/json.js';
import { model } from '../report/model.js';

function stored(): ValueStore {
  const store = new ValueStore();
  const at = (more: Partial<NewValue>): NewValue => ({
    indicator: 'I1',
    entity: 'Kayes',
    period: '2022-T1',
    value: 10,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: 'data/Kayes.xlsx',
    sheet: 'Valeurs',
    row: 2,
    col: 3,
    ...more,
  });
  store.push(at({ value: 10, row: 2 })); // I1 Kayes 2022-T1, C2
  store.push(at({ indicator: 'I2', value: 7, row: 3 })); // I2, C3
  store.push(at({ value: 20, row: 4 })); // I1 Kayes 2022-T1, C4
  store.push(
    at({ entity: 'Gao, Tombouctou', file: 'data/"Gao".xlsx', period: '2022-T2', value: null, row: 5 }),
  );
  return store;
}

describe('the trace collector', () => {
  it('keeps the trace inline up to the threshold, grouped as before', () => {
    const store = stored();
    const collector = new TraceCollector(store);
    const i1 = store.valuesOf('I1');
    const i2 = store.valuesOf('I2');
    // Used in this order: C4, C5, C2 of I1; C3 of I2.
    collector.add('I1', i1, [i1[1], i1[2], i1[0]]);
    collector.add('I2', i2, i2);
    // 4 cells ≤ 4: inline.
    const trace = collector.finish(['I1', 'I2', 'I3'], 4);
    expect(trace.file).toBeNull();
    expect(trace.of('I1')).toEqual([
      {
        file: 'data/Kayes.xlsx',
        sheet: 'Valeurs',
        entity: 'Kayes',
        period: '2022-T1',
        cells: ['C4', 'C2'],
        values: [20, 10],
      },
      {
        file: 'data/"Gao".xlsx',
        sheet: 'Valeurs',
        entity: 'Gao, Tombouctou',
        period: '2022-T2',
        cells: ['C5'],
        values: [null],
      },
    ]);
    expect(trace.of('I1')).toEqual(traceGroups([i1[1], i1[2], i1[0]]));
    expect(trace.of('I3')).toEqual([]);
  });

  it('hands a larger trace over as a side file of one line per cell, in the plan’s order', () => {
    const store = stored();
    const collector = new TraceCollector(store);
    const i1 = store.valuesOf('I1');
    const i2 = store.valuesOf('I2');
    collector.add('I1', i1, [i1[1], i1[2], i1[0]]);
    collector.add('I2', i2, i2);
    // 4 cells > 3: the side file; I2 comes first in the plan's order.
    const trace = collector.finish(['I2', 'I1'], 3);
    expect(trace.of('I1')).toBeNull();
    expect(trace.file?.cells).toBe(4);
    const csv = [...traceCsvChunks(trace.file as NonNullable<typeof trace.file>)].join('');
    expect(csv).toBe(
      [
        'indicator,entity,period,file,sheet,cell,value',
        'I2,Kayes,2022-T1,data/Kayes.xlsx,Valeurs,C3,7',
        'I1,Kayes,2022-T1,data/Kayes.xlsx,Valeurs,C4,20',
        // A field holding a comma or a quote is quoted, its quotes doubled; no value: empty.
        'I1,"Gao, Tombouctou",2022-T2,"data/""Gao"".xlsx",Valeurs,C5,',
        'I1,Kayes,2022-T1,data/Kayes.xlsx,Valeurs,C2,10',
        '',
      ].join('\n'),
    );
  });

  it('refuses a used value that is not one of the indicator’s', () => {
    const store = stored();
    const collector = new TraceCollector(store);
    const stranger: ReportedValue = { ...store.valuesOf('I1')[0] };
    expect(() => collector.add('I1', store.valuesOf('I1'), [stranger])).toThrow(/trace of I1/);
  });

  it('keeps 50 000 cells inline, as documented', () => {
    expect(TRACE_INLINE_MAX).toBe(50_000);
  });
});

describe('report.json and its side file', () => {
  it('names the side file after report.json', () => {
    expect(traceFileName('report.json')).toBe('report.trace.csv');
    expect(traceFileName('rapport-2022-T4.JSON')).toBe('rapport-2022-T4.trace.csv');
    expect(traceFileName('sortie')).toBe('sortie.trace.csv');
  });

  it('writes "traceFile": null last while the trace is inline', () => {
    const text = [...jsonChunks(model())].join('');
    expect(text.endsWith('  "traceFile": null\n}\n')).toBe(true);
  });

  it('writes the side file beside report.json and names it there', async () => {
    const store = stored();
    const collector = new TraceCollector(store);
    const i1 = store.valuesOf('I1');
    collector.add('I1', i1, i1);
    const trace = collector.finish(['I1'], 0);
    const base = model();
    const big = {
      ...base,
      indicators: base.indicators.map((i) => ({ ...i, trace: null })),
      traceFile: trace.file,
    };
    const out = mkdtempSync(join(tmpdir(), 'ponam-trace-'));
    const written = await renderFormats(big, {
      formats: ['json'],
      out,
      names: { json: 'rapport.json' },
      logo: null,
      pdfTimeoutMs: 1000,
      signal: new AbortController().signal,
      messagesLang: 'fr',
    });
    expect(written.paths).toEqual([join(out, 'rapport.trace.csv'), join(out, 'rapport.json')]);
    const json = JSON.parse(readFileSync(join(out, 'rapport.json'), 'utf8'));
    expect(json.traceFile).toEqual({
      path: 'rapport.trace.csv',
      format: 'csv',
      columns: ['indicator', 'entity', 'period', 'file', 'sheet', 'cell', 'value'],
      cells: 3,
    });
    expect(json.indicators.every((i: { trace: unknown }) => i.trace === null)).toBe(true);
    // Header + 3 cells (C2, C4, C5 in reading order).
    expect(readFileSync(join(out, 'rapport.trace.csv'), 'utf8').split('\n')).toHaveLength(5);
  });
});
