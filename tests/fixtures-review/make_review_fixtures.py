"""Writes the workbooks of tests/fixtures-review/ with openpyxl (run: /usr/bin/python3 make_review_fixtures.py).

recommandations.xlsx — the follow-up of the demo's mid-term recommendations: one
`Recommandations` sheet, eight rows across three quarters (a `Période` column), as an officer
updates it each quarter:

    N°  2022-T2          2022-T3          2022-T4          deadline      axis
    R1  non entamée      en cours         en cours         2022-T3       A1
    R2  non entamée      —                —                30/09/2022    A3
    R3  réalisée         —                —                2022-T2       —
    R4  —                non entamée      en cours         2023-T2       A5
    R5  —                abandonnée       —                2022-T4       A8

State at 2022-T4 (latest row up to P): R1 en cours, R2 non entamée, R3 réalisée, R4 en cours,
R5 abandonnée → 5 recommendations: 1 non entamée, 2 en cours, 1 réalisée, 1 abandonnée.
Overdue at 2022-T4 (deadline's last day before 2022-12-31, not done nor abandoned): R1
(2022-09-30) and R2 (2022-09-30) → 2; R3 is done (its 2022-T2 deadline passed: not overdue).
Changes since 2022-T3: R4 non entamée → en cours, the only one (R1 was already en cours at T3).

quarterly/ — the same follow-up as one workbook per quarter (no `Période` column; each has a
`Rapport` sheet giving its period), the other way of keeping it.

plan-with-recommendations.xlsx — a small plan (2 axes) whose own workbook holds the sheet,
undated, with English headers and statuses.
"""
import datetime
import os

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ['N°', 'Recommandation', 'Axe', 'Responsable', 'Échéance', 'Statut', 'Commentaire']

RECS = {
    'R1': ('Mettre en place un mécanisme de coordination des partenaires de l’axe 1', 'A1', 'DGME', '2022-T3'),
    'R2': ('Réviser les cibles de réinsertion au vu des retours de 2021', 'A3', 'MMEIA', datetime.date(2022, 9, 30)),
    'R3': ('Former les points focaux régionaux au remplissage des classeurs', None, 'Cellule S&E', '2022-T2'),
    'R4': ('Associer les organisations de la diaspora au comité de pilotage', 'A5', 'MMEIA', '2023-T2'),
    'R5': ('Créer un observatoire national des migrations', 'A8', 'INSTAT', '2022-T4'),
}
# (quarter, N°, statut, commentaire)
ROWS = [
    ('2022-T2', 'R1', 'non entamée', None),
    ('2022-T2', 'R2', 'non entamée', 'En attente des données de l’OIM'),
    ('2022-T2', 'R3', 'réalisée', 'Deux sessions tenues à Kayes et Mopti'),
    ('2022-T3', 'R1', 'en cours', 'Termes de référence validés'),
    ('2022-T3', 'R4', 'non entamée', None),
    ('2022-T3', 'R5', 'abandonnée', 'Reprise par le projet de l’UE'),
    ('2022-T4', 'R1', 'en cours', 'Première réunion prévue en janvier'),
    ('2022-T4', 'R4', 'en cours', 'Deux associations désignées'),
]


def rec_row(number, status, comment):
    text, axis, who, deadline = RECS[number]
    return [number, text, axis, who, deadline, status, comment]


def dated(ws, row, value, column=5):
    """The deadline cell: a date typed as a date (shown day first), or a period typed as text."""
    cell = ws.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, datetime.date):
        cell.number_format = 'DD/MM/YYYY'


def one_workbook():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Recommandations'
    ws.append(['Période', *HEADER])
    for quarter, number, status, comment in ROWS:
        ws.append([quarter, *rec_row(number, status, comment)])
        dated(ws, ws.max_row, RECS[number][3], column=6)
    wb.save(os.path.join(HERE, 'recommandations.xlsx'))


def per_quarter():
    os.makedirs(os.path.join(HERE, 'quarterly'), exist_ok=True)
    for quarter in ('2022-T2', '2022-T3', '2022-T4'):
        wb = Workbook()
        info = wb.active
        info.title = 'Rapport'
        info.append(['Entité', 'Cellule S&E'])
        info.append(['Période', quarter])
        ws = wb.create_sheet('Recommandations')
        ws.append(HEADER)
        for q, number, status, comment in ROWS:
            if q != quarter:
                continue
            ws.append(rec_row(number, status, comment))
            dated(ws, ws.max_row, RECS[number][3])
        wb.save(os.path.join(HERE, 'quarterly', f'recommandations-{quarter}.xlsx'))


def small_plan():
    wb = Workbook()
    plan = wb.active
    plan.title = 'Plan'
    for row in (['Code', 'PETIT'], ['Titre', 'Petit plan'], ['Année de début', 2022], ['Année de fin', 2024]):
        plan.append(row)
    axes = wb.create_sheet('Axes')
    axes.append(['Code', 'Intitulé'])
    axes.append(['A1', 'Gouvernance'])
    axes.append(['A2', 'Protection'])
    ind = wb.create_sheet('Indicateurs')
    ind.append(['Code', 'Axe', 'Intitulé', 'Unité', 'Cible 2022', 'Cible 2023', 'Cible 2024', 'Responsables'])
    ind.append(['I1', 'A1', 'Réunions tenues', 'nombre', 4, 8, 12, 'DGME'])
    ind.append(['I2', 'A2', 'Migrants assistés', 'nombre', 100, 200, 300, 'OIM'])
    recs = wb.create_sheet('Recommendations')
    recs.append(['No.', 'Recommendation', 'Axis', 'Responsible', 'Deadline', 'Status', 'Comment'])
    recs.append(['1', 'Hold the steering committee twice a year', 'a1', 'DGME', datetime.date(2023, 6, 30), 'in progress', None])
    recs.append(['2', 'Publish the quarterly figures', 'A9', 'OIM', 'H2 2023', 'implemented', 'Online since May'])
    recs.cell(row=2, column=5).number_format = 'YYYY-MM-DD'
    wb.save(os.path.join(HERE, 'plan-with-recommendations.xlsx'))


if __name__ == '__main__':
    one_workbook()
    per_quarter()
    small_plan()
