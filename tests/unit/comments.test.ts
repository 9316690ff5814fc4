/**
 * Partners' comments (docs/report.md, "Partners' comments"): newest first, the same text of the
 * same entity once with the periods it was written for, each with its indicator or activity code,
 * and flagged when it names a date after the period it was written for.
 */
import { describe, expect, it } from 'vitest';
import { datesNamed, gatherComments, newestFirst, type RawComment } from '../../src/compute/comments.js';
import { periodResolver } from '../../src/compute/model.js';
import { p } from '../helpers/compute.js';

const raw = (entity: string, period: string, comment: string, cell = 'F2'): RawComment => ({
  entity,
  period,
  comment,
  file: `${entity}-${period}.xlsx`,
  sheet: 'Activités',
  cell,
});

const gather = (found: RawComment[], at = '2022-T4') =>
  gatherComments('AC7.1.2', found, p(at), periodResolver());

describe('partners’ comments', () => {
  it('gives the same text of the same entity once, with every period it was written for', () => {
    // Written for 10 quarters, as the demo's DNDS wrote « En attente de financement ».
    const quarters = ['2020-T1', '2020-T2', '2020-T4', '2021-T1', '2021-T2', '2021-T3', '2021-T4', '2022-T2'];
    const found = gather([
      ...quarters.map((q) => raw('DNDS', q, 'En attente de financement')),
      raw('DNDS', '2022-T3', 'en attente  de financement'),
      raw('dnds', '2022-T4', 'En attente de financement'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'AC7.1.2',
      entity: 'dnds',
      period: '2022-T4',
      text: 'En attente de financement',
      file: 'dnds-2022-T4.xlsx',
      laterDate: null,
    });
    expect(found[0].periods).toEqual([...quarters, '2022-T3', '2022-T4']);
  });

  it('keeps the same text of two entities apart, and two texts of one entity apart', () => {
    const found = gather([
      raw('OIM', '2020-T2', 'Retards liés à la COVID-19'),
      raw('DR Bamako', '2020-T2', 'Retards liés à la COVID-19'),
      raw('OIM', '2021-T4', 'Activité achevée'),
    ]);
    expect(found.map((c) => [c.entity, c.period, c.text])).toEqual([
      ['OIM', '2021-T4', 'Activité achevée'],
      ['DR Bamako', '2020-T2', 'Retards liés à la COVID-19'],
      ['OIM', '2020-T2', 'Retards liés à la COVID-19'],
    ]);
  });

  it('puts the newest first, the report period’s on top, and leaves out those written after P', () => {
    const found = gather(
      [
        raw('A', '2020-T1', 'old'),
        raw('B', '2022-T3', 'P'),
        raw('C', '2021-T2', 'middle'),
        raw('D', '2022-T4', 'after'),
      ],
      '2022-T3',
    );
    expect(found.map((c) => c.text)).toEqual(['P', 'middle', 'old']);
    // Comments of several activities put together keep that order.
    const other = gatherComments('AC1', [raw('E', '2021-T4', 'other')], p('2022-T3'), periodResolver());
    expect(newestFirst([...found, ...other]).map((c) => c.text)).toEqual(['P', 'other', 'middle', 'old']);
  });

  it('flags a comment that names a date after the period it was written for', () => {
    // The demo's AC6.1.1: written for 2020-T1 … 2020-T4 and 2022-T1, naming January 2022.
    const text = 'Abandonnée : contexte régional (sanctions CEDEAO de janvier 2022)';
    const found = gather(['2020-T1', '2020-T2', '2022-T1'].map((q) => raw('Ministère', q, text)));
    expect(found[0].laterDate).toEqual({ text: 'janvier 2022', period: '2020-T1' });
    // Written only in 2022-T1, January 2022 lies within its period: no flag.
    expect(gather([raw('Ministère', '2022-T1', text)])[0].laterDate).toBeNull();
  });

  it('reads the dates a comment may name: days, months and periods, in French and English', () => {
    const months = (text: string) => datesNamed(text).map((d) => [d.text, d.startMonth - 2022 * 12 + 1]);
    expect(months('Livré le 15/03/2022, réception le 2022-04-02')).toEqual([
      ['15/03/2022', 3],
      ['2022-04-02', 4],
    ]);
    expect(months('Reporté à février 2022 puis au 1er juin 2022')).toEqual([
      ['février 2022', 2],
      ['juin 2022', 6],
    ]);
    expect(months('Signed on March 15, 2022; review in Q3 2022 and T4-2022')).toEqual([
      ['March 15, 2022', 3],
      ['Q3 2022', 7],
      ['T4-2022', 10],
    ]);
    expect(months('2022-S2 report')).toEqual([['2022-S2', 7]]);
    // Numbers are not dates: counts, amounts, a year alone.
    expect(datesNamed('1 446 migrants, 2 500 000 FCFA, cible 2024, 12/2022 incomplet')).toEqual([]);
  });
});
