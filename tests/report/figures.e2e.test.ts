/**
 * What the report says, figure by figure, on workbooks written by openpyxl
 * (tests/report/fixtures/make_figures_workbooks.py, where the plan and every value are listed):
 * two entities, a sex disaggregation, comments, a pro-rated target and a sub-year one, a missing
 * report and an incomplete one, the report of the previous quarter, and a published report
 * compared with revised data. Every expected figure is computed by hand beside it; the report is
 * run through the built binary and read from its HTML as a reader reads it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ponam, REPO } from '../helpers/cli.js';
import { itemsWith, plain, tableRows, textById } from './html-text.js';

const FIXTURE = path.join('tests', 'report', 'fixtures', 'figures-openpyxl');
const PLAN = path.join(FIXTURE, 'plan.xlsx');
const DATA = path.join(FIXTURE, 'data');
const REVISED = path.join(FIXTURE, 'revised');
const scratch = mkdtempSync(path.join(tmpdir(), 'ponam-figures-'));

interface Run {
  html: string;
  json: { generatedAt: string | null; sources: { path: string; sha256: string }[] } & Record<string, unknown>;
  out: string;
}

function run(name: string, args: string[], cwd = REPO): Run {
  const out = path.join(scratch, name);
  const r = ponam(['report', ...args, '--format', 'html,json', '--out', out, '--quiet'], {
    cwd,
    timeout: 120_000,
  });
  if (r.code !== 0) throw new Error(`ponam report (${name}) failed (${r.code}):\n${r.stderr}`);
  return {
    html: readFileSync(path.join(out, 'report.html'), 'utf8'),
    json: JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')),
    out,
  };
}

const runs: Record<string, Run> = {};

beforeAll(() => {
  runs.t3 = run('t3', ['--plan', PLAN, '--data', DATA, '--period', '2023-T3']);
  runs.t3en = run('t3en', ['--plan', PLAN, '--data', DATA, '--period', '2023-T3', '--lang', 'en']);
  runs.t2 = run('t2', ['--plan', PLAN, '--data', DATA, '--period', '2023-T2']);
  const published = path.join(runs.t2.out, 'report.json');
  runs.compared = run('compared', [
    '--plan',
    PLAN,
    '--data',
    DATA,
    REVISED,
    '--period',
    '2023-T3',
    '--compare',
    published,
  ]);
  runs.comparedEn = run('compared-en', [
    '--plan',
    PLAN,
    '--data',
    DATA,
    REVISED,
    '--period',
    '2023-T3',
    '--compare',
    published,
    '--lang',
    'en',
  ]);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A table's body rows (the header row left out). */
const body = (html: string, id: string) => tableRows(html, id).slice(1);
/** The row of a table whose first cell starts with `key`. */
const rowOf = (html: string, id: string, key: string) =>
  tableRows(html, id).find((r) => r[0] === key || r[0].startsWith(`${key} `));

describe('who contributed what: entities and the sex disaggregation', () => {
  // I1 at 2023-T3 (a flow, summed over periods then entities):
  //   DR Kayes 4 × (60 + 40) + 3 × (70 + 50) = 400 + 360 = 760
  //   OIM      4 × (50 + 50) + 2 × (60 + 40) = 400 + 200 = 600      → 1 360
  //   F = 4 × 60 + 3 × 70 + 4 × 50 + 2 × 60 = 240 + 210 + 200 + 120 = 770
  //   H = 4 × 40 + 3 × 50 + 4 × 50 + 2 × 40 = 160 + 150 + 200 +  80 = 590  → 1 360
  it('gives each entity’s contribution and its share, largest first (fr)', () => {
    expect(body(runs.t3.html, 'i1-entites')).toEqual([
      ['DR Kayes', '760', '55,9 %', ''],
      ['OIM', '600', '44,1 %', ''],
    ]);
  });

  it('gives the women’s and men’s parts and their shares (fr, en)', () => {
    expect(body(runs.t3.html, 'i1-ventilation-1')).toEqual([
      ['F', '770', '56,6 %', ''],
      ['H', '590', '43,4 %', ''],
    ]);
    expect(body(runs.t3en.html, 'i1-ventilation-1')).toEqual([
      ['F', '770', '56.6%', ''],
      ['H', '590', '43.4%', ''],
    ]);
    expect(body(runs.t3en.html, 'i1-entites')[0]).toEqual(['DR Kayes', '760', '55.9%', '']);
  });

  it('gives no share where parts do not add up (a rate reported by one entity)', () => {
    expect(tableRows(runs.t3.html, 'i2-entites')).toEqual([
      ['Entité', 'Réalisé'],
      ['OIM', '58 %'],
    ]);
  });
});

