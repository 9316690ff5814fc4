import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/model.js';
import type { Status } from '../../src/compute/status.js';
import { changesView } from '../../src/report/changes.js';
import { type Finding, keyFindings, worstFirst } from '../../src/report/findings.js';
import { findingViews } from '../../src/report/findings-view.js';
import { formatter } from '../../src/report/format.js';
import { completenessCell, model } from './model.js';

const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const of = <K extends Finding['kind']>(found: Finding[], kind: K) =>
  found.find((f) => f.kind === kind) as Extract<Finding, { kind: K }> | undefined;

describe('key findings (what deserves a sentence)', () => {
  it('starts with the plan rate and status', () => {
    const found = keyFindings(model());
    expect(found[0]).toEqual({
      kind: 'plan',
      rate: 0.6,
      status: 'behind',
      withData: 4,
      indicatorCount: 5,
      notDue: 0,
      weights: [],
      unweightedRate: 0.6,
    });
  });

  it('says how many milestones are not due, out of the rate, and never lists them as never reported', () => {
    const m = model();
    // I5 (never reported) becomes a milestone not yet due: 4 of the 4 due are reported, 1 not due
    m.indicators[4] = { ...m.indicators[4], type: 'milestone', status: 'not-due', reason: 'not-due' };
    m.plan = { ...m.plan, statusCounts: { ...m.plan.statusCounts, 'no-data': 0, 'not-due': 1 } };
    const found = keyFindings(m);
    expect(found[0]).toMatchObject({ kind: 'plan', withData: 4, indicatorCount: 5, notDue: 1 });
    expect(of(found, 'never-reported')).toBeUndefined();
    const [fr] = findingViews(found.slice(0, 1), 'fr', formatter('fr'), 'FCFA', 30);
    expect(fr.text).toContain('4 indicateurs renseignés sur 4 échus ; 1 non échu, hors du taux');
    const [en] = findingViews(found.slice(0, 1), 'en', formatter('en'), 'FCFA', 30);
    expect(en.text).toContain('4 of 4 indicators due reported; 1 not due, out of the rate');
  });

  it('names the axes and indicators in difficulty, critical before behind, worst first', () => {
    const found = keyFindings(model());
    expect(of(found, 'axes-in-difficulty')?.axes.map((a) => a.code)).toEqual(['A1']);
    // I3 critical at 20 %, then I2 behind at 60 %; I1 (122,7 %) and I4 (94,6 %) are on track.
    expect(of(found, 'indicators-in-difficulty')?.indicators.map((i) => [i.code, i.rate])).toEqual([
      ['I3', 0.2],
      ['I2', 0.6],
    ]);
  });

  it('orders by status, then rate, then code, whatever the input order', () => {
    const items = [
      { code: 'B', rate: 0.7, status: 'behind' as const },
      { code: 'C', rate: 0.1, status: 'critical' as const },
      { code: 'A', rate: 0.7, status: 'behind' as const },
      { code: 'D', rate: 0.95, status: 'on-track' as const },
      { code: 'E', rate: 0.3, status: 'critical' as const },
    ];
    expect(worstFirst(items).map((x) => x.code)).toEqual(['C', 'E', 'A', 'B']);
    expect(worstFirst([...items].reverse()).map((x) => x.code)).toEqual(['C', 'E', 'A', 'B']);
  });

  it('lists the indicators never reported, not those without a rate for another reason', () => {
    const m = model();
    m.indicators[1] = { ...m.indicators[1], rate: null, status: 'no-data', reason: 'no-target' };
    expect(of(keyFindings(m), 'never-reported')?.indicators.map((i) => i.code)).toEqual(['I5']);
  });

  it('names who sent the report of P incomplete, with the values filled of those owed there', () => {
    const m = model();
    // Kayes's T4 2022 report came on time with 5 of the 6 values owed in it: received, incomplete.
    m.quality.completeness.rows[0].cells[3] = completenessCell('2022-T4', 'partial', {
      expected: 6,
      filled: 5,
    });
    expect(of(keyFindings(m), 'reports-incomplete-at-period')).toEqual({
      kind: 'reports-incomplete-at-period',
      period: '2022-T4',
      entities: [{ entity: 'Kayes', filled: 5, expected: 6 }],
    });
    // Not said missing: the grid shows it received.
    expect(of(keyFindings(m), 'reports-missing-at-period')?.entities).toEqual(['OIM']);
    const [said] = findingViews(keyFindings(m), 'fr', formatter('fr'), 'FCFA', 30).filter(
      (x) => x.kind === 'reports-incomplete-at-period',
    );
    expect([flat(said.text), said.items.map((i) => flat(i.text))]).toEqual([
      'Rapport de T4 2022 reçu incomplet :',
      ['Kayes : 5 valeurs renseignées sur 6'],
    ]);
  });

  it('says "no status changed" only when none did (the Word report printed it above a table of changes)', () => {
    const m = model();
    expect(changesView(m, 'fr', formatter('fr'), (x) => x)).toBeNull();
    m.changes = { ...m.changes, period: '2022-T3' };
    expect(changesView(m, 'fr', formatter('fr'), (x) => x)?.noChanges).toBe(
      'Aucun statut n’a changé depuis T3 2022.',
    );
    m.changes.statusChanges = [
      {
        level: 'indicator',
        code: 'I2',
        label: 'Centres ouverts',
        from: 'on-track',
        to: 'behind',
        rateFrom: 0.85,
        rateTo: 0.6,
      },
    ];
    const v = changesView(m, 'fr', formatter('fr'), (x) => x);
    expect([v?.noChanges, v?.statusChanges?.groups[0].rows.length]).toEqual([null, 1]);
  });

  it('names who did not send the report of P, who misses reports, who sends late', () => {
    const found = keyFindings(model());
    expect(of(found, 'reports-missing-at-period')).toEqual({
      kind: 'reports-missing-at-period',
      period: '2022-T4',
      entities: ['OIM'],
    });
    expect(of(found, 'partners-missing')?.entities).toEqual([{ entity: 'OIM', missing: 2, expected: 4 }]);
    // OIM: 2 late (1 and 45 days); Kayes: 1 late (12 days).
    expect(of(found, 'partners-late')?.entities).toEqual([
      { entity: 'OIM', late: 2, maxDaysLate: 45 },
      { entity: 'Kayes', late: 1, maxDaysLate: 12 },
    ]);
  });

  it('gives physical and financial execution', () => {
    expect(of(keyFindings(model()), 'execution')).toMatchObject({
      planned: 2,
      due: 2,
      doneDue: 1,
      scheduled: false,
      physicalRate: 0.5,
    });
  });

  it('says which activities the physical rate counts and which budget the financial one', () => {
    const m = model();
    // 3 of the 4 activities due by P done, 1 more ahead of time, 2 not due yet; budgets by year.
    m.plan.execution = {
      ...(m.plan.execution as NonNullable<ReportModel['plan']['execution']>),
      planned: 6,
      due: 4,
      scheduled: 6,
      done: 4,
      doneDue: 3,
      doneAhead: 1,
      physicalRate: 0.75,
      budgetToDate: 2_000_000_000,
      financialRateToDate: 1.325,
    };
    const said = (lang: 'fr' | 'en') =>
      findingViews(keyFindings(m), lang, formatter(lang), 'FCFA', 30)
        .filter((f) => f.kind === 'execution')
        .map((f) => ({ ...f, text: flat(f.text) }));
    const [fr] = said('fr');
    expect(fr.text).toBe(
      'Exécution physique : 3 activités réalisées sur 4 échues à T4 2022 (75 %), 1 autre réalisée en avance ; 2 activités pas encore échues ; exécution financière : 2 650 000 000 FCFA décaissés jusqu’à T4 2022, soit 94,6 % du budget total du plan pour 2022-2024 (2 800 000 000 FCFA) et 132,5 % du budget prévu jusqu’à fin 2022 (2 000 000 000 FCFA).',
    );
    const [en] = said('en');
    expect(en.text).toBe(
      'Physical execution: 3 of 4 activities due by Q4 2022 done (75%), 1 more done ahead of time; 2 activities not yet due; financial execution: 2,650,000,000 FCFA disbursed up to Q4 2022, 94.6% of the plan’s total budget for 2022-2024 (2,800,000,000 FCFA) and 132.5% of the budget planned up to the end of 2022 (2,000,000,000 FCFA).',
    );
  });

  it('says all axes are on track when none is in difficulty', () => {
    const m = model();
    m.axes = m.axes.map((a) => ({ ...a, status: 'on-track' as const, rate: 0.9 }));
    const found = keyFindings(m);
    expect(of(found, 'axes-in-difficulty')).toBeUndefined();
    expect(of(found, 'axes-all-on-track')).toEqual({ kind: 'axes-all-on-track', axisCount: 2 });
  });

  it('adds the change since P−1 as one more sentence when the model carries it', () => {
    expect(of(keyFindings(model()), 'plan-change')).toBeUndefined();
    const m = model();
    (m.plan as ReportModel['plan'] & { previous: unknown }).previous = {
      period: '2022-T3',
      rate: 0.55,
      status: 'behind' as const,
    };
    const found = keyFindings(m);
    expect(found[1]).toMatchObject({ kind: 'plan-change', previousRate: 0.55, previousPeriod: '2022-T3' });
    const text = findingViews(found, 'fr', formatter('fr'), 'FCFA', 30)[1].text.replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    expect(text).toBe('Depuis T3 2022 : +5,0 pts (55 % → 60 %).');
    m.changes = { ...m.changes, against: 'published-report', period: '2022-T3' };
    const published = findingViews(keyFindings(m), 'fr', formatter('fr'), 'FCFA', 30)[1].text;
    expect(published.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Depuis le rapport publié de T3 2022 : +5,0 pts (55 % → 60 %).',
    );
  });

  it('counts the status changes since P−1, up and down, and the revisions against a published report', () => {
    const m = model();
    const change = (code: string, from: Status, to: Status) => ({
      level: 'indicator' as const,
      code,
      label: code,
      from,
      to,
      rateFrom: null,
      rateTo: null,
    });
    m.changes = {
      against: 'previous-period',
      period: '2022-T3',
      file: null,
      // Up: critical → behind, behind → on track; down: on track → critical; neither: to no data.
      statusChanges: [
        change('I1', 'critical', 'behind'),
        change('I2', 'behind', 'on-track'),
        change('I3', 'on-track', 'critical'),
        change('I4', 'behind', 'no-data'),
      ],
      revisions: [],
    };
    expect(of(keyFindings(m), 'status-changes')).toEqual({
      kind: 'status-changes',
      since: '2022-T3',
      published: false,
      count: 4,
      improved: 2,
      worsened: 1,
      revisions: null,
    });
    const words = (lang: 'fr' | 'en', x: ReportModel) =>
      findingViews(keyFindings(x), lang, formatter(lang), 'FCFA', 30)
        .filter((f) => f.kind === 'status-changes')
        .map((f) => f.text.replace(/[\u00a0\u202f]/g, ' '));
    expect(words('fr', m)).toEqual([
      'Depuis T3 2022, 4 statuts ont changé : 2 en progrès, 1 en recul (liste dans « Changements depuis T3 2022 »).',
    ]);
    expect(words('en', m)).toEqual([
      'Since Q3 2022, 4 statuses changed: 2 up, 1 down (listed in “Changes since Q3 2022”).',
    ]);
    m.changes = {
      ...m.changes,
      against: 'published-report',
      file: 'rapports/2022-T3/report.json',
      statusChanges: [],
      revisions: [{ indicator: 'I1', period: '2022-T2', before: 10, after: 12 }],
    };
    expect(words('fr', m)).toEqual([
      'Par rapport au rapport publié de T3 2022, aucun statut n’a changé. 1 valeur d’une période passée a été révisée depuis.',
    ]);
    m.changes = { ...m.changes, revisions: [] };
    expect(words('en', m)).toEqual([
      'Against the report published for Q3 2022, no status changed. No figure of a past period has been revised since.',
    ]);
    // Nothing to compare with: no sentence.
    expect(of(keyFindings(model()), 'status-changes')).toBeUndefined();
  });

  it('is the same for the same model', () => {
    expect(keyFindings(model())).toEqual(keyFindings(model()));
  });
});

