import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/model.js';
import { renderHtml } from '../../src/report/html.js';
import { rowsOf, type TableView, tableText } from '../../src/report/table.js';
import { buildView, type ReportView } from '../../src/report/view.js';
import { completenessCell, indicator, model } from './model.js';

const CWD = '/home/awa/suivi';
const flat = (s: string | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
const view = (m: ReportModel = model(), lang: 'fr' | 'en' = 'fr') => buildView(m, lang, { cwd: CWD });

/** Every table of a view, details included: what a second renderer must show too. */
function tables(v: ReportView): TableView[] {
  const all: TableView[] = [
    v.summary.statusCounts,
    v.summary.axes,
    ...v.axes.flatMap((a) => [a.indicators, ...(a.activities ? [a.activities] : [])]),
    ...(v.execution ? [v.execution.physical, v.execution.financial] : []),
    ...(v.changes?.statusChanges ? [v.changes.statusChanges] : []),
    ...(v.changes?.revisions ? [v.changes.revisions] : []),
    v.quality.summary,
    ...(v.quality.entities ? [v.quality.entities] : []),
    ...v.quality.matrices,
    ...v.quality.tables,
    ...(v.quality.issues ? [v.quality.issues] : []),
    ...(v.methodology.exclusions ? [v.methodology.exclusions] : []),
    v.sources.table,
  ];
  return all.flatMap((t) => [t, ...rowsOf(t).flatMap((r) => r.detail?.tables ?? [])]);
}

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

describe('the view holds every table as data', () => {
  it('gives each row as many cells as its table has columns, and unique table ids', () => {
    const v = view();
    const all = tables(v);
    expect(all.length).toBeGreaterThan(12);
    for (const t of all) {
      for (const r of [...rowsOf(t), ...(t.foot ?? [])]) expect(r.cells.length, t.id).toBe(t.columns.length);
    }
    const ids = all.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("groups an axis's indicators by result, with target at P, actual, rate and status formatted", () => {
    const a1 = view().axes[0];
    expect(a1.indicators.groups.map((g) => g.heading?.code)).toEqual(['R1', 'R2']);
    // Plan 2022-2024 at 2022-T4: a flow in the plan's first year, cumulated over 2022 alone, so
    // the year's own figures are the same and not repeated; 45 % of the final 2 000.
    expect(tableText(a1.indicators).map((r) => r.map(flat))).toContainEqual([
      'I1',
      'Migrants assistés unité : nombre · taux : ratio · flux',
      '0 2021',
      '1 000 cible 2022',
      '1 227 cumulé 2022',
      '122,7 % ▲',
      '45 % finale 2 000',
      '● En bonne voie',
    ]);
    // 12 of the plan's 36 months have passed at the end of 2022-T4.
    expect(a1.indicators.columns.map((c) => [c.header, flat(c.note)])).toContainEqual([
      'Vers la cible finale',
      'à 33,3 % du temps',
    ]);
    const i4 = rowsOf(view().axes[1].indicators).find((r) => r.cells[0].text === 'I4');
    expect(i4?.cells.map((c) => flat(c.text))).toContain('2 800 000 000');
  });

  it('puts beside each indicator its breakdown by entity, largest first, with each one’s share', () => {
    const i1 = rowsOf(view().axes[0].indicators)[0];
    const entities = i1.detail?.tables[0] as TableView;
    expect(entities.caption).toBe('I1 : réalisé par entité');
    // Kayes 600 and OIM 300 of 900: 66,7 % and 33,3 %, each drawn as a bar of that length.
    expect(tableText(entities).map((r) => r.map(flat))).toEqual([
      ['Entité', 'Réalisé', 'Part', 'Part en barre'],
      ['Kayes', '600', '66,7 %', ''],
      ['OIM', '300', '33,3 %', ''],
    ]);
    expect(rowsOf(entities).map((r) => r.bar?.width)).toEqual([66.7, 33.3]);
    // A rate is averaged across entities, not summed: no share.
    const m = model();
    m.indicators[0] = { ...m.indicators[0], unit: '%', entityAggregation: 'mean' };
    const rates = rowsOf(view(m).axes[0].indicators)[0].detail?.tables[0] as TableView;
    expect(rates.columns.map((c) => c.header)).toEqual(['Entité', 'Réalisé']);
    expect(i1.detail?.charts[0].caption).toContain('I1');
  });

  it('shows the breakdowns and comments the model carries, once each, with entity and period in words', () => {
    const m = model();
    m.indicators[0] = {
      ...m.indicators[0],
      breakdowns: [
        {
          dimension: 'sexe',
          parts: [
            { value: 'F', actual: 700 },
            { value: 'H', actual: 527 },
          ],
        },
      ],
      comments: [
        {
          code: 'I1',
          entity: 'OIM',
          period: '2022-T4',
          periods: ['2022-T3', '2022-T4'],
          text: 'Afflux depuis la Libye',
          file: 'data/OIM.xlsx',
          sheet: 'Valeurs',
          cell: 'D3',
          laterDate: { text: 'janvier 2023', period: '2022-T3' },
        },
      ],
    } as (typeof m.indicators)[number];
    const detail = rowsOf(view(m).axes[0].indicators)[0].detail;
    // F 700 and H 527 of 1 227: 57 % and 43 %.
    expect(detail?.tables.map((t) => tableText(t).map((r) => r.map(flat)))).toContainEqual([
      ['sexe', 'Réalisé', 'Part', 'Part en barre'],
      ['F', '700', '57 %', ''],
      ['H', '527', '43 %', ''],
    ]);
    expect(
      detail?.comments.map((x) => ({ ...x, span: flat(x.span ?? ''), flag: flat(x.flag ?? '') })),
    ).toEqual([
      {
        code: 'I1',
        entity: 'OIM',
        period: 'T4 2022',
        span: 'écrit de T3 2022 à T4 2022, 2 périodes',
        text: 'Afflux depuis la Libye',
        location: 'data/OIM.xlsx › Valeurs › D3',
        flag: 'cite « janvier 2023 », date postérieure à T3 2022 où il a été écrit : à vérifier',
      },
    ]);
    const html = renderHtml(view(m));
    expect(html.split('Afflux depuis la Libye').length - 1).toBe(1);
  });

  it("lists each axis's activities with status, progress, budget and disbursed", () => {
    const v = view();
    expect(tableText(v.axes[0].activities as TableView).map((r) => r.map(flat))).toEqual([
      ['Code', 'Activité', 'Statut', 'Avancement', 'Budget prévu (FCFA)', 'Décaissé (FCFA)'],
      ['AC1', 'Centres d’accueil', 'réalisée', '100 %', '2 800 000 000', '2 650 000 000'],
    ]);
    expect(tableText(v.axes[1].activities as TableView)[1]).toEqual([
      'AC2',
      'Campagne',
      'non renseignée',
      'n.d.',
      'n.d.',
      '0',
    ]);
  });

  it('adds a change column only when the model carries the previous period', () => {
    expect(view().axes[0].indicators.columns.map((c) => c.header)).not.toContain('Évolution');
    const m = model();
    m.indicators = m.indicators.map((i) => ({
      ...i,
      previous: {
        period: '2022-T3',
        actual: 500,
        target: 1000,
        targetSource: 'year' as const,
        rate: 0.5,
        status: 'behind' as const,
      },
    }));
    const row = rowsOf(view(m).axes[0].indicators)[1];
    expect(view(m).axes[0].indicators.columns.map((c) => c.header)).toContain('Évolution');
    expect(flat(row.cells[7].text)).toBe('+10,0 pts');
  });
});

describe('the method in sight, next to the figures it affects', () => {
  /** A1 weighs 2; I3 a level with a baseline and a weight of 2; R3 and A2 leave out I5 (no data). */
  const weighted = () => {
    const m = model();
    m.axes[0] = { ...m.axes[0], weight: 2 };
    m.axes[1] = { ...m.axes[1], leftOut: [{ code: 'I5', reason: 'no-data' }] };
    m.results[2] = { ...m.results[2], leftOut: [{ code: 'I5', reason: 'no-data' }] };
    m.plan = { ...m.plan, unweightedRate: 0.55, leftOut: [{ code: 'I5', reason: 'no-data' }] };
    m.indicators[2] = {
      ...m.indicators[2],
      weight: 2,
      aggregation: 'last',
      methodRule: { method: 'progression', why: 'level-with-baseline' },
    };
    return m;
  };

  it('gives under each label its rate’s method and why, and the weight of an indicator that is not 1', () => {
    const a1 = view(weighted()).axes[0];
    const i3 = rowsOf(a1.indicators).find((r) => r.cells[0].text === 'I3');
    expect(flat(i3?.cells[1].note ?? '')).toBe('unité : nombre · taux : progression · niveau · poids 2');
    // The table's footnote gives the thresholds of the statuses and how rates roll up.
    const [note] = a1.indicators.notes ?? [];
    expect(flat(note)).toContain('Statut : ● ≥ 80 %, ⊙ ≥ 50 %, ○ en dessous.');
    expect(flat(note)).toContain('plafonnés à 100 %');
  });

  it('names beside an axis’s and a result’s rate the indicators it leaves out, and why', () => {
    const a2 = view(weighted()).axes[1];
    expect(a2.facts.map((x) => [x.label, flat(x.value)])).toContainEqual([
      'Non comptés dans le taux',
      'I5 (sans donnée)',
    ]);
    expect(flat(a2.indicators.groups[0].heading?.note ?? '')).toBe('Taux 94,6 % · sans I5 (sans donnée)');
  });

  it('gives the axes’ weights and the plan’s unweighted rate beside the weighted one', () => {
    const v = view(weighted());
    const text = tableText(v.summary.axes).map((r) => r.map(flat));
    expect(text[0]).toContain('Poids');
    expect(text[1]).toContain('2');
    expect((v.summary.axes.notes ?? []).map(flat)).toEqual([
      'Taux de réalisation global : moyenne pondérée des axes, A1 poids 2 ; sans pondération : 55 %.',
      'Non comptés dans le taux : I5 (sans donnée).',
    ]);
    expect(flat(v.findings[0].text)).toBe(
      'Taux de réalisation global du plan : 60 %, statut « En retard » (4 indicateurs renseignés sur 5 ; moyenne pondérée des axes, A1 poids 2 ; sans pondération : 55 %).',
    );
    // Every weight 1: no weight column, and the note says the mean is plain.
    const plain = view();
    expect(tableText(plain.summary.axes)[0]).not.toContain('Poids');
    expect(flat(plain.summary.axes.notes?.[0] ?? '')).toBe(
      'Taux de réalisation global : moyenne des axes, chacun de poids 1.',
    );
  });

  it('shows the footnotes in the HTML and the methodology explains maintien, milestones and the weights', () => {
    const m = weighted();
    const html = flat(renderHtml(view(m)));
    expect(html).toContain('Non comptés dans le taux : I5 (sans donnée).');
    const method = view(m)
      .methodology.sections.flatMap((x) => x.paragraphs)
      .map(flat);
    expect(method.some((x) => x.startsWith('Indicateurs « maintien »'))).toBe(true);
    expect(method.some((x) => x.includes('« Non échu »'))).toBe(true);
    expect(method).toContain(
      'Poids de ce plan (ceux qui ne valent pas 1) : A1 poids 2 et I3 poids 2. Ils sont aussi indiqués à côté des taux qu’ils touchent. Sans aucune pondération des axes, le taux du plan serait de 55 %.',
    );
  });
});

describe('cover', () => {
  it('says what kind of report it is from the period, and the period in words', () => {
    const c = view().cover;
    expect([c.title, c.reportType, c.period, c.institution, c.subtitle]).toEqual([
      'Plan de test',
      'Rapport trimestriel',
      'T4 2022',
      null,
      null,
    ]);
    const s = view({ ...model(), period: '2022-S2' }, 'en').cover;
    expect([s.reportType, s.period]).toEqual(['Half-year report', 'H2 2022']);
    expect(view({ ...model(), period: '2022' }).cover.reportType).toBe('Rapport annuel');
    expect(view({ ...model(), period: '2022-03' }).cover.period).toBe('mars 2022');
  });

  it('takes title, subtitle, institution, author and report type from model.cover when given', () => {
    const m = {
      ...model(),
      cover: {
        title: 'Revue du PONAM',
        subtitle: 'Document de travail',
        institution: 'Ministère des Maliens de l’Extérieur',
        author: 'Cellule de suivi-évaluation',
        reportType: 'mid-term' as const,
      },
    };
    const c = view(m).cover;
    expect([c.title, c.subtitle, c.institution, c.reportType]).toEqual([
      'Revue du PONAM',
      'Document de travail',
      'Ministère des Maliens de l’Extérieur',
      'Revue à mi-parcours',
    ]);
    expect(c.facts.map((f) => f.value)).toContain('Cellule de suivi-évaluation');
  });

  it('dates the report only when the run asked for a timestamp', () => {
    expect(view().cover.facts.map((f) => f.label)).not.toContain('Date du rapport');
    const dated = view({ ...model(), generatedAt: '2026-11-30T10:00:00.000Z' }).cover.facts;
    expect(dated.find((f) => f.label === 'Date du rapport')?.value).toBe('30 novembre 2026');
  });
});

describe('sources and quality', () => {
  it('lists the sources under their folder, relative to where ponam ran, with a short hash', () => {
    const s = view().sources;
    expect(s.folder).toBe('');
    expect(s.table.list).toBe(true);
    expect(tableText(s.table).slice(1)).toEqual([
      ['', './'],
      ['plan.xlsx plan', 'aaaaaaaaaaaa'],
      ['', 'data/'],
      ['Kayes.xlsx', '0123456789ab'],
    ]);
    // The whole SHA-256 is in the JSON and the xlsx annex, not in the page.
    expect(JSON.stringify(view())).not.toContain('a'.repeat(13));
    expect(JSON.stringify(view())).not.toContain(CWD);
  });

  it('names the common folder once when every source sits in one', () => {
    const m = model();
    m.sources = m.sources.map((x) => ({ ...x, path: x.path.replace('/plan.xlsx', '/data/plan.xlsx') }));
    const s = view(m).sources;
    expect(s.folder).toBe('data/');
    expect(s.intro).toContain('data/');
    expect(tableText(s.table).slice(1)).toEqual([
      ['', 'data/'],
      ['plan.xlsx plan', 'aaaaaaaaaaaa'],
      ['Kayes.xlsx', '0123456789ab'],
    ]);
  });

  it('never shows an absolute path of this machine: outside the folder ponam ran in, from the sources’ own folder', () => {
    const m = model();
    m.sources = [
      { path: '/opt/ponam/fixtures/demo/plan.xlsx', role: 'plan', sha256: 'a'.repeat(64) },
      { path: '/opt/ponam/fixtures/demo/data/Kayes.xlsx', role: 'data', sha256: 'b'.repeat(64) },
    ];
    m.indicators[0] = {
      ...m.indicators[0],
      comments: [
        {
          code: 'I1',
          entity: 'Kayes',
          period: '2022-T4',
          periods: ['2022-T4'],
          laterDate: null,
          text: 'RAS',
          file: '/opt/ponam/fixtures/demo/data/Kayes.xlsx',
          sheet: 'Valeurs',
          cell: 'D2',
        },
      ],
    };
    m.quality.issues = [
      {
        code: 'duplicate-value',
        severity: 'warning',
        file: '/opt/ponam/fixtures/demo/data/Kayes.xlsx',
        sheet: 'Valeurs',
        cell: 'C3',
        params: {
          indicator: 'I1',
          entity: 'Kayes',
          period: '2022-T4',
          first: '/opt/ponam/fixtures/demo/data/Kayes.xlsx › Valeurs › C2',
          firstValue: '600',
        },
        value: '600',
      },
    ];
    m.changes = {
      ...m.changes,
      against: 'published-report',
      period: '2022-T3',
      file: '/srv/rapports/2022-T3/report.json',
    };
    const html = renderHtml(view(m));
    expect(html).not.toContain('/opt/');
    expect(html).not.toContain('/srv/');
    const v = view(m);
    expect(
      tableText(v.sources.table)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['', 'plan.xlsx plan', '', 'Kayes.xlsx']);
    expect(rowsOf(v.axes[0].indicators)[0].detail?.comments[0].location).toBe(
      'data/Kayes.xlsx › Valeurs › D2',
    );
    expect(flat(tableText(v.quality.issues as TableView)[1].join(' '))).toContain(
      'data/Kayes.xlsx › Valeurs › C2',
    );
    expect(v.changes?.intro).toContain('(2022-T3/report.json)');
    expect(v.sources.folder).toBe('demo/');
  });

  it('labels each count for what it is, with plurals, and the counts add up', () => {
    const rows = tableText(view().quality.summary).map((r) => r.map(flat));
    // 6 of 8 indicator × period values (one indicator each); 6 of 8 reports; 2 + 3 + 1 = 6 received.
    expect(rows[1]).toEqual([
      'Complétude',
      '75 %',
      '6 valeurs reçues sur 8 attendues (une par indicateur, entité responsable et période) ; 6 rapports reçus sur 8 attendus (un rapport : ce qu’une entité envoie pour une de ses périodes de rapportage)',
    ]);
    expect(rows[2]).toEqual([
      'Promptitude',
      '40 %',
      'Sur 6 rapports reçus : 2 à temps, 3 en retard, 1 sans date de soumission (hors calcul) ; échéance 30 jours après la fin de la période, retards comptés à partir de l’échéance',
    ]);
    expect(rows[3]).toEqual(['Valeurs hors limites', 'aucun', '']);
    const m = model();
    m.quality.completeness.previous = { period: '2022-T3', rate: 2 / 3 };
    expect(flat(rowsOf(view(m).quality.summary)[0].cells[1].note ?? '')).toBe('T3 2022 : 66,7 %');
    const one = model();
    one.quality.timeliness = { ...one.quality.timeliness, onTime: 1, late: 1, undated: 0, rate: 0.5 };
    expect(flat(tableText(view(one).quality.summary)[2][2])).toBe(
      'Sur 2 rapports reçus : 1 à temps, 1 en retard ; échéance 30 jours après la fin de la période, retards comptés à partir de l’échéance',
    );
  });

  it('gives the late reports by entity, the most often late first, with each period and its delay', () => {
    const late = view().quality.tables.find((t) => t.id === 'retards') as TableView;
    expect(tableText(late).map((r) => r.map(flat))).toEqual([
      [
        'Entité',
        'Rapports datés',
        'En retard',
        'Plus long retard (jours après l’échéance)',
        'Périodes (jours après l’échéance)',
      ],
      ['OIM', '2', '2', '45 jours', 'T1 2022 (1), T3 2022 (45)'],
      ['Kayes', '1', '1', '12 jours', 'T2 2022 (12)'],
    ]);
  });

  it('gives each entity its reports and values received, and the matrix a symbol or n/m per cell', () => {
    const m = model();
    const kayes = m.quality.completeness.rows[0];
    // A partial report received late: its cell says both (`⊙ 3/6`).
    kayes.cells[2] = completenessCell('2022-T3', 'partial', {
      expected: 6,
      filled: 3,
      timeliness: 'late',
      daysLate: 4,
    });
    kayes.reportsPartial = 1;
    const v = view(m);
    expect(tableText(v.quality.entities as TableView)[1].map(flat)).toEqual([
      'Kayes',
      '4/4',
      '1',
      '4/4',
      '100 %',
    ]);
    expect(v.quality.matrices.map((t) => t.id)).toEqual(['matrice-2022']);
    const [matrix] = v.quality.matrices;
    const partial = rowsOf(matrix)[0].cells[3];
    expect([flat(partial.text), partial.state, flat(partial.title ?? '')]).toEqual([
      '⊙ 3/6',
      'partial',
      'Kayes · T3 2022 · reçu en partie : 3 valeurs renseignées sur 6 · reçu en retard',
    ]);
    expect(rowsOf(matrix)[1].cells[4]).toMatchObject({
      text: '✗',
      state: 'missing',
      title: 'OIM · T4 2022 · attendu, non reçu',
    });
    expect(matrix.columns.map((c) => c.header)).toEqual([
      'Entité',
      'T1 2022',
      'T2 2022',
      'T3 2022',
      'T4 2022',
    ]);
  });

  it('splits the matrix by year, the latest first, each with the periods of every kind owed that year', () => {
    const m = model();
    const c = m.quality.completeness;
    c.periods = ['2021-S1', '2021-S2', '2021', '2022-T1', '2022-S1'];
    c.rows = c.rows.map((row) => ({
      ...row,
      cells: c.periods.map((period) => completenessCell(period, 'on-time')),
    }));
    const v = view(m);
    expect(v.quality.matrices.map((t) => [t.caption, t.columns.slice(1).map((x) => x.header)])).toEqual([
      ['Rapports de 2022, par entité et par période', ['T1 2022', '1er semestre 2022']],
      ['Rapports de 2021, par entité et par période', ['1er semestre 2021', '2e semestre 2021', '2021']],
    ]);
  });
});

describe('the HTML renderer lays out the view and nothing else', () => {
  it('shows every cell of every table of the view', () => {
    const m = model();
    const html = flat(renderHtml(view(m)));
    for (const t of tables(view(m))) {
      const start = html.indexOf(t.list ? `<div class="file-list" id="${t.id}"` : `<table id="${t.id}"`);
      expect(start, t.id).toBeGreaterThan(0);
      const markup = html.slice(start);
      for (const r of rowsOf(t))
        for (const c of r.cells)
          if (c.kind !== 'path') expect(markup, `${t.id}: ${c.text}`).toContain(escapeHtml(flat(c.text)));
    }
  });

  it('gives the same bytes for the same model', () => {
    expect(renderHtml(view())).toBe(renderHtml(view()));
  });

  it('keeps a hostile label as text everywhere', () => {
    const m = model();
    const evil = '<script>alert(1)</script>';
    m.indicators[0] = indicator({ code: 'I1', label: evil });
    m.axes[0] = { ...m.axes[0], label: evil };
    m.quality.completeness.rows[0].entity = evil;
    const html = renderHtml(view(m));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('names every chart by its caption and every scrolling table by its caption', () => {
    const html = renderHtml(view());
    for (const m of html.matchAll(/<svg aria-labelledby="([^"]+)" role="img"/g))
      expect(html).toContain(`<figcaption id="${m[1]}">`);
    for (const m of html.matchAll(/role="region" aria-labelledby="([^"]+)" tabindex="0"/g))
      expect(html).toContain(`<caption id="${m[1]}">`);
    expect(html).not.toMatch(/<th[^>]*>\s*<\/th>/);
  });

  it('speaks English with --lang en', () => {
    const html = renderHtml(view({ ...model(), lang: 'en' }, 'en'));
    expect(html).toContain('<html lang="en">');
    for (const s of ['Key findings', 'Quarterly report', 'Q4 2022', 'Methodology annex'])
      expect(html).toContain(s);
    for (const s of ['Constats clés', 'Rapport trimestriel', 'n.d.', 'Complétude'])
      expect(html).not.toContain(s);
  });
});