describe('the partners’ comments', () => {
  // Each with the code it is about: an indicator's, or for an activity report the activity's.
  const COMMENTS = [
    ['I1 DR Kayes · T2 2022', 'Activités réduites (saison des pluies)', 'I1 DR Kayes · Q2 2022'],
    ['I1 OIM · T1 2023', 'Afflux de retours depuis la Libye', 'I1 OIM · Q1 2023'],
    ['I3 DR Kayes · T3 2023', 'Réunion reportée faute de quorum', 'I3 DR Kayes · Q3 2023'],
    ['AC1 DR Kayes · T3 2023', 'Retard de décaissement du bailleur', 'AC1 DR Kayes · Q3 2023'],
  ];

  it('shows every comment once, with its code, entity and period in words (fr, en)', () => {
    for (const [who, text, whoEn] of COMMENTS) {
      expect(plain(runs.t3.html).split(text).length - 1, text).toBe(1);
      const [fr] = itemsWith(runs.t3.html, text);
      const [en] = itemsWith(runs.t3en.html, text);
      expect([fr.startsWith(`${who} ${text} `), en.startsWith(`${whoEn} ${text} `)], fr).toEqual([
        true,
        true,
      ]);
      expect([itemsWith(runs.t3.html, text).length, itemsWith(runs.t3en.html, text).length]).toEqual([1, 1]);
    }
  });

  it('places each comment under its indicator or its axis, with the cell it came from', () => {
    const i3 = itemsWith(runs.t3.html, 'Réunion reportée faute de quorum')[0];
    // The comment's own cell (Commentaire, column D), not its value's C4 (issue 22).
    expect(i3).toContain('data/DR-Kayes-2023-T3.xlsx › Valeurs › D4');
    expect(textById(runs.t3.html, 'axe-1')).toContain('Retard de décaissement du bailleur');
    expect(textById(runs.t3.html, 'axe-2')).toContain('Réunion reportée faute de quorum');
  });
});

describe('key findings', () => {
  const findings = (html: string) => textById(html, 'constats');

  it('name the worst indicator first and the partner whose report is missing (fr)', () => {
    const text = findings(runs.t3.html);
    // I3: 2 meetings against 4 + 4 × 9/12 = 7 → 28,6 % critical; then I2 (72 %, behind).
    expect(text).toContain(
      '2 indicateurs sont critiques ou en retard, du plus éloigné de sa cible au plus proche : I3 Réunions de coordination tenues — 28,6 % ○ Critique I2 Taux de satisfaction des migrants assistés — 72 % ⊙ En retard',
    );
    expect(text).toContain('Rapport de T3 2023 non reçu : OIM.');
    // OIM owes quarterly values (I1, I2) and a yearly one (I4, due in its 2022-T4 report): it
    // reports quarterly, 7 reports up to 2023-T3, 6 received (2023-T3 missing).
    expect(text).toContain('OIM : 1 rapport manquant sur 7');
    expect(text).toContain('1 indicateur n’a encore jamais été renseigné : I4 Études publiées');
  });

  it('give the plan rate, its change since P−1 and the number of status changes (fr)', () => {
    const text = findings(runs.t3.html);
    // Plan: (A1 79,87 % + A2 28,57 %) / 2 = 54,2 %; at 2023-T2 (92,69 % + 33,33 %) / 2 = 63,0 %.
    expect(text).toContain('Taux de réalisation global du plan : 54,2 %, statut « En retard »');
    expect(text).toContain('Depuis T2 2023 : −8,8 pts (63 % → 54,2 %).');
    expect(text).toContain(
      'Depuis T2 2023, 3 statuts ont changé : 3 en recul (liste dans « Changements depuis T2 2023 »).',
    );
  });

  it('say the same in English', () => {
    const text = findings(runs.t3en.html);
    expect(text).toContain('I3 Réunions de coordination tenues — 28.6% ○ Critical');
    expect(text).toContain('Report for Q3 2023 not received: OIM.');
    expect(text).toContain('Since Q2 2023: −8.8 pts (63% → 54.2%).');
    expect(text).toContain('Since Q2 2023, 3 statuses changed: 3 down (listed in “Changes since Q2 2023”).');
  });

  it('say against which published report, and how many past figures were revised', () => {
    expect(findings(runs.compared.html)).toContain(
      'Par rapport au rapport publié de T2 2023, 1 statut a changé : 1 en recul (liste dans « Changements depuis T2 2023 »). 2 valeurs de périodes passées ont été révisées depuis.',
    );
    expect(findings(runs.comparedEn.html)).toContain(
      'Against the report published for Q2 2023, 1 status changed: 1 down (listed in “Changes since Q2 2023”). 2 figures of past periods have been revised since.',
    );
  });
});