describe('key findings in words', () => {
  const words = (lang: 'fr' | 'en') =>
    findingViews(keyFindings(model()), lang, formatter(lang), 'FCFA', 30).map((f) => ({
      ...f,
      text: flat(f.text),
      items: f.items.map((i) => ({ ...i, text: flat(i.text), figure: i.figure && flat(i.figure) })),
    }));

  it('writes French sentences with the figures of the model and correct plurals', () => {
    const fr = words('fr');
    expect(fr.map((f) => f.text)).toEqual([
      'Taux de réalisation global du plan : 60 %, statut « En retard » (4 indicateurs renseignés sur 5).',
      '1 axe sur 2 est critique ou en retard :',
      '2 indicateurs sont critiques ou en retard, du plus éloigné de sa cible au plus proche :',
      '1 indicateur n’a encore jamais été renseigné :',
      'Rapport de T4 2022 non reçu : OIM.',
      '1 entité n’a pas transmis tous les rapports attendus depuis le début du plan :',
      'Sur 5 rapports datés, 3 sont arrivés après l’échéance (30 jours après la fin de la période) ; retards comptés à partir de l’échéance :',
      'Exécution physique : 1 activité réalisée sur 2 activités du plan (50 %), toutes comptées comme dues faute de période de fin (colonne Fin des activités du plan) ; exécution financière : 2 650 000 000 FCFA décaissés jusqu’à T4 2022, soit 94,6 % du budget total du plan pour 2022-2024 (2 800 000 000 FCFA).',
    ]);
    const indicators = fr.find((f) => f.kind === 'indicators-in-difficulty');
    expect(indicators?.items.map((i) => [i.code, i.text, i.figure, i.statusText])).toEqual([
      ['I3', 'Accords signés', '20 %', '○ Critique'],
      ['I2', 'Centres ouverts', '60 %', '⊙ En retard'],
    ]);
    expect(fr.find((f) => f.kind === 'partners-missing')?.items.map((i) => i.text)).toEqual([
      'OIM : 2 rapports manquants sur 4',
    ]);
    expect(fr.find((f) => f.kind === 'partners-late')?.items.map((i) => i.text)).toEqual([
      'OIM : 2 rapports en retard, jusqu’à 45 jours après l’échéance',
      'Kayes : 1 rapport en retard, jusqu’à 12 jours après l’échéance',
    ]);
  });

  it('writes the same findings in English', () => {
    const en = words('en');
    expect(en.map((f) => f.text)).toEqual([
      'Overall achievement rate of the plan: 60%, status “Behind” (4 of 5 indicators reported).',
      '1 of 2 axes is critical or behind:',
      '2 indicators are critical or behind, furthest from target first:',
      '1 indicator has never been reported:',
      'Report for Q4 2022 not received: OIM.',
      '1 entity has not sent every report expected since the start of the plan:',
      'Of 5 dated reports, 3 arrived after the deadline (30 days after the period’s end); delays are counted from the deadline:',
      'Physical execution: 1 of the plan’s 2 activities done (50%), all counted as due for want of an end period (column End of the plan’s activities); financial execution: 2,650,000,000 FCFA disbursed up to Q4 2022, 94.6% of the plan’s total budget for 2022-2024 (2,800,000,000 FCFA).',
    ]);
  });
});
