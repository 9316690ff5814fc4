/**
 * Generates the bundled PONAM example: the plan workbook (cadre logique) of Mali's Politique
 * Nationale de Migration action plan 2020-2024 and the quarterly reporting workbooks of nine
 * entities from 2020-T1 to 2022-T4.
 *
 *   npx tsx scripts/make-demo-fixtures.ts
 *
 * Deterministic: a seeded PRNG, fixed document dates and fixed zip entry dates, so that two runs
 * give byte-identical files (and the same SHA-256 in the report's list of sources).
 * The figures are illustrative, of the order of those the programmes published.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
// jszip is exceljs' own zip library (a dependency of exceljs 4.4.0): used to pin entry dates.
import JSZip from 'jszip';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'fixtures', 'ponam-2020-2024');
const DATA = path.join(OUT, 'data');
const FIXED_DATE = new Date(Date.UTC(2023, 1, 15, 9, 0, 0));

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20200101);
const between = (lo: number, hi: number): number => lo + (hi - lo) * rand();
const intBetween = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
const round = (x: number, decimals = 0): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

// ---------------------------------------------------------------------------------------------
// Periods: 12 quarters, 2020-T1 .. 2022-T4

const PLAN_YEARS = [2020, 2021, 2022, 2023, 2024];
const QUARTERS = Array.from({ length: 12 }, (_, i) => {
  const year = 2020 + Math.floor(i / 4);
  const q = (i % 4) + 1;
  return { idx: i, year, q, label: `${year}-T${q}`, end: new Date(Date.UTC(year, q * 3, 0)) };
});
const NQ = QUARTERS.length;

// ---------------------------------------------------------------------------------------------
// Entities

type EntityKey = 'DGME' | 'DNDS' | 'MMEIA' | 'KAY' | 'SIK' | 'BKO' | 'OIM' | 'AECID' | 'GIZ';

interface Entity {
  key: EntityKey;
  name: string;
  file: string;
  source: string;
}

const ENTITIES: Entity[] = [
  { key: 'DGME', name: 'DGME', file: 'DGME', source: 'Base de données DGME' },
  { key: 'DNDS', name: 'DNDS', file: 'DNDS', source: 'Rapports des services sociaux' },
  {
    key: 'MMEIA',
    name: "Ministère des Maliens de l'Extérieur",
    file: 'MMEIA',
    source: 'Rapports des missions diplomatiques et consulaires',
  },
  { key: 'KAY', name: 'DR Kayes', file: 'DR-Kayes', source: 'Registres de la DR' },
  { key: 'SIK', name: 'DR Sikasso', file: 'DR-Sikasso', source: 'Registres de la DR' },
  { key: 'BKO', name: 'DR Bamako', file: 'DR-Bamako', source: 'Registres de la DR' },
  { key: 'OIM', name: 'OIM', file: 'OIM', source: 'MiMOSA (OIM)' },
  { key: 'AECID', name: 'AECID', file: 'AECID', source: 'Rapport de suivi du projet' },
  { key: 'GIZ', name: 'GIZ / Expertise France', file: 'GIZ-EF', source: 'Système de S&E du programme' },
];
const ENTITY = Object.fromEntries(ENTITIES.map((e) => [e.key, e])) as Record<EntityKey, Entity>;

// Reports that never arrived (entity -> quarter indexes): completeness below 100 %.
const MISSING: Partial<Record<EntityKey, number[]>> = {
  AECID: [0, 1], // project started in 2020-T3
  GIZ: [0],
  KAY: [1], // COVID-19 lockdown
  SIK: [1, 6], // COVID-19; security situation in 2021-T3
  MMEIA: [4, 9],
  DNDS: [2, 8],
  BKO: [5],
};
const submitted = (e: EntityKey, q: number): boolean => !(MISSING[e] ?? []).includes(q);

// Late submissions: days after the end of the quarter (others: 10-40 days).
const LATE: Record<string, number> = { 'DNDS@3': 71, 'MMEIA@7': 65, 'SIK@8': 78, 'BKO@10': 58 };

// ---------------------------------------------------------------------------------------------
// The plan

const PLAN_KV: [string, string | number][] = [
  ['Code', 'PONAM'],
  ['Titre', "Plan d'actions de la Politique Nationale de Migration (PONAM) 2020-2024"],
  ['Pays', 'Mali'],
  ['Année de début', 2020],
  ['Année de fin', 2024],
  ['Monnaie', 'FCFA'],
  ['Langue', 'fr'],
  ['Méthode de calcul', 'auto'],
  ['Seuils', '80 / 50'],
  ['Plafond', 100],
];

const AXES: { code: string; title: string; weight: number }[] = [
  { code: 'A1', title: 'Protéger et sécuriser les migrants et leurs familles', weight: 2 },
  {
    code: 'A2',
    title: "Mettre en place des mécanismes pour l'organisation de la migration légale",
    weight: 1,
  },
  { code: 'A3', title: 'Assurer la réinsertion des migrants de retour', weight: 1 },
  {
    code: 'A4',
    title: 'Valoriser les capitaux humains, économiques et financiers de la diaspora',
    weight: 1,
  },
  {
    code: 'A5',
    title: 'Renforcer les capacités des organisations de migrants et de la société civile',
    weight: 1,
  },
  {
    code: 'A6',
    title: "Faire du Mali un pôle de dialogue sur la migration en Afrique de l'Ouest",
    weight: 1,
  },
  { code: 'A7', title: 'Améliorer la connaissance de la migration', weight: 1 },
  { code: 'A8', title: "Améliorer les conditions d'entrée, de séjour et d'établissement", weight: 1 },
];

type Level = 'impact' | 'effet' | 'extrant';
const RESULTS: { code: string; axis: string; title: string; level: Level; weight: number }[] = [
  {
    code: 'R1.1',
    axis: 'A1',
    level: 'effet',
    weight: 1,
    title: 'Les migrants en situation de vulnérabilité sont protégés et assistés',
  },
  {
    code: 'R1.2',
    axis: 'A1',
    level: 'extrant',
    weight: 1,
    title:
      'Les capacités de lutte contre la traite des personnes et le trafic illicite de migrants sont renforcées',
  },
  {
    code: 'R2.1',
    axis: 'A2',
    level: 'effet',
    weight: 1,
    title: 'La migration de travail est organisée et encadrée',
  },
  {
    code: 'R2.2',
    axis: 'A2',
    level: 'extrant',
    weight: 1,
    title:
      'Les candidats à la migration sont informés des voies légales et des risques de la migration irrégulière',
  },
  {
    code: 'R3.1',
    axis: 'A3',
    level: 'effet',
    weight: 1,
    title: 'Les migrants de retour sont réinsérés durablement sur le plan socio-économique',
  },
  {
    code: 'R3.2',
    axis: 'A3',
    level: 'extrant',
    weight: 1,
    title: "Les migrants de retour bénéficient d'un appui psychosocial, médical et économique",
  },
  {
    code: 'R4.1',
    axis: 'A4',
    level: 'effet',
    weight: 1,
    title: 'Les investissements et les transferts de la diaspora contribuent au développement du Mali',
  },
  {
    code: 'R4.2',
    axis: 'A4',
    level: 'extrant',
    weight: 1,
    title: 'Les compétences de la diaspora sont mobilisées au profit du développement local',
  },
  {
    code: 'R5.1',
    axis: 'A5',
    level: 'extrant',
    weight: 1,
    title: 'Les organisations de la société civile et de migrants sont financées et renforcées',
  },
  {
    code: 'R5.2',
    axis: 'A5',
    level: 'effet',
    weight: 1,
    title: 'La société civile participe au dialogue et au suivi de la politique migratoire',
  },
  {
    code: 'R6.1',
    axis: 'A6',
    level: 'impact',
    weight: 1,
    title: 'Le Mali joue un rôle moteur dans le dialogue régional et international sur la migration',
  },
  {
    code: 'R6.2',
    axis: 'A6',
    level: 'extrant',
    weight: 1,
    title: "Les capacités de négociation et de coopération migratoire de l'État sont renforcées",
  },
  {
    code: 'R7.1',
    axis: 'A7',
    level: 'extrant',
    weight: 1,
    title: 'Des données fiables sur la migration sont produites et diffusées régulièrement',
  },
  {
    code: 'R7.2',
    axis: 'A7',
    level: 'effet',
    weight: 1,
    title: 'Les décideurs disposent de connaissances sur la migration pour orienter les politiques',
  },
  {
    code: 'R8.1',
    axis: 'A8',
    level: 'effet',
    weight: 1,
    title: "La délivrance des documents d'identité et de voyage est plus rapide et plus accessible",
  },
  {
    code: 'R8.2',
    axis: 'A8',
    level: 'extrant',
    weight: 1,
    title: "La gestion des frontières et l'accueil des étrangers au Mali sont améliorés",
  },
];

// --- Simulations of what the entities report -------------------------------------------------

type Series = (number | null)[]; // one slot per quarter; null = row not reported
type Sim =
  /** Flows: each entity's total is spread over the quarters it reported, along a profile. */
  | {
      kind: 'flow';
      totals: Partial<Record<EntityKey, number>>;
      profile: number[];
      unit?: number;
      female?: number;
      totalRows?: (e: EntityKey, q: number) => boolean;
    }
  /** Explicit values per quarter (flows of small counts, or levels). */
  | { kind: 'values'; series: Partial<Record<EntityKey, Series>>; decimals?: number }
  /** Percentages reported with numerator and denominator. */
  | {
      kind: 'ratio';
      num: Partial<Record<EntityKey, Series>>;
      den: Partial<Record<EntityKey, Series>>;
      percentCell?: EntityKey;
      textPercent?: [EntityKey, number];
    }
  /** Milestones: `non` until the given quarter, `oui` from it (null: never). */
  | { kind: 'milestone'; ouiFrom: Partial<Record<EntityKey, number | null>> }
  | { kind: 'none' };