describe('data quality adds up', () => {
  // Owed up to 2023-T3 (7 quarters from 2022-T1; one report per entity and quarter, the year's
  // values due in the T4 report):
  //   DR Kayes: I1 and I3 each quarter → 14 values, 7 reports; 2023-T2 has no I3 → 13 values,
  //             7 reports received, 1 incomplete (2023-T2: 1 of 2).
  //   OIM: I1 and I2 each quarter (14) + I4 for the year 2022 (1, in the 2022-T4 report) → 15
  //        values, 7 reports; 2023-T3 missing, I4 never given → 12 values, 6 reports received,
  //        1 incomplete (2022-T4: 2 of 3).
  //   Total: 25 / 29 values = 86,2 %; 13 / 14 reports, 2 incomplete. At 2023-T2: (11 + 12) / (12 + 13) = 92 %.
  //   Timeliness of the 13 received: DR Kayes 2022-T1 undated, 2023-T1 late; OIM 2022-T3 late;
  //   10 on time + 2 late + 1 undated = 13; rate 10 / 12 = 83,3 %.
  it('gives completeness in values and in reports, the rate at P−1 beside it, and timeliness over the same reports', () => {
    const summary = tableRows(runs.t3.html, 'controles');
    expect(summary[1]).toEqual([
      'Complétude',
      '86,2 % T2 2023 : 92 %',
      '25 valeurs reçues sur 29 attendues (une par indicateur, entité responsable et période) ; 13 rapports reçus sur 14 attendus, dont 2 incomplets (un rapport : ce qu’une entité envoie pour une de ses périodes de rapportage)',
    ]);
    expect(summary[2]).toEqual([
      'Promptitude',
      '83,3 %',
      'Sur 13 rapports reçus : 10 à temps, 2 en retard, 1 sans date de soumission (hors calcul) ; échéance 30 jours après la fin de la période, retards comptés à partir de l’échéance',
    ]);
  });

  it('gives each entity its reports and values received', () => {
    expect(tableRows(runs.t3.html, 'completude-entites')).toEqual([
      ['Entité', 'Rapports reçus', 'dont incomplets', 'Valeurs reçues', 'Complétude'],
      ['DR Kayes', '7/7', '1', '13/14', '92,9 %'],
      ['OIM', '6/7', '1', '12/15', '80 %'],
      ['Total', '13/14', '2', '25/29', '86,2 %'],
    ]);
  });

  it('gives one matrix per year, the latest first, with an incomplete report as filled/owed', () => {
    expect(tableRows(runs.t3.html, 'matrice-2023')).toEqual([
      ['Entité', 'T1 2023', 'T2 2023', 'T3 2023'],
      [
        'DR Kayes',
        '⊙ DR Kayes · T1 2023 · reçu en retard',
        // Incomplete, and on time: both said.
        '● 1/2 DR Kayes · T2 2023 · reçu en partie : 1 valeur renseignée sur 2 · reçu à temps',
        '● DR Kayes · T3 2023 · reçu à temps',
      ],
      [
        'OIM',
        '● OIM · T1 2023 · reçu à temps',
        '● OIM · T2 2023 · reçu à temps',
        '✗ OIM · T3 2023 · attendu, non reçu',
      ],
    ]);
    // No column for the year: OIM's yearly value is due in its T4 report (2 of 3 values there).
    expect(tableRows(runs.t3.html, 'matrice-2022')).toEqual([
      ['Entité', 'T1 2022', 'T2 2022', 'T3 2022', 'T4 2022'],
      [
        'DR Kayes',
        '✓ DR Kayes · T1 2022 · reçu (date inconnue)',
        '● DR Kayes · T2 2022 · reçu à temps',
        '● DR Kayes · T3 2022 · reçu à temps',
        '● DR Kayes · T4 2022 · reçu à temps',
      ],
      [
        'OIM',
        '● OIM · T1 2022 · reçu à temps',
        '● OIM · T2 2022 · reçu à temps',
        '⊙ OIM · T3 2022 · reçu en retard',
        '● 2/3 OIM · T4 2022 · reçu en partie : 2 valeurs renseignées sur 3 · reçu à temps',
      ],
    ]);
    expect(runs.t3.html.indexOf('id="matrice-2023"')).toBeLessThan(runs.t3.html.indexOf('id="matrice-2022"'));
  });

  it('says it in English with the same counts', () => {
    const summary = tableRows(runs.t3en.html, 'controles');
    expect(summary[1][1]).toBe('86.2% Q2 2023: 92%');
    expect(summary[1][2]).toBe(
      '25 values received of 29 expected (one per indicator, responsible entity and period); 13 reports received of 14 expected, 2 incomplete (a report: what an entity sends for one of its reporting periods)',
    );
    expect(summary[2][2]).toBe(
      'Of 13 reports received: 10 on time, 2 late, 1 without a submission date (left out); deadline 30 days after the period’s end, delays counted from the deadline',
    );
  });
});

