/**
 * Entity names (README, "The workbook format" › entities; docs/validate.md, `unknown-entity`):
 * a name in the data is one of the plan's entities, an alias of one (read as that entity), the
 * same name written otherwise (an error, with the name meant), or a name the plan does not know
 * (an error when the plan lists its entities, else a warning). Activity reports follow the
 * duplicate rules of values.
 */
import { describe, expect, it } from 'vitest';
import { checkActivities } from '../../src/compute/checks.js';
import {
  EntityDirectory,
  editDistance,
  entityIssues,
  looseEntityKey,
  resolvePlanEntities,
  withConfiguredEntities,
} from '../../src/compute/entities.js';
import { ambiguousPeriod, parsePeriod } from '../../src/compute/periods.js';
import type { ActivityReport, Indicator, PlanEntity } from '../../src/model/plan.js';

const listed = (name: string, aliases: string[] = []): PlanEntity => ({
  name,
  aliases,
  type: null,
  region: null,
  at: null,
});

describe('looseEntityKey', () => {
  it('reads one name in the spellings partners use', () => {
    // Case, accents, « de », punctuation, spacing and the long form of « DR » make no difference.
    const spellings = [
      'DR Kayes',
      'DR de Kayes',
      'Direction régionale de Kayes',
      'D.R. Kayes',
      'dr-kayès',
      'DRKayes',
    ];
    expect(new Set(spellings.map(looseEntityKey))).toEqual(new Set(['drkayes']));
  });

  it('keeps different places apart', () => {
    expect(looseEntityKey('DR Kayes')).not.toBe(looseEntityKey('DR Kati'));
    expect(looseEntityKey('DR Mopti')).not.toBe(looseEntityKey('DRS Mopti'));
  });
});