interface IndicatorDef {
  code: string;
  result: string;
  title: string;
  unit: string;
  type: 'quantitatif' | 'qualitatif' | 'jalon';
  sens: 'hausse' | 'baisse' | 'maintien';
  agg: 'somme' | 'dernière' | 'moyenne' | 'max';
  targetType: 'annuelle' | 'cumulée';
  baseline: number | string | null;
  baselineYear: number | null;
  targets: (number | string | null)[];
  final: number | string | null;
  frequency: 'Trimestrielle' | 'Semestrielle' | 'Annuelle';
  resp: EntityKey[];
  disagg: string;
  source: string;
  weight: number;
  sim: Sim;
  /** Short note on the situation this indicator is built to show (printed in the summary). */
  note?: string;
}

const COVID = [1.0, 0.35, 0.55, 0.85, 1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.25, 1.2];
const RAMP = [0.3, 0.3, 0.5, 0.7, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.4, 1.4];
const RETURNS = [1.4, 0.6, 0.9, 1.1, 1.2, 1.1, 1.0, 1.0, 1.1, 1.0, 0.9, 0.9];
const STEADY = [1, 0.6, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const FROM = (start: number, base: number[] = STEADY): number[] => base.map((w, i) => (i < start ? 0 : w));

/** Linear interpolation from a to b over the 12 quarters, with a little noise. */
function trend(a: number, b: number, decimals: number, noise: number): number[] {
  return Array.from({ length: NQ }, (_, i) => {
    const x = a + ((b - a) * i) / (NQ - 1);
    const n = i === 0 || i === NQ - 1 ? 0 : between(-noise, noise);
    return round(x + n, decimals);
  });
}
const randInts = (lo: number, hi: number): number[] => Array.from({ length: NQ }, () => intBetween(lo, hi));
const at = (pairs: [number, number][], fill: number | null = 0): Series => {
  const s: Series = Array.from({ length: NQ }, () => fill);
  for (const [q, v] of pairs) s[q] = v;
  return s;
};
const steps = (values: number[]): Series => values;
const numFromRate = (den: number[], rate: number[]): number[] =>
  den.map((d, i) => Math.round((d * rate[i]) / 100));

const I122_DEN = { DNDS: randInts(24, 45), KAY: randInts(14, 30), SIK: randInts(9, 20) };
const I122_RATE = { DNDS: trend(48, 70, 1, 2), KAY: trend(45, 66, 1, 2), SIK: trend(50, 68, 1, 2) };
const I312_DEN = randInts(140, 420).map((d, i) => (i < 2 ? 0 : d));
const I312_RATE = trend(39, 53, 1, 1.5);

const INDICATORS: IndicatorDef[] = [
  // ----- A1
  {
    code: 'I1.1.1',
    result: 'R1.1',
    title: 'Nombre de migrants en détresse ayant reçu une assistance directe (hébergement, soins, transport)',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 2850,
    baselineYear: 2019,
    targets: [3500, 4000, 4500, 4500, 4500],
    final: 21000,
    frequency: 'Trimestrielle',
    resp: ['OIM', 'KAY', 'BKO'],
    disagg: 'sexe',
    source: "Registres des centres d'accueil, MiMOSA",
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { OIM: 6350, KAY: 2400, BKO: 1750 },
      profile: COVID,
      female: 0.28,
      totalRows: (e, q) => e === 'OIM' || (e === 'BKO' && q >= 8),
    },
  },
  {
    code: 'I1.1.2',
    result: 'R1.1',
    title: 'Nombre de migrants de retour assistés (retours volontaires et rapatriements)',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [4000, 8500, 14000, 18000, 22000],
    final: 22000,
    frequency: 'Trimestrielle',
    resp: ['OIM', 'DGME'],
    disagg: 'sexe',
    source: 'MiMOSA (OIM), registres DGME',
    weight: 2,
    sim: {
      kind: 'flow',
      totals: { OIM: 15626, DGME: 1555 },
      profile: RETURNS,
      female: 0.12,
      totalRows: (e) => e === 'OIM',
    },
    note: 'over-achieving: 17 181 returns assisted against a cumulative target of 14 000 for 2022',
  },
  {
    code: 'I1.1.3',
    result: 'R1.1',
    title: 'Mécanisme national de référencement des migrants vulnérables opérationnel',
    unit: 'oui/non',
    type: 'jalon',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'cumulée',
    baseline: 'non',
    baselineYear: 2019,
    targets: [null, 'oui', 'oui', 'oui', 'oui'],
    final: 'oui',
    frequency: 'Trimestrielle',
    resp: ['DNDS', 'OIM'],
    disagg: '',
    source: 'Arrêté de création, procès-verbaux',
    weight: 1,
    sim: { kind: 'milestone', ouiFrom: { DNDS: 5, OIM: 6 } },
  },
  {
    code: 'I1.2.1',
    result: 'R1.2',
    title:
      "Nombre d'acteurs (forces de sécurité, justice, travailleurs sociaux) formés à la lutte contre la traite",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [300, 650, 1000, 1300, 1600],
    final: 1600,
    frequency: 'Trimestrielle',
    resp: ['GIZ', 'OIM', 'DNDS'],
    disagg: 'sexe',
    source: 'Listes de présence des formations',
    weight: 1,
    sim: { kind: 'flow', totals: { GIZ: 560, OIM: 250, DNDS: 70 }, profile: FROM(2), female: 0.22 },
  },
  {
    code: 'I1.2.2',
    result: 'R1.2',
    title: 'Proportion de victimes de traite identifiées ayant reçu une assistance',
    unit: '%',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'annuelle',
    baseline: 45,
    baselineYear: 2019,
    targets: [55, 60, 70, 75, 80],
    final: 80,
    frequency: 'Trimestrielle',
    resp: ['DNDS', 'KAY', 'SIK'],
    disagg: '',
    source: 'Fiches de référencement',
    weight: 1,
    sim: {
      kind: 'ratio',
      den: I122_DEN,
      num: {
        DNDS: numFromRate(I122_DEN.DNDS, I122_RATE.DNDS),
        KAY: numFromRate(I122_DEN.KAY, I122_RATE.KAY),
        SIK: numFromRate(I122_DEN.SIK, I122_RATE.SIK),
      },
      textPercent: ['SIK', 7],
    },
  },
  // ----- A2
  {
    code: 'I2.1.1',
    result: 'R2.1',
    title:
      "Nombre de travailleurs migrants placés à l'étranger dans le cadre de programmes de migration circulaire",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 150,
    baselineYear: 2019,
    targets: [200, 300, 400, 450, 500],
    final: 1850,
    frequency: 'Trimestrielle',
    resp: ['MMEIA', 'AECID'],
    disagg: 'sexe',
    source: 'Contrats de travail visés',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { MMEIA: 330, AECID: 450 },
      profile: [0.3, 0, 0, 0.15, 0.6, 0.9, 1, 0.8, 1, 1.2, 1.2, 1],
      female: 0.35,
    },
  },
  {
    code: 'I2.1.2',
    result: 'R2.1',
    title: "Nombre d'accords bilatéraux de main-d'œuvre et de migration en vigueur",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'max',
    targetType: 'cumulée',
    baseline: 3,
    baselineYear: 2019,
    targets: [3, 4, 5, 6, 7],
    final: 7,
    frequency: 'Trimestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Journal officiel, Ministère des Affaires étrangères',
    weight: 1,
    sim: { kind: 'values', series: { MMEIA: steps([3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5]) } },
  },
  {
    code: 'I2.2.1',
    result: 'R2.2',
    title: 'Nombre de migrants potentiels sensibilisés sur les risques de la migration irrégulière',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [20000, 45000, 75000, 95000, 110000],
    final: 110000,
    frequency: 'Trimestrielle',
    resp: ['KAY', 'SIK', 'BKO', 'OIM'],
    disagg: 'sexe',
    source: 'Fiches de sensibilisation',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { KAY: 24800, SIK: 17600, BKO: 15300, OIM: 13600 },
      profile: COVID,
      female: 0.41,
      totalRows: (e) => e === 'OIM',
    },
  },
  {
    code: 'I2.2.2',
    result: 'R2.2',
    title: "Nombre d'espaces d'information et d'orientation des migrants fonctionnels",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'cumulée',
    baseline: 2,
    baselineYear: 2019,
    targets: [3, 5, 7, 8, 8],
    final: 8,
    frequency: 'Trimestrielle',
    resp: ['KAY', 'SIK', 'BKO'],
    disagg: '',
    source: 'Rapports des DR',
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        KAY: steps([1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3]),
        SIK: steps([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]),
        BKO: steps([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
      },
    },
  },
  // ----- A3
  {
    code: 'I3.1.1',
    result: 'R3.1',
    title: 'Nombre de migrants de retour ayant achevé un parcours de réinsertion',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [1500, 4000, 7000, 9500, 12000],
    final: 12000,
    frequency: 'Trimestrielle',
    resp: ['OIM', 'KAY', 'DNDS'],
    disagg: 'sexe',
    source: 'MiMOSA (OIM), dossiers de réinsertion',
    weight: 2,
    sim: {
      kind: 'flow',
      totals: { OIM: 5420, KAY: 820, DNDS: 520 },
      profile: RAMP,
      female: 0.1,
      totalRows: (e) => e === 'OIM',
    },
  },
  {
    code: 'I3.1.2',
    result: 'R3.1',
    title: 'Taux de réinsertion durable des migrants de retour (score de durabilité ≥ 0,5)',
    unit: '%',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'annuelle',
    baseline: 40,
    baselineYear: 2019,
    targets: [45, 50, 55, 60, 65],
    final: 65,
    frequency: 'Trimestrielle',
    resp: ['OIM'],
    disagg: '',
    source: 'Enquêtes de durabilité (OIM)',
    weight: 1,
    sim: {
      kind: 'ratio',
      den: { OIM: I312_DEN.map((d) => (d === 0 ? null : d)) },
      num: { OIM: numFromRate(I312_DEN, I312_RATE).map((n, i) => (I312_DEN[i] === 0 ? null : n)) },
      percentCell: 'OIM',
    },
  },
  {
    code: 'I3.1.3',
    result: 'R3.1',
    title: 'Stratégie nationale de réinsertion des migrants de retour adoptée',
    unit: 'oui/non',
    type: 'jalon',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'cumulée',
    baseline: 'non',
    baselineYear: 2019,
    targets: [null, 'oui', 'oui', 'oui', 'oui'],
    final: 'oui',
    frequency: 'Trimestrielle',
    resp: ['MMEIA', 'DNDS'],
    disagg: '',
    source: "Décret d'adoption",
    weight: 1,
    sim: { kind: 'milestone', ouiFrom: { MMEIA: 10, DNDS: 10 } },
  },
  {
    code: 'I3.2.1',
    result: 'R3.2',
    title: "Nombre de migrants de retour ayant bénéficié d'un appui psychosocial",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 800,
    baselineYear: 2019,
    targets: [1500, 2000, 2500, 2500, 2500],
    final: 11000,
    frequency: 'Trimestrielle',
    resp: ['OIM', 'DNDS', 'BKO'],
    disagg: 'sexe',
    source: 'Registres de prise en charge',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { OIM: 2850, DNDS: 1250, BKO: 1000 },
      profile: STEADY,
      female: 0.15,
      totalRows: (e) => e === 'OIM',
    },
  },
  {
    code: 'I3.2.2',
    result: 'R3.2',
    title: 'Montant des subventions de réinsertion économique décaissées',
    unit: 'FCFA',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [500_000_000, 1_500_000_000, 2_800_000_000, 3_800_000_000, 4_500_000_000],
    final: 4_500_000_000,
    frequency: 'Trimestrielle',
    resp: ['OIM', 'AECID', 'GIZ'],
    disagg: '',
    source: 'États financiers des projets',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { OIM: 1_900_000_000, AECID: 450_000_000, GIZ: 300_000_000 },
      profile: RAMP,
      unit: 500_000,
    },
  },
  // ----- A4
  {
    code: 'I4.1.1',
    result: 'R4.1',
    title: 'Montant des investissements productifs de la diaspora accompagnés',
    unit: 'FCFA',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 1_200_000_000,
    baselineYear: 2019,
    targets: [1_500_000_000, 2_000_000_000, 2_500_000_000, 3_000_000_000, 3_500_000_000],
    final: 12_500_000_000,
    frequency: 'Trimestrielle',
    resp: ['DGME', 'MMEIA', 'GIZ'],
    disagg: '',
    source: 'Guichet unique de la diaspora',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { DGME: 2_150_000_000, MMEIA: 1_500_000_000, GIZ: 1_250_000_000 },
      profile: RAMP,
      unit: 1_000_000,
    },
  },
  {
    code: 'I4.1.2',
    result: 'R4.1',
    title: 'Part des transferts de fonds de la diaspora passant par les canaux formels',
    unit: '%',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'annuelle',
    baseline: 55,
    baselineYear: 2019,
    targets: [58, 61, 64, 67, 70],
    final: 70,
    frequency: 'Annuelle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'BCEAO, balance des paiements',
    weight: 1,
    sim: { kind: 'none' },
    note: 'no data: never reported (BCEAO figures not transmitted)',
  },
  {
    code: 'I4.2.1',
    result: 'R4.2',
    title: "Nombre de missions d'experts de la diaspora réalisées (transfert de compétences)",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [20, 50, 90, 130, 170],
    final: 170,
    frequency: 'Trimestrielle',
    resp: ['DGME', 'GIZ'],
    disagg: '',
    source: 'Rapports de mission',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { DGME: 34, GIZ: 50 },
      profile: [0.5, 0, 0, 0.5, 1, 1, 1, 1, 1.2, 1.2, 1.2, 1.2],
    },
  },
  {
    code: 'I4.2.2',
    result: 'R4.2',
    title: 'Nombre de projets de développement local cofinancés par la diaspora',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 25,
    baselineYear: 2019,
    targets: [30, 35, 40, 45, 50],
    final: 200,
    frequency: 'Trimestrielle',
    resp: ['DGME', 'KAY', 'SIK'],
    disagg: '',
    source: 'Conventions de cofinancement',
    weight: 1,
    sim: { kind: 'flow', totals: { DGME: 41, KAY: 34, SIK: 20 }, profile: STEADY },
  },
  // ----- A5
  {
    code: 'I5.1.1',
    result: 'R5.1',
    title: "Nombre d'organisations de la société civile (OSC) financées",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [10, 25, 40, 50, 60],
    final: 60,
    frequency: 'Trimestrielle',
    resp: ['GIZ', 'AECID'],
    disagg: '',
    source: 'Conventions de subvention',
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        GIZ: at([
          [3, 8],
          [5, 6],
          [7, 7],
          [9, 6],
        ]),
        AECID: at([
          [4, 5],
          [8, 7],
        ]),
      },
    },
  },
  {
    code: 'I5.1.2',
    result: 'R5.1',
    title: "Nombre de membres d'OSC et d'associations de migrants formés",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 0,
    baselineYear: 2019,
    targets: [150, 200, 250, 250, 250],
    final: 1100,
    frequency: 'Trimestrielle',
    resp: ['GIZ', 'DNDS'],
    disagg: 'sexe',
    source: 'Listes de présence des formations',
    weight: 1,
    sim: { kind: 'flow', totals: { GIZ: 390, DNDS: 150 }, profile: COVID, female: 0.38 },
  },
  {
    code: 'I5.2.1',
    result: 'R5.2',
    title: 'Proportion des OSC financées dont la capacité organisationnelle est jugée satisfaisante',
    unit: '%',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'moyenne',
    targetType: 'annuelle',
    baseline: 40,
    baselineYear: 2019,
    targets: [45, 50, 60, 65, 70],
    final: 70,
    frequency: 'Annuelle',
    resp: ['GIZ'],
    disagg: '',
    source: 'Évaluation annuelle des capacités (OCAT)',
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        GIZ: at(
          [
            [3, 52],
            [7, 58],
            [11, 63],
          ],
          null,
        ),
      },
    },
  },
  {
    code: 'I5.2.2',
    result: 'R5.2',
    title: 'Nombre de sessions du cadre de concertation État – société civile sur la migration tenues',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 2,
    baselineYear: 2019,
    targets: [4, 4, 4, 4, 4],
    final: 20,
    frequency: 'Trimestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Procès-verbaux des sessions',
    weight: 1,
    sim: { kind: 'values', series: { MMEIA: steps([1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]) } },
  },
  // ----- A6
  {
    code: 'I6.1.1',
    result: 'R6.1',
    title: 'Nombre de rencontres régionales et internationales sur la migration organisées au Mali',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 1,
    baselineYear: 2019,
    targets: [2, 3, 3, 3, 3],
    final: 14,
    frequency: 'Trimestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Rapports des rencontres',
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        MMEIA: at([
          [0, 1],
          [6, 1],
          [11, 1],
        ]),
      },
    },
  },
  {
    code: 'I6.1.2',
    result: 'R6.1',
    title:
      'Stade de mise en place du cadre régional de dialogue sur la migration (0 = non initié, 1 = note conceptuelle validée, 2 = texte de création adopté, 3 = secrétariat installé, 4 = fonctionnel)',
    unit: 'étape (0 à 4)',
    type: 'qualitatif',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [1, 2, 4, 4, 4],
    final: 4,
    frequency: 'Trimestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Documents officiels du cadre',
    weight: 1,
    sim: { kind: 'values', series: { MMEIA: steps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]) } },
  },
  {
    code: 'I6.2.1',
    result: 'R6.2',
    title: "Nombre de cadres de l'État formés à la diplomatie et à la gouvernance migratoire",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [30, 70, 120, 160, 200],
    final: 200,
    frequency: 'Trimestrielle',
    resp: ['MMEIA', 'GIZ'],
    disagg: 'sexe',
    source: 'Listes de présence des formations',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { MMEIA: 15, GIZ: 35 },
      profile: [0, 0, 0, 0, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1],
      female: 0.3,
    },
  },
  {
    code: 'I6.2.2',
    result: 'R6.2',
    title: 'Nombre de mémorandums de coopération migratoire signés avec les pays de la sous-région',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [1, 2, 4, 5, 6],
    final: 6,
    frequency: 'Trimestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Mémorandums signés',
    weight: 1,
    sim: { kind: 'values', series: { MMEIA: at([[5, 1]]) } },
  },
  // ----- A7
  {
    code: 'I7.1.1',
    result: 'R7.1',
    title: 'Nombre de rapports statistiques sur la migration publiés (bulletins, profils, DTM)',
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 1,
    baselineYear: 2019,
    targets: [2, 4, 4, 4, 4],
    final: 18,
    frequency: 'Trimestrielle',
    resp: ['MMEIA', 'OIM'],
    disagg: '',
    source: 'Publications',
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        MMEIA: at([
          [3, 1],
          [7, 1],
          [11, 1],
        ]),
        OIM: at([
          [5, 1],
          [8, 1],
          [10, 1],
          [11, 1],
        ]),
      },
    },
  },
  {
    code: 'I7.1.2',
    result: 'R7.1',
    title: "Système national d'information sur la migration opérationnel",
    unit: 'oui/non',
    type: 'jalon',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'cumulée',
    baseline: 'non',
    baselineYear: 2019,
    targets: [null, null, 'oui', 'oui', 'oui'],
    final: 'oui',
    frequency: 'Trimestrielle',
    resp: ['MMEIA', 'OIM'],
    disagg: '',
    source: 'Rapport de réception du système',
    weight: 1,
    sim: { kind: 'milestone', ouiFrom: { MMEIA: null, OIM: null } },
    note: 'milestone due in 2022, still "non"',
  },
  {
    code: 'I7.2.1',
    result: 'R7.2',
    title: "Nombre d'études et de recherches sur la migration réalisées et validées",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [2, 5, 8, 11, 14],
    final: 14,
    frequency: 'Trimestrielle',
    resp: ['MMEIA', 'OIM', 'GIZ'],
    disagg: '',
    source: "Rapports d'études validés",
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        MMEIA: at([
          [7, 1],
          [11, 1],
        ]),
        OIM: at([
          [3, 1],
          [6, 1],
          [10, 1],
        ]),
        GIZ: at([[9, 1]]),
      },
    },
  },
  {
    code: 'I7.2.2',
    result: 'R7.2',
    title: "Nombre d'agents formés à la collecte et à l'analyse des données migratoires",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'cumulée',
    baseline: 0,
    baselineYear: 2019,
    targets: [40, 90, 150, 200, 250],
    final: 250,
    frequency: 'Trimestrielle',
    resp: ['OIM', 'KAY', 'SIK', 'BKO'],
    disagg: 'sexe',
    source: 'Listes de présence des formations',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { OIM: 45, KAY: 22, SIK: 15, BKO: 23 },
      profile: FROM(4),
      female: 0.25,
    },
  },
  // ----- A8
  {
    code: 'I8.1.1',
    result: 'R8.1',
    title: 'Délai moyen de délivrance des passeports',
    unit: 'jours',
    type: 'quantitatif',
    sens: 'baisse',
    agg: 'dernière',
    targetType: 'annuelle',
    baseline: 45,
    baselineYear: 2019,
    targets: [40, 30, 20, 15, 10],
    final: 10,
    frequency: 'Trimestrielle',
    resp: ['DGME', 'MMEIA'],
    disagg: '',
    source: 'Registres de délivrance',
    weight: 1,
    sim: { kind: 'values', series: { DGME: trend(44, 27, 1, 1.2), MMEIA: trend(58, 35, 0, 2) }, decimals: 1 },
    note: 'decreasing indicator, behind: 31 days on average against a target of 20',
  },
  {
    code: 'I8.1.2',
    result: 'R8.1',
    title: "Nombre de cartes consulaires biométriques délivrées aux Maliens de l'extérieur",
    unit: 'nombre',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'somme',
    targetType: 'annuelle',
    baseline: 45000,
    baselineYear: 2019,
    targets: [50000, 55000, 60000, 65000, 70000],
    final: 300000,
    frequency: 'Trimestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Rapports des missions diplomatiques et consulaires',
    weight: 1,
    sim: {
      kind: 'flow',
      totals: { MMEIA: 108000 },
      profile: [1, 0.5, 0.6, 0.8, 0.9, 1, 1, 1.1, 1.1, 1.2, 1.2, 1.2],
    },
  },
  {
    code: 'I8.2.1',
    result: 'R8.2',
    title: "Proportion de postes frontaliers équipés d'un système d'enregistrement des flux (MIDAS)",
    unit: '%',
    type: 'quantitatif',
    sens: 'hausse',
    agg: 'dernière',
    targetType: 'cumulée',
    baseline: 20,
    baselineYear: 2019,
    targets: [30, 45, 60, 75, 90],
    final: 90,
    frequency: 'Trimestrielle',
    resp: ['KAY', 'SIK', 'BKO'],
    disagg: '',
    source: 'Inventaire des postes frontaliers',
    weight: 1,
    sim: {
      kind: 'ratio',
      num: {
        KAY: [2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 7],
        SIK: [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5],
        BKO: [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2],
      },
      den: { KAY: Array(NQ).fill(14), SIK: Array(NQ).fill(12), BKO: Array(NQ).fill(3) },
    },
  },
  {
    code: 'I8.2.2',
    result: 'R8.2',
    title: 'Taux de satisfaction des usagers des services consulaires',
    unit: '%',
    type: 'quantitatif',
    sens: 'maintien',
    agg: 'moyenne',
    targetType: 'annuelle',
    baseline: 60,
    baselineYear: 2019,
    targets: [60, 60, 60, 60, 60],
    final: 60,
    frequency: 'Semestrielle',
    resp: ['MMEIA'],
    disagg: '',
    source: 'Enquêtes de satisfaction semestrielles',
    weight: 1,
    sim: {
      kind: 'values',
      series: {
        MMEIA: at(
          [
            [1, 58],
            [3, 61],
            [5, 62],
            [7, 63],
            [9, 64],
            [11, 62],
          ],
          null,
        ),
      },
    },
  },
];