describe('the target at P and how it was derived', () => {
  it('shows a pro-rated target with its derivation, what it covers and the year’s own figures (fr, en)', () => {
    const header = tableRows(runs.t3.html, 'axe-1-indicateurs')[0];
    // 2023-T3 in a plan 2022-2024: 21 of its 36 months have passed, 58,3 %.
    expect(header.slice(2, 8)).toEqual([
      'Référence',
      'Cible',
      'Réalisé',
      'Taux',
      'Vers la cible finale à 58,3 % du temps',
      'Évolution',
    ]);
    // I1, flow with yearly targets 800 (2022), 1 000 (2023), 1 200 (2024): at 2023-T3,
    // 800 + 1 000 × 9/12 = 1 550 cumulated since 2022; actual 800 (2022) + 560 (2023: Kayes
    // 3 × 120, OIM 2 × 100) = 1 360, of which 120 in T3 (Kayes); rate 1 360 / 1 550 = 87,7 %;
    // the year's own 560 / 1 000 = 56 %; final 800 + 1 000 + 1 200 = 3 000, 1 360 / 3 000 = 45,3 %.
    expect(rowOf(runs.t3.html, 'axe-1-indicateurs', 'I1')?.slice(2, 7)).toEqual([
      '0 2021',
      '1 550 cumulée 2022 – T3 2023, au prorata = 800 + 1 000 × 9/12 2023 : 1 000',
      '1 360 cumulé 2022 – T3 2023 2023 : 560 T3 2023 : 120',
      '87,7 % 2023 : 56 %',
      '45,3 % finale 3 000',
    ]);
    // I2, a level: from 50 % (2022) to 70 % (2023), 50 + 20 × 9/12 = 65 %; progression
    // (58 − 40) / (65 − 40) = 72 %; towards the final 80 %: (58 − 40) / (80 − 40) = 45 %.
    expect(rowOf(runs.t3.html, 'axe-1-indicateurs', 'I2')?.slice(2, 7)).toEqual([
      '40 % 2021',
      '65 % au prorata = 50 % + 20 % × 9/12 2023 : 70 %',
      '58 %',
      '72 %',
      '45 % finale 80 %',
    ]);
    expect(rowOf(runs.t3en.html, 'axe-1-indicateurs', 'I1')?.slice(3, 5)).toEqual([
      '1,550 cumulative 2022 – Q3 2023, pro-rated = 800 + 1,000 × 9/12 2023: 1,000',
      '1,360 cumulative 2022 – Q3 2023 2023: 560 Q3 2023: 120',
    ]);
    expect(tableRows(runs.t3en.html, 'axe-1-indicateurs')[0].slice(3, 7)).toEqual([
      'Target',
      'Actual',
      'Rate',
      'Towards the final target at 58.3% of the time',
    ]);
  });

  it('names the sub-year column a target was read from', () => {
    // I2 at 2023-T2: the plan's `Cible 2023-T2` = 60 %; progression (58 − 40) / (60 − 40) = 90 %.
    expect(rowOf(runs.t2.html, 'axe-1-indicateurs', 'I2')?.slice(3, 7)).toEqual([
      '60 % cible de T2 2023 2023 : 70 %',
      '58 %',
      '90 %',
      '45 % finale 80 %',
    ]);
  });

  it('explains the target at P in the methodology, in plain words', () => {
    const method = textById(runs.t3.html, 'methodologie');
    expect(method).toContain('Base des cibles au rythme de l’année (cible proratisée en cours d’année)');
    expect(method).toContain('800 + 1 000 × 3/12 = 1 050');
    expect(textById(runs.t3en.html, 'methodologie')).toContain('800 + 1,000 × 3/12 = 1,050');
  });
});

