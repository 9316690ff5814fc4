import ExcelJS from 'exceljs';

export type Rows = (string | number | boolean | Date | null | { formula: string; result?: number })[][];

/** Writes a small workbook (exceljs, non-streaming: fine for test-sized files). */
export async function writeWorkbook(path: string, sheets: Record<string, Rows>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(path);
}

/** A two-indicator plan whose label can carry any text (markup, formulas...). */
export function smallPlan(label = 'Nombre de migrants sensibilisés'): Record<string, Rows> {
  return {
    Plan: [
      ['Clé', 'Valeur'],
      ['Code', 'TEST'],
      ['Titre', 'Plan de test'],
      ['Année de début', 2021],
      ['Année de fin', 2023],
    ],
    Indicateurs: [
      [
        'Code',
        'Axe',
        'Résultat',
        'Intitulé',
        'Unité',
        'Agrégation',
        'Type de cible',
        'Valeur de référence',
        'Cible 2021',
        'Cible 2022',
        'Cible 2023',
        'Responsables',
      ],
      ['I1', 'A1', 'R1', label, 'nombre', 'somme', 'cumulée', 0, 100, 200, 300, 'DR Kayes; OIM'],
      ['I2', 'A1', 'R1', 'Taux de satisfaction', '%', 'dernière', 'cumulée', 40, 50, 60, 70, 'DR Kayes; OIM'],
    ],
  };
}

export function smallData(
  entity: string,
  period: string,
  values: [string, number | string][],
): Record<string, Rows> {
  return {
    Rapport: [
      ['Clé', 'Valeur'],
      ['Entité', entity],
      ['Période', period],
    ],
    Valeurs: [['Indicateur', 'Valeur'], ...values],
  };
}