// --- Activities ---------------------------------------------------------------------------------

interface ActivityDef {
  code: string;
  result: string;
  title: string;
  resp: EntityKey;
  budget: number;
  start: number | null; // quarter index the activity started (null: never)
  end: string; // the plan's `Fin`: when it is due (a year or a period)
  done?: number; // quarter index it was completed
  progressAtEnd?: number; // for activities still running at 2022-T4
  abandonedAt?: number;
  spend: number; // share of the budget disbursed at 100 % progress
  comment?: string;
}

const ACTIVITIES: ActivityDef[] = [
  {
    code: 'AC1.1.1',
    end: '2021',
    result: 'R1.1',
    title: "Mise en place et équipement de centres d'accueil et de transit des migrants (Kayes, Gao)",
    resp: 'OIM',
    budget: 450_000_000,
    start: 1,
    done: 7,
    spend: 0.97,
  },
  {
    code: 'AC1.1.2',
    end: '2021-S1',
    result: 'R1.1',
    title:
      'Élaboration et opérationnalisation du mécanisme national de référencement des migrants vulnérables',
    resp: 'DNDS',
    budget: 85_000_000,
    start: 2,
    done: 5,
    spend: 0.92,
  },
  {
    code: 'AC1.2.1',
    end: '2023',
    result: 'R1.2',
    title: 'Formation des forces de défense et de sécurité et des magistrats à la lutte contre la traite',
    resp: 'GIZ',
    budget: 220_000_000,
    start: 2,
    progressAtEnd: 75,
    spend: 0.95,
  },
  {
    code: 'AC2.1.1',
    end: '2024',
    result: 'R2.1',
    title: "Mise en œuvre d'un programme de migration circulaire de travail avec l'Espagne",
    resp: 'AECID',
    budget: 310_000_000,
    start: 4,
    progressAtEnd: 60,
    spend: 0.9,
  },
  {
    code: 'AC2.2.1',
    end: '2022',
    result: 'R2.2',
    title:
      'Campagnes de sensibilisation sur les risques de la migration irrégulière dans les zones de départ',
    resp: 'KAY',
    budget: 95_000_000,
    start: 0,
    done: 10,
    spend: 1,
  },
  {
    code: 'AC2.2.2',
    end: '2022-T2',
    result: 'R2.2',
    title: "Ouverture d'espaces d'information et d'orientation des migrants dans la région de Sikasso",
    resp: 'SIK',
    budget: 60_000_000,
    start: 3,
    done: 9,
    spend: 0.94,
  },
  {
    code: 'AC3.1.1',
    end: '2021',
    result: 'R3.1',
    title: 'Élaboration et validation de la Stratégie nationale de réinsertion des migrants de retour',
    resp: 'DNDS',
    budget: 45_000_000,
    start: 3,
    done: 10,
    spend: 0.98,
  },
  {
    code: 'AC3.1.2',
    end: '2024',
    result: 'R3.1',
    title: 'Appui à la réinsertion économique des migrants de retour (kits, microprojets, formation)',
    resp: 'OIM',
    budget: 900_000_000,
    start: 0,
    progressAtEnd: 80,
    spend: 0.95,
  },
  {
    code: 'AC3.2.1',
    end: '2022',
    result: 'R3.2',
    title: 'Prise en charge psychosociale et médicale des migrants de retour à Bamako',
    resp: 'BKO',
    budget: 120_000_000,
    start: 0,
    done: 11,
    spend: 0.96,
  },
  {
    code: 'AC4.1.1',
    end: '2022',
    result: 'R4.1',
    title: "Mise en place d'un guichet unique d'accompagnement des investissements de la diaspora",
    resp: 'DGME',
    budget: 180_000_000,
    start: 4,
    done: 9,
    spend: 0.93,
  },
  {
    code: 'AC4.1.2',
    end: '2022-T1',
    result: 'R4.1',
    title: 'Organisation du Forum des investisseurs de la diaspora malienne',
    resp: 'MMEIA',
    budget: 250_000_000,
    start: 6,
    done: 8,
    spend: 0.88,
  },
  {
    code: 'AC4.2.1',
    end: '2023',
    result: 'R4.2',
    title: "Programme de missions d'expertise de la diaspora (transfert de compétences)",
    resp: 'GIZ',
    budget: 140_000_000,
    start: 3,
    progressAtEnd: 65,
    spend: 0.9,
  },
  {
    code: 'AC5.1.1',
    end: '2023',
    result: 'R5.1',
    title: "Fonds d'appui aux initiatives des organisations de la société civile sur la migration",
    resp: 'GIZ',
    budget: 600_000_000,
    start: 1,
    done: 11,
    spend: 0.98,
  },
  {
    code: 'AC5.1.2',
    end: '2022',
    result: 'R5.1',
    title: 'Renforcement des capacités des associations de migrants et de migrants de retour',
    resp: 'AECID',
    budget: 130_000_000,
    start: 2,
    done: 8,
    spend: 0.95,
  },
  {
    code: 'AC6.1.1',
    end: '2021',
    result: 'R6.1',
    title: "Organisation d'une conférence ministérielle ouest-africaine sur la migration à Bamako",
    resp: 'MMEIA',
    budget: 350_000_000,
    start: 5,
    progressAtEnd: 15,
    abandonedAt: 8,
    spend: 0.6,
    comment: 'Abandonnée : contexte régional (sanctions CEDEAO de janvier 2022)',
  },
  {
    code: 'AC6.1.2',
    end: '2022',
    result: 'R6.1',
    title: 'Création du cadre régional de dialogue sur la migration (pôle de Bamako)',
    resp: 'MMEIA',
    budget: 200_000_000,
    start: 9,
    progressAtEnd: 15,
    spend: 0.8,
  },
  {
    code: 'AC6.2.1',
    end: '2023',
    result: 'R6.2',
    title: 'Formation des diplomates et des cadres à la gouvernance migratoire',
    resp: 'GIZ',
    budget: 75_000_000,
    start: 7,
    progressAtEnd: 40,
    spend: 0.9,
  },
  {
    code: 'AC7.1.1',
    end: '2022',
    result: 'R7.1',
    title: "Mise en place du système national d'information sur la migration",
    resp: 'OIM',
    budget: 280_000_000,
    start: 5,
    progressAtEnd: 35,
    spend: 0.9,
  },
  {
    code: 'AC7.1.2',
    end: '2022',
    result: 'R7.1',
    title: "Réalisation de l'enquête nationale sur la migration et le développement",
    resp: 'DNDS',
    budget: 230_000_000,
    start: null,
    spend: 1,
    comment: 'En attente de financement',
  },
  {
    code: 'AC7.2.1',
    end: '2021',
    result: 'R7.2',
    title: 'Élaboration du profil migratoire national du Mali',
    resp: 'OIM',
    budget: 70_000_000,
    start: 3,
    done: 7,
    spend: 0.97,
  },
  {
    code: 'AC8.1.1',
    end: '2023',
    result: 'R8.1',
    title: 'Modernisation et décentralisation de la délivrance des passeports biométriques',
    resp: 'DGME',
    budget: 400_000_000,
    start: 2,
    progressAtEnd: 70,
    spend: 0.92,
  },
  {
    code: 'AC8.1.2',
    end: '2024',
    result: 'R8.1',
    title: "Enrôlement biométrique consulaire des Maliens de l'extérieur",
    resp: 'MMEIA',
    budget: 320_000_000,
    start: 4,
    progressAtEnd: 55,
    spend: 0.9,
  },
  {
    code: 'AC8.2.1',
    end: '2022',
    result: 'R8.2',
    title:
      "Équipement des postes frontaliers de la région de Kayes en système d'enregistrement des flux (MIDAS)",
    resp: 'KAY',
    budget: 160_000_000,
    start: 3,
    done: 10,
    spend: 0.95,
  },
];