describe('changes since P−1', () => {
  // At 2023-T2: I1 1 240 / 1 300 = 95,38 %, I2 90 % → R1 = A1 = 92,69 % on track.
  // At 2023-T3: I1 87,74 %, I2 72 % → R1 = A1 = 79,87 % behind; I2 on track → behind.
  it('lists every status change by level, with the rates before and after and the change in points', () => {
    expect(textById(runs.t3.html, 'changements')).toContain(
      'Les chiffres de T3 2023 sont comparés à ceux de T2 2023, calculés à partir des mêmes classeurs',
    );
    expect(tableRows(runs.t3.html, 'changements-statuts')).toEqual([
      ['Code', 'Intitulé', 'Taux T2 2023', 'Statut T2 2023', 'Taux T3 2023', 'Statut T3 2023', 'Évolution'],
      ['Axes (1)'],
      ['A1', 'Protéger les migrants', '92,7 %', '● En bonne voie', '79,9 %', '⊙ En retard', '−12,8 pts'],
      ['Résultats (1)'],
      [
        'R1',
        'Les migrants vulnérables sont assistés',
        '92,7 %',
        '● En bonne voie',
        '79,9 %',
        '⊙ En retard',
        '−12,8 pts',
      ],
      ['Indicateurs (1)'],
      [
        'I2',
        'Taux de satisfaction des migrants assistés',
        '90 %',
        '● En bonne voie',
        '72 %',
        '⊙ En retard',
        // OIM's 58 % at T2 is still its latest at T3; the target went from the plan's 60 % for
        // 2023-T2 to 50 + 20 × 9/12 = 65 %.
        '−18,0 pts réalisé inchangé (58 %) seule la cible a bougé : 60 % → 65 % au prorata',
      ],
    ]);
    expect(tableRows(runs.t3en.html, 'changements-statuts')[2]).toEqual([
      'A1',
      'Protéger les migrants',
      '92.7%',
      '● On track',
      '79.9%',
      '⊙ Behind',
      '−12.8 pts',
    ]);
  });

  it('gives the change in points of each indicator, result and axis', () => {
    // I1: 87,74 − 95,38 = −7,6 pts, with 1 360 − 1 240 = 120 more against a target 1 550 − 1 300 = 250 higher.
    expect(rowOf(runs.t3.html, 'axe-1-indicateurs', 'I1')?.[7]).toBe('−7,6 pts réalisé +120 cible +250');
    // I3: 28,57 − 33,33 = −4,8 pts: still 2 meetings, the target pro-rated from 4 + 4 × 6/12 = 6 to 4 + 4 × 9/12 = 7.
    expect(rowOf(runs.t3.html, 'axe-2-indicateurs', 'I3')?.[7]).toBe(
      '−4,8 pts réalisé inchangé (2) seule la cible a bougé : 6 au prorata → 7 au prorata',
    );
    expect(rowOf(runs.t3.html, 'axes', 'A1')?.[4]).toBe('−12,8 pts');
    expect(textById(runs.t3.html, 'axe-2')).toContain(
      'Évolution depuis T2 2023 : −4,8 pts (33,3 % · Critique)',
    );
  });

  it('with --compare, names the published report and lists the past figures revised since', () => {
    // DR Kayes's 2023-T1 sent again with I1 F 80 instead of 70: I1's actual at 2023-T1 goes from
    // 1 020 (800 + 120 + 100) to 1 030, at 2023-T2 from 1 240 to 1 250.
    const section = textById(runs.compared.html, 'changements');
    expect(section).toContain(
      'Les chiffres sont comparés à ceux du rapport publié pour T2 2023 (t2/report.json)',
    );
    expect(section).not.toContain(scratch);
    expect(body(runs.compared.html, 'revisions')).toEqual([
      ['I1 Migrants assistés', 'T1 2023', '1 020', '1 030', '+10'],
      ['I1 Migrants assistés', 'T2 2023', '1 240', '1 250', '+10'],
    ]);
    // With I1 at 1 370 / 1 550 = 88,4 %, R1 = (88,39 + 72) / 2 = 80,2 %: A1 stays on track; only I2
    // changed, its target from the published 60 % (the plan's for 2023-T2) to a pro-rated 65 %.
    expect(body(runs.compared.html, 'changements-statuts')).toEqual([
      ['Indicateurs (1)'],
      [
        'I2',
        'Taux de satisfaction des migrants assistés',
        '90 %',
        '● En bonne voie',
        '72 %',
        '⊙ En retard',
        '−18,0 pts réalisé inchangé (58 %) seule la cible a bougé : 60 % → 65 % au prorata',
      ],
    ]);
    expect(body(runs.comparedEn.html, 'revisions')[0]).toEqual([
      'I1 Migrants assistés',
      'Q1 2023',
      '1,020',
      '1,030',
      '+10',
    ]);
    expect(textById(runs.comparedEn.html, 'changements')).toContain(
      'The figures are compared with those of the report published for Q2 2023 (t2/report.json)',
    );
  });
});