describe('editDistance', () => {
  it('counts an exchange of two neighbouring letters as one edit', () => {
    expect(editDistance('drkayes', 'drkaeys')).toBe(1);
    expect(editDistance('oim', 'giz')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('EntityDirectory without a list: the plan’s Responsables are the names', () => {
  const d = new EntityDirectory([], ['DR Kayes', 'OIM', 'DGME']);

  it('knows a responsible entity whatever its case and accents', () => {
    expect(d.match('dr KAYÈS')).toEqual({ kind: 'known', name: 'DR Kayes' });
  });

  it('takes a responsible written otherwise for a misspelling, and names it', () => {
    expect(d.match('DR de Kayes')).toEqual({ kind: 'unknown', close: true, suggestion: 'DR Kayes' });
    expect(d.match('Direction régionale de Kayes')).toEqual({
      kind: 'unknown',
      close: true,
      suggestion: 'DR Kayes',
    });
  });

  it('suggests a near name for a typing error without deciding for the user', () => {
    expect(d.match('DR Kaeys')).toEqual({ kind: 'unknown', close: false, suggestion: 'DR Kayes' });
    // « Kayes » alone is inside « DR Kayes ».
    expect(d.match('Kayes')).toEqual({ kind: 'unknown', close: false, suggestion: 'DR Kayes' });
  });

  it('suggests nothing for a name near none (a new partner)', () => {
    expect(d.match('UNICEF')).toEqual({ kind: 'unknown', close: false, suggestion: null });
  });
});

describe('EntityDirectory with a list', () => {
  const d = new EntityDirectory(
    [listed('DR Kayes', ['DR de Kayes', 'Direction régionale de Kayes']), listed('OIM', ['IOM'])],
    ['DR Kayes', 'Mairie de Kati'],
  );

  it('reads an alias as its entity', () => {
    expect(d.match('iom')).toEqual({ kind: 'alias', name: 'OIM' });
    expect(d.canonical('DR de Kayes')).toBe('DR Kayes');
  });

  it('knows only the listed names: a Responsables name missing from the list is unknown', () => {
    expect(d.listed).toBe(true);
    expect(d.match('Mairie de Kati').kind).toBe('unknown');
  });
});

describe('entityIssues', () => {
  const mention = (entity: string, file: string, cell = 'B2') => ({ file, entity, sheet: 'Rapport', cell });

  it('stops on a Responsables name written otherwise, once per file, at the cell that gives it', () => {
    const d = new EntityDirectory([], ['DR Kayes', 'OIM']);
    const issues = entityIssues(d, [
      mention('DR de Kayes', 'DR-Kayes-2025-T2.xlsx'),
      { file: 'DR-Kayes-2025-T2.xlsx', entity: 'DR de Kayes', sheet: 'Valeurs', cell: 'C5' },
      mention('DR Kayes', 'DR-Kayes-2025-T1.xlsx'),
    ]);
    expect(issues).toEqual([
      {
        code: 'unknown-entity',
        severity: 'error',
        file: 'DR-Kayes-2025-T2.xlsx',
        sheet: 'Rapport',
        cell: 'B2',
        value: 'DR de Kayes',
        params: { entity: 'DR de Kayes', listed: 0, close: 1, suggestion: 'DR Kayes' },
      },
    ]);
  });

  it('warns about a name near no responsible (a new partner), with a suggestion when one is plausible', () => {
    const d = new EntityDirectory([], ['DR Kayes', 'OIM']);
    const issues = entityIssues(d, [mention('UNICEF', 'u.xlsx'), mention('DR Kaeys', 'k.xlsx')]);
    expect(issues.map((i) => [i.severity, i.params.entity, i.params.suggestion ?? null])).toEqual([
      ['warning', 'UNICEF', null],
      ['warning', 'DR Kaeys', 'DR Kayes'],
    ]);
  });

  it('stops on any name the list does not give, and notes each alias it reads', () => {
    const d = new EntityDirectory([listed('DR Kayes', ['DR de Kayes']), listed('OIM')], []);
    const issues = entityIssues(d, [mention('DR de Kayes', 'a.xlsx'), mention('UNICEF', 'b.xlsx')]);
    expect(issues.map((i) => [i.code, i.severity, i.file])).toEqual([
      ['entity-alias', 'info', 'a.xlsx'],
      ['unknown-entity', 'error', 'b.xlsx'],
    ]);
    expect(issues[0].params).toEqual({ entity: 'DR de Kayes', canonical: 'DR Kayes' });
  });

  it('checks nothing when the plan names no entity at all', () => {
    expect(entityIssues(new EntityDirectory([], []), [mention('X', 'x.xlsx')])).toEqual([]);
  });
});

describe('the plan’s own names against its list', () => {
  const indicator = (responsible: string[]): Indicator =>
    ({
      code: 'I1',
      responsible,
      responsibleCell: 'Q4',
      at: { file: 'plan.xlsx', sheet: 'Indicateurs', cell: 'A4' },
    }) as Indicator;

  it('writes an alias in Responsables as its entity, and stops on a name the list lacks, at its cell', () => {
    const d = new EntityDirectory([listed('DR Kayes', ['DR de Kayes']), listed('OIM')], []);
    const { plan, issues } = resolvePlanEntities(
      { indicators: [indicator(['DR de Kayes', 'OIM', 'GIZ'])], activities: [] },
      d,
    );
    expect(plan.indicators[0].responsible).toEqual(['DR Kayes', 'OIM', 'GIZ']);
    expect(issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.value])).toEqual([
      ['unknown-entity', 'error', 'Indicateurs', 'Q4', 'GIZ'],
    ]);
  });

  it('adds the configuration’s entities and aliases to the plan’s list', () => {
    const merged = withConfiguredEntities(
      { file: 'plan.xlsx', entities: [listed('DR Kayes', ['DR de Kayes'])] },
      { 'DR Kayes': ['Direction régionale de Kayes'], OIM: ['IOM'] },
    );
    expect(merged.issues).toEqual([]);
    expect(merged.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['DR Kayes', ['DR de Kayes', 'Direction régionale de Kayes']],
      ['OIM', ['IOM']],
    ]);
  });

  it('refuses a configuration alias that is another entity’s name', () => {
    const merged = withConfiguredEntities(
      { file: 'plan.xlsx', entities: [listed('DR Kayes'), listed('OIM')] },
      { 'DR Kayes': ['OIM'] },
    );
    expect(merged.issues.map((i) => [i.code, i.severity, i.value, i.params.entity])).toEqual([
      ['duplicate-code', 'error', 'OIM', 'OIM'],
    ]);
  });
});

describe('checkActivities', () => {
  const a = (more: Partial<ActivityReport>): ActivityReport => ({
    activity: 'AC2.1',
    entity: 'DR Kayes',
    period: '2025-T2',
    status: 'in-progress',
    progress: 50,
    disbursed: 6_000_000,
    file: 'DR-Kayes-2025-T2.xlsx',
    sheet: 'Activités',
    cell: 'A2',
    ...more,
  });

  it('counts the same report twice once, with the warning values get', () => {
    const copy = a({ file: 'DR-Kayes-2025-T2 (1).xlsx' });
    const { issues, excluded } = checkActivities([a({}), copy]);
    expect(issues.map((i) => [i.code, i.severity, i.file])).toEqual([
      ['duplicate-value', 'warning', 'DR-Kayes-2025-T2 (1).xlsx'],
    ]);
    expect(issues[0].params.first).toBe('DR-Kayes-2025-T2.xlsx › Activités › A2');
    // The copy is left out: 6 000 000 disbursed, not 12 000 000.
    expect([...excluded]).toEqual([copy]);
  });

  it('stops on two reports of one activity, entity and period that disagree', () => {
    const { issues, excluded } = checkActivities([a({}), a({ file: 'b.xlsx', disbursed: 5_000_000 })]);
    expect(issues.map((i) => [i.code, i.severity, i.value, i.params.firstValue])).toEqual([
      ['conflicting-duplicate', 'error', '5000000', '6000000'],
    ]);
    expect(excluded.size).toBe(0);
  });

  it('takes other periods, entities (by key) and activities for other reports', () => {
    expect(
      checkActivities([a({}), a({ period: '2025-T1' }), a({ entity: 'OIM' }), a({ activity: 'AC2.2' })])
        .issues,
    ).toEqual([]);
    expect(checkActivities([a({}), a({ entity: 'dr kayès', file: 'c.xlsx' })]).issues).toHaveLength(1);
  });
});

describe('periods written YYYY-N', () => {
  it('are refused as ambiguous, with what to write instead', () => {
    expect(parsePeriod('2025-2')).toBeNull();
    expect(ambiguousPeriod('2025-2')).toEqual({ quarter: '2025-T2', month: '2025-02' });
    // No fifth quarter: only the month can be meant.
    expect(ambiguousPeriod('2025-7')).toEqual({ quarter: null, month: '2025-07' });
    expect(ambiguousPeriod('2025-02')).toBeNull();
    expect(parsePeriod('2025-02')?.label).toBe('2025-02');
  });
});