/** Progress (%) of an activity at the end of quarter q, rounded to 5. */
function progressAt(a: ActivityDef, q: number): number {
  if (a.start === null || q < a.start) return 0;
  if (a.done !== undefined) {
    if (q >= a.done) return 100;
    const span = a.done - a.start + 1;
    return Math.max(5, Math.min(95, Math.round((((q - a.start + 1) / span) * 100 * 0.95) / 5) * 5));
  }
  const last = a.abandonedAt !== undefined ? a.abandonedAt - 1 : NQ - 1;
  const eff = Math.min(q, last);
  const span = last - a.start + 1;
  const end = a.progressAtEnd ?? 0;
  return Math.max(5, Math.round((((eff - a.start + 1) / span) * end) / 5) * 5);
}

function statusAt(a: ActivityDef, q: number): string {
  if (a.abandonedAt !== undefined && q >= a.abandonedAt) return 'abandonnée';
  if (a.start === null || q < a.start) return 'non démarrée';
  if (a.done !== undefined && q >= a.done) return 'réalisée';
  return 'en cours';
}

function reportsActivity(a: ActivityDef, q: number): boolean {
  if (a.done !== undefined && q > a.done + 1) return false;
  if (a.abandonedAt !== undefined && q > a.abandonedAt + 1) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Simulation: turn the specs into rows

type Cell = string | number | null;
interface ValueRow {
  indicator: string;
  value: Cell;
  num: Cell;
  den: Cell;
  sexe: string;
  source: string;
  comment: string;
  percentFormat?: boolean;
}

/** Spreads `total` over the slots with weights, as integers (largest remainder). */
function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((s, v) => s + v, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    out[i]++;
    rest--;
  }
  return out;
}

