import { type FileChild, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ReportView } from '../view.js';
import type { Pictures } from './body.js';
import { COLOUR, SIZE, TEXT_WIDTH } from './look.js';
import { layoutBorders, RULE } from './table.js';
import { run, statusRuns } from './text.js';

/**
 * The first page: logo, institution, plan title (Word's Title style), report type and period,
 * subtitle, then the cover's facts (period, plan rate, coverage...) as a table without borders.
 * It has no running header or page number.
 */
export function coverPage(view: ReportView, pictures: Pictures): FileChild[] {
  const c = view.cover;
  return [
    new Paragraph({ spacing: { before: 1200 }, children: pictures.logo ? [pictures.logo.run] : [] }),
    ...(c.institution
      ? [
          new Paragraph({
            spacing: { before: 240 },
            children: [run(c.institution, { allCaps: true, color: COLOUR.muted, characterSpacing: 20 })],
          }),
        ]
      : []),
    new Paragraph({ style: 'Title', children: [run(c.title)] }),
    new Paragraph({
      children: [
        run(c.reportType, { bold: true, size: SIZE.coverType }),
        run(' · ', { size: SIZE.coverType, color: COLOUR.muted }),
        run(c.period, { bold: true, size: SIZE.coverType }),
      ],
    }),
    ...(c.subtitle
      ? [new Paragraph({ children: [run(c.subtitle, { size: SIZE.coverSubtitle, color: COLOUR.muted })] })]
      : []),
    new Paragraph({ spacing: { before: 600 }, children: [] }),
    facts(view),
  ];
}

function facts(view: ReportView): Table {
  const label = Math.round(TEXT_WIDTH * 0.35);
  const value = TEXT_WIDTH - label;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [label, value],
    layout: TableLayoutType.FIXED,
    borders: layoutBorders(RULE),
    rows: view.cover.facts.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: label, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 0, right: 120 },
              children: [new Paragraph({ children: [run(f.label, { color: COLOUR.muted })] })],
            }),
            new TableCell({
              width: { size: value, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 120, right: 0 },
              children: [
                new Paragraph({
                  children: f.status
                    ? statusRuns(f.symbol, f.value, f.status, { bold: true, size: SIZE.coverFact })
                    : [
                        run(f.symbol ? `${f.symbol}\u00a0${f.value}` : f.value, {
                          bold: true,
                          size: SIZE.coverFact,
                        }),
                      ],
                }),
                ...(f.note ? [new Paragraph({ children: [run(f.note, { color: COLOUR.muted })] })] : []),
              ],
            }),
          ],
        }),
    ),
  });
}