describe('paths and the date of the report', () => {
  it('shows no absolute path of this machine when run from another folder; the JSON keeps them', () => {
    const elsewhere = run(
      'elsewhere',
      [
        '--plan',
        path.join(REPO, PLAN),
        '--data',
        path.join(REPO, DATA),
        '--period',
        '2023-T3',
        '--timestamp',
      ],
      scratch,
    );
    expect(elsewhere.html).not.toContain(REPO);
    expect(elsewhere.html).not.toContain(scratch);
    // Sources outside the folder ponam ran in: from their own folder, its name included.
    expect(textById(elsewhere.html, 'fichiers')).toContain('figures-openpyxl/data/ (13 fichiers)');
    expect(itemsWith(elsewhere.html, 'Réunion reportée faute de quorum')[0]).toContain(
      'data/DR-Kayes-2023-T3.xlsx › Valeurs › D4',
    );
    expect(elsewhere.json.sources.map((s) => s.path)).toContain(path.join(REPO, PLAN));
    // --timestamp: the day in words on the cover, ISO in the JSON.
    const stamp = elsewhere.json.generatedAt as string;
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const day = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(stamp));
    expect(textById(elsewhere.html, 'couverture')).toContain(`Date du rapport ${day}`);
    expect(elsewhere.html).not.toContain(stamp);
  });

  it('lists the sources under their folder with a short fingerprint, the whole SHA-256 only in the JSON', () => {
    const list = textById(runs.t3.html, 'fichiers');
    expect(list).toContain('tests/report/fixtures/figures-openpyxl/ (1 fichier) plan.xlsx (plan)');
    expect(list).toMatch(/figures-openpyxl\/data\/ \(13 fichiers\) DR-Kayes-2022-T1\.xlsx [0-9a-f]{12} /);
    const sha = runs.t3.json.sources[0].sha256;
    expect(runs.t3.html).toContain(sha.slice(0, 12));
    expect(runs.t3.html).not.toContain(sha.slice(0, 13));
  });
});