/** Per indicator, per entity: the value of each quarter (numbers; null when not reported). */
const flows = new Map<string, Partial<Record<EntityKey, Series>>>();
for (const ind of INDICATORS) {
  if (ind.sim.kind !== 'flow') continue;
  const sim = ind.sim;
  const byEntity: Partial<Record<EntityKey, Series>> = {};
  for (const e of ind.resp) {
    const total = sim.totals[e] ?? 0;
    const unit = sim.unit ?? 1;
    const weights = sim.profile.map((w, q) => (submitted(e, q) ? w * between(0.75, 1.25) : 0));
    const parts = spread(Math.round(total / unit), weights).map((v) => v * unit);
    byEntity[e] = parts.map((v, q) => (submitted(e, q) && (sim.profile[q] > 0 || v > 0) ? v : null));
  }
  flows.set(ind.code, byEntity);
}

/** French grouping with a plain space, as typed in some partner files: "1 250". */
const frenchText = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

let textCells = 0;
function numberCell(e: EntityKey, q: number, v: number): Cell {
  // DR Kayes typed its 2021 figures as text with French grouping.
  if (e === 'KAY' && QUARTERS[q].year === 2021 && Number.isInteger(v) && v >= 1000) {
    textCells++;
    return frenchText(v);
  }
  return v;
}

const COVID_NOTE = 'Activités réduites (mesures COVID-19)';

function valueRows(ind: IndicatorDef, e: EntityKey, q: number): ValueRow[] {
  const src = ENTITY[e].source;
  const base = { indicator: ind.code, num: null, den: null, sexe: '', source: src, comment: '' };
  const sim = ind.sim;
  switch (sim.kind) {
    case 'none':
      return [];
    case 'flow': {
      const v = flows.get(ind.code)?.[e]?.[q];
      if (v === null || v === undefined) return [];
      const comment = q === 1 || q === 2 ? COVID_NOTE : '';
      if (!sim.female) return [{ ...base, value: numberCell(e, q, v), comment }];
      const f = Math.max(0, Math.min(v, Math.round(v * (sim.female + between(-0.04, 0.04)))));
      const rows: ValueRow[] = [];
      if (sim.totalRows?.(e, q)) rows.push({ ...base, value: numberCell(e, q, v), comment });
      rows.push({ ...base, value: numberCell(e, q, v - f), sexe: 'H', comment: rows.length ? '' : comment });
      rows.push({ ...base, value: numberCell(e, q, f), sexe: 'F' });
      return rows;
    }
    case 'values': {
      const v = sim.series[e]?.[q];
      if (v === null || v === undefined) return [];
      if (ind.code === 'I8.1.1' && e === 'DGME' && q === 10) {
        textCells++;
        return [{ ...base, value: String(v).replace('.', ','), comment: 'Moyenne des centres de Bamako' }];
      }
      let comment = '';
      if (ind.code === 'I6.1.2' && v === 1) comment = 'Étape 1 : note conceptuelle validée';
      if (ind.code === 'I6.1.1' && q === 8) comment = 'Conférence régionale reportée (contexte sécuritaire)';
      return [{ ...base, value: v, comment }];
    }
    case 'ratio': {
      const n = sim.num[e]?.[q];
      const d = sim.den[e]?.[q];
      if (n === null || n === undefined || d === null || d === undefined || d === 0) return [];
      const pct = round((n / d) * 100, 1);
      if (sim.percentCell === e) {
        return [{ ...base, value: round(n / d, 4), num: n, den: d, percentFormat: true }];
      }
      if (sim.textPercent && sim.textPercent[0] === e && sim.textPercent[1] === q) {
        textCells++;
        return [{ ...base, value: `${String(pct).replace('.', ',')} %`, num: n, den: d }];
      }
      return [{ ...base, value: pct, num: n, den: d }];
    }
    case 'milestone': {
      const from = sim.ouiFrom[e];
      const oui = from !== null && from !== undefined && q >= from;
      let comment = '';
      if (oui && from === q)
        comment = ind.code === 'I3.1.3' ? 'Adoptée en Conseil des ministres' : 'Arrêté signé';
      if (!oui && ind.code === 'I7.1.2' && q >= 8) comment = 'Système en cours de conception';
      return [{ ...base, value: oui ? 'oui' : 'non', comment }];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook helpers

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFB4B4B4' } },
  bottom: { style: 'thin', color: { argb: 'FFB4B4B4' } },
  left: { style: 'thin', color: { argb: 'FFB4B4B4' } },
  right: { style: 'thin', color: { argb: 'FFB4B4B4' } },
};

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ponam';
  wb.lastModifiedBy = 'ponam';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function addTable(
  wb: ExcelJS.Workbook,
  name: string,
  headers: string[],
  widths: number[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h, i) => ({ header: h, key: `c${i}`, width: widths[i] ?? 14 }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = THIN;
  });
  for (const r of rows) ws.addRow(r);
  return ws;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<number> {
  const raw = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  // Re-pack with fixed entry dates so that the output is byte-identical from run to run.
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  const buf = await out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  await writeFile(file, buf);
  return buf.length;
}

// ---------------------------------------------------------------------------------------------
// Plan workbook

async function writePlan(): Promise<number> {
  const wb = newWorkbook();
  wb.title = 'Cadre logique PONAM 2020-2024';

  const plan = addTable(wb, 'Plan', ['Clé', 'Valeur'], [22, 70], PLAN_KV);
  plan.getColumn(1).font = { bold: true };
  plan.getRow(1).font = { bold: true };

  addTable(
    wb,
    'Axes',
    ['Code', 'Intitulé', 'Poids'],
    [8, 80, 8],
    AXES.map((a) => [a.code, a.title, a.weight]),
  );
  addTable(
    wb,
    'Résultats',
    ['Code', 'Axe', 'Intitulé', 'Niveau', 'Poids'],
    [8, 8, 90, 10, 8],
    RESULTS.map((r) => [r.code, r.axis, r.title, r.level, r.weight]),
  );

  const headers = [
    'Code',
    'Axe',
    'Résultat',
    'Intitulé',
    'Unité',
    'Type',
    'Sens',
    'Agrégation',
    'Type de cible',
    'Valeur de référence',
    'Année de référence',
    ...PLAN_YEARS.map((y) => `Cible ${y}`),
    'Cible finale',
    'Fréquence',
    'Responsables',
    'Désagrégations',
    'Source',
    'Poids',
  ];
  const widths = [9, 7, 9, 60, 12, 12, 10, 12, 12, 14, 11, 14, 14, 14, 14, 14, 14, 13, 40, 14, 34, 7];
  const axisOf = (ind: IndicatorDef): string => RESULTS.find((r) => r.code === ind.result)?.axis ?? '';
  const rows = INDICATORS.map((ind) => [
    ind.code,
    axisOf(ind),
    ind.result,
    ind.title,
    ind.unit,
    ind.type,
    ind.sens,
    ind.agg,
    ind.targetType,
    ind.baseline,
    ind.baselineYear,
    ...ind.targets,
    ind.final,
    ind.frequency,
    ind.resp.map((e) => ENTITY[e].name).join('; '),
    ind.disagg,
    ind.source,
    ind.weight,
  ]);
  const ws = addTable(wb, 'Indicateurs', headers, widths, rows);
  ws.getRow(1).height = 32;
  ws.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  for (let c = 10; c <= 17; c++) ws.getColumn(c).numFmt = '#,##0';
  // Logframe style: Axe and Résultat written once and merged over their rows.
  const mergeRuns = (col: number, key: (ind: IndicatorDef) => string): void => {
    let start = 0;
    for (let i = 1; i <= INDICATORS.length; i++) {
      if (i === INDICATORS.length || key(INDICATORS[i]) !== key(INDICATORS[start])) {
        const r1 = start + 2;
        const r2 = i + 1;
        if (r2 > r1) {
          for (let r = r1 + 1; r <= r2; r++) ws.getCell(r, col).value = null;
          ws.mergeCells(r1, col, r2, col);
        }
        ws.getCell(r1, col).alignment = { vertical: 'middle', horizontal: 'center' };
        start = i;
      }
    }
  };
  mergeRuns(2, axisOf);
  mergeRuns(3, (ind) => ind.result);
  ws.eachRow((row, n) => {
    if (n > 1) row.eachCell({ includeEmpty: true }, (c) => (c.border = THIN));
  });

  const acts = addTable(
    wb,
    'Activités',
    ['Code', 'Résultat', 'Intitulé', 'Responsable', 'Budget prévu (FCFA)', 'Début', 'Fin'],
    [10, 9, 90, 26, 20, 10, 10],
    // Début: the year it started (2020 for one never started); Fin: when the plan wants it done.
    ACTIVITIES.map((a) => [
      a.code,
      a.result,
      a.title,
      ENTITY[a.resp].name,
      a.budget,
      2020 + Math.floor((a.start ?? 0) / 4),
      a.end,
    ]),
  );
  acts.getColumn(5).numFmt = '#,##0';

  return save(wb, path.join(OUT, 'plan.xlsx'));
}

// ---------------------------------------------------------------------------------------------
// Reporting workbooks

interface ActivityReport {
  code: string;
  q: number;
  status: string;
  progress: number;
  disbursed: number;
}
const activityReports: ActivityReport[] = [];
const valueLog: { ind: string; e: EntityKey; q: number; rows: ValueRow[] }[] = [];
const submissions: { e: EntityKey; q: number; days: number }[] = [];

async function writeReport(e: EntityKey, q: number): Promise<number> {
  const ent = ENTITY[e];
  const quarter = QUARTERS[q];
  const wb = newWorkbook();
  wb.title = `Rapport trimestriel ${ent.name} ${quarter.label}`;

  const days = LATE[`${e}@${q}`] ?? intBetween(10, 40);
  submissions.push({ e, q, days });
  const submittedOn = new Date(quarter.end.getTime() + days * 86_400_000);
  const rapport = addTable(
    wb,
    'Rapport',
    ['Clé', 'Valeur'],
    [24, 40],
    [
      ['Entité', ent.name],
      ['Période', quarter.label],
      ['Date de soumission', null],
    ],
  );
  const dateCell = rapport.getCell(4, 2);
  dateCell.value = submittedOn;
  dateCell.numFmt = 'dd/mm/yyyy';
  dateCell.alignment = { horizontal: 'left' };

  const rows: ValueRow[] = [];
  for (const ind of INDICATORS) {
    if (!ind.resp.includes(e)) continue;
    const r = valueRows(ind, e, q);
    if (r.length) valueLog.push({ ind: ind.code, e, q, rows: r });
    rows.push(...r);
  }
  const vs = addTable(
    wb,
    'Valeurs',
    ['Indicateur', 'Valeur', 'Numérateur', 'Dénominateur', 'Sexe', 'Source', 'Commentaire'],
    [12, 16, 13, 13, 7, 36, 44],
    rows.map((r) => [r.indicator, r.value, r.num, r.den, r.sexe || null, r.source, r.comment || null]),
  );
  rows.forEach((r, i) => {
    const c = vs.getCell(i + 2, 2);
    if (r.percentFormat) c.numFmt = '0.0%';
    else if (typeof r.value === 'number' && Number.isInteger(r.value)) c.numFmt = '#,##0';
  });

  const acts: Cell[][] = [];
  for (const a of ACTIVITIES) {
    if (a.resp !== e || !reportsActivity(a, q)) continue;
    const prev = activityReports.filter((r) => r.code === a.code).at(-1);
    const progress = progressAt(a, q);
    const status = statusAt(a, q);
    const cumulative = Math.round((a.budget * a.spend * progress) / 100 / 100_000) * 100_000;
    const before = prev ? Math.round((a.budget * a.spend * prev.progress) / 100 / 100_000) * 100_000 : 0;
    const disbursed = Math.max(0, cumulative - before);
    activityReports.push({ code: a.code, q, status, progress, disbursed });
    let comment: string | null = null;
    if (status === 'abandonnée') comment = a.comment ?? 'Abandonnée';
    else if (status === 'non démarrée' && a.comment) comment = a.comment;
    else if (status === 'réalisée' && prev?.status !== 'réalisée') comment = 'Activité achevée';
    else if (status === 'en cours' && (q === 1 || q === 2)) comment = 'Retards liés à la COVID-19';
    acts.push([a.code, quarter.label, status, progress, disbursed, comment]);
  }
  const as = addTable(
    wb,
    'Activités',
    ['Activité', 'Période', 'Statut', 'Avancement (%)', 'Montant décaissé', 'Commentaire'],
    [11, 10, 14, 15, 18, 50],
    acts,
  );
  as.getColumn(5).numFmt = '#,##0';

  const file = `${ent.file}-${quarter.label}.xlsx`;
  return save(wb, path.join(DATA, file));
}

// ---------------------------------------------------------------------------------------------
// A rough re-computation (following docs/rules.md) to check the situations built in

function summary(): void {
  const P = NQ - 1;
  const year = QUARTERS[P].year;
  const yi = PLAN_YEARS.indexOf(year);
  const rateOf = new Map<string, number | null>();
  const lines: string[] = [];
  for (const ind of INDICATORS) {
    const perEntity: number[] = [];
    let sumNum = 0;
    let sumDen = 0;
    let ratio = false;
    for (const e of ind.resp) {
      const entries = valueLog.filter((v) => v.ind === ind.code && v.e === e && v.q <= P);
      if (!entries.length) continue;
      const vals = entries.map((en) => {
        const total = en.rows.find((r) => r.sexe === '');
        const num = (c: Cell): number =>
          typeof c === 'number'
            ? c
            : c === 'oui'
              ? 1
              : c === 'non'
                ? 0
                : Number(String(c).replace(/[\s%]/g, '').replace(',', '.'));
        const v = total ? num(total.value) : en.rows.reduce((s, r) => s + num(r.value), 0);
        return en.rows[0].percentFormat ? v * 100 : v;
      });
      const last = entries[entries.length - 1].rows[0];
      if (last.num !== null && last.den !== null && ind.agg === 'dernière') {
        ratio = true;
        sumNum += Number(last.num);
        sumDen += Number(last.den);
      }
      const agg =
        ind.agg === 'somme'
          ? vals.reduce((s, v) => s + v, 0)
          : ind.agg === 'dernière'
            ? vals[vals.length - 1]
            : ind.agg === 'max'
              ? Math.max(...vals)
              : vals.reduce((s, v) => s + v, 0) / vals.length;
      perEntity.push(agg);
    }
    let actual: number | null = null;
    if (ratio) actual = (sumNum / sumDen) * 100;
    else if (perEntity.length)
      actual =
        ind.unit === 'nombre' || ind.unit === 'FCFA'
          ? perEntity.reduce((s, v) => s + v, 0)
          : perEntity.reduce((s, v) => s + v, 0) / perEntity.length;
    const tnum = (x: number | string | null): number => (x === 'oui' ? 1 : x === 'non' ? 0 : Number(x));
    const target =
      ind.agg === 'somme' && ind.targetType === 'annuelle'
        ? ind.targets.slice(0, yi + 1).reduce<number>((s, t) => s + tnum(t), 0)
        : tnum(ind.targets[yi]);
    const b = tnum(ind.baseline);
    let rate: number | null = null;
    if (actual !== null) {
      if (ind.type === 'jalon') rate = actual;
      else if (ind.agg === 'somme') rate = actual / target;
      else if (target === b) rate = actual >= target ? 1 : actual / target;
      else if (ind.sens === 'baisse') rate = (b - actual) / (b - target);
      else rate = (actual - b) / (target - b);
    }
    rateOf.set(ind.code, rate);
    const fmt = (x: number | null): string =>
      x === null ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);
    lines.push(
      `${ind.code.padEnd(7)} ${ind.agg.padEnd(8)} ${ind.targetType.padEnd(8)} A=${fmt(actual).padStart(13)} T=${fmt(target).padStart(13)} rate=${rate === null ? '  —  ' : `${(rate * 100).toFixed(1)}%`}`,
    );
  }
  console.log(lines.join('\n'));
  const clamp = (r: number): number => Math.max(0, Math.min(1, r));
  const status = (r: number | null): string =>
    r === null ? 'no-data' : r >= 0.8 ? 'on-track' : r >= 0.5 ? 'behind' : 'critical';
  const wmean = (xs: [number | null, number][]): number | null => {
    const ok = xs.filter((x): x is [number, number] => x[0] !== null);
    const w = ok.reduce((s, [, wt]) => s + wt, 0);
    return w ? ok.reduce((s, [v, wt]) => s + v * wt, 0) / w : null;
  };
  const resRate = new Map<string, number | null>();
  for (const r of RESULTS) {
    const inds = INDICATORS.filter((i) => i.result === r.code);
    resRate.set(
      r.code,
      wmean(inds.map((i) => [rateOf.get(i.code) === null ? null : clamp(rateOf.get(i.code) ?? 0), i.weight])),
    );
  }
  const axRates: [number | null, number][] = [];
  for (const a of AXES) {
    const rr = wmean(
      RESULTS.filter((r) => r.axis === a.code).map((r) => [resRate.get(r.code) ?? null, r.weight]),
    );
    axRates.push([rr, a.weight]);
    const acts = ACTIVITIES.filter((x) => RESULTS.find((r) => r.code === x.result)?.axis === a.code);
    const lastOf = (code: string) => activityReports.filter((r) => r.code === code).at(-1);
    const done = acts.filter((x) => lastOf(x.code)?.status === 'réalisée').length;
    const spent = acts.reduce(
      (s, x) => s + activityReports.filter((r) => r.code === x.code).reduce((t, r) => t + r.disbursed, 0),
      0,
    );
    const budget = acts.reduce((s, x) => s + x.budget, 0);
    console.log(
      `${a.code} rate=${rr === null ? '—' : (rr * 100).toFixed(1)}% ${status(rr)}  activities ${done}/${acts.length} réalisées, financial ${((spent / budget) * 100).toFixed(0)}%`,
    );
  }
  const planRate = wmean(axRates);
  console.log(`plan rate=${planRate === null ? '—' : (planRate * 100).toFixed(1)}%`);
  const finals = ACTIVITIES.map(
    (a) => activityReports.filter((r) => r.code === a.code).at(-1)?.status ?? 'never',
  );
  const count = (s: string) => finals.filter((f) => f === s).length;
  console.log(
    `activities: ${count('réalisée')} réalisées, ${count('en cours')} en cours, ${count('non démarrée')} non démarrées, ${count('abandonnée')} abandonnées, ${count('never')} never reported`,
  );
  const expected = ENTITIES.length * NQ;
  console.log(
    `reports: ${submissions.length}/${expected} (${((submissions.length / expected) * 100).toFixed(1)}%), late (>45 days): ${submissions.filter((s) => s.days > 45).length}, numbers typed as text: ${textCells}`,
  );
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  await mkdir(DATA, { recursive: true });
  for (const f of await readdir(DATA)) if (f.endsWith('.xlsx')) await rm(path.join(DATA, f));
  let bytes = await writePlan();
  let files = 1;
  for (const q of QUARTERS) {
    for (const ent of ENTITIES) {
      if (!submitted(ent.key, q.idx)) continue;
      bytes += await writeReport(ent.key, q.idx);
      files++;
    }
  }
  summary();
  console.log(`${files} workbooks, ${(bytes / 1024).toFixed(0)} KiB, in ${path.relative(ROOT, OUT)}`);
}

await main();
