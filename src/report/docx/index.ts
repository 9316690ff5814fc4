import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { catalogue } from '../../i18n/index.js';
import type { ChartView } from '../table.js';
import type { ReportView } from '../view.js';
import { body, type Pictures } from './body.js';
import { coverPage } from './cover.js';
import { bitmapRun, bitmapSize, fitWithin, imageRun, type Picture, picture } from './image.js';
import { COLOUR, LANDSCAPE_TEXT_WIDTH, numbering, PAGE, SIZE, styles, TEXT_WIDTH } from './look.js';
import { fixPackage } from './package.js';
import { run } from './text.js';
import { collect, isChart } from './walk.js';

/**
 * The Word renderer: the report's view (src/report/view.ts), the same one the HTML is drawn from,
 * laid out as an editable .docx by the `docx` package. Nothing is computed or formatted here:
 * every figure is the view's text.
 */
export async function renderDocx(view: ReportView): Promise<Uint8Array> {
  const pictures = await drawPictures(view);
  const c = catalogue(view.lang);
  const doc = new Document({
    title: view.title,
    subject: `${view.cover.reportType} · ${view.period}`,
    creator: view.cover.institution ?? 'ponam',
    lastModifiedBy: 'ponam',
    description: c.docx.description,
    // Word fills in the contents and the page numbers when it opens the document.
    features: { updateFields: true },
    styles: styles(view.lang),
    numbering: numbering(),
    // The cover and the body on A4 portrait; the IPTT's wide tables on landscape pages, each run
    // of pages a section of its own with the same running header and footer.
    sections: body(view, pictures).map((part, n) => ({
      properties: {
        ...(n === 0 ? { titlePage: true } : {}),
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: PAGE.margin,
            bottom: PAGE.margin,
            left: PAGE.margin,
            right: PAGE.margin,
            header: PAGE.headerFooter,
            footer: PAGE.headerFooter,
          },
        },
      },
      headers: {
        default: runningHeader(view, part.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH),
        ...(n === 0 ? { first: new Header({ children: [new Paragraph({})] }) } : {}),
      },
      footers: {
        default: pageFooter(view),
        ...(n === 0 ? { first: new Footer({ children: [new Paragraph({})] }) } : {}),
      },
      children: (n === 0 ? [...coverPage(view, pictures), ...part.children] : part.children) as FileChild[],
    })),
  });
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  return fixPackage(packed, view);
}

/** Plan title on the left, period on the right, over a thin rule. */
function runningHeader(view: ReportView, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
        children: [
          run(view.title, { size: SIZE.header, color: COLOUR.muted }),
          new TextRun({ children: [new Tab(), view.period], size: SIZE.header, color: COLOUR.muted }),
        ],
      }),
    ],
  });
}

/** `Page 3 / 24`, from Word's PAGE and NUMPAGES fields. */
function pageFooter(view: ReportView): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [`${view.t.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
            size: SIZE.header,
            color: COLOUR.muted,
          }),
        ],
      }),
    ],
  });
}

/** Every chart of the view drawn once (a PNG beside its SVG), side by side; and the logo. */
async function drawPictures(view: ReportView): Promise<Pictures> {
  const charts = collect(view, isChart);
  const drawn = await Promise.all(charts.map((c) => picture(c.svg)));
  const map = new Map<ChartView, Picture>(charts.map((c, n) => [c, drawn[n]]));
  return { charts: map, logo: await logoRun(view) };
}

/** The logo at most 6 cm wide and 2.5 cm high. */
const LOGO_BOX = { width: 227, height: 94 };

async function logoRun(view: ReportView): Promise<{ run: ParagraphChild } | null> {
  const logo = view.cover.logo;
  if (!logo) return null;
  const match = /^data:(image\/(?:png|jpeg|svg\+xml));base64,(.*)$/s.exec(logo.src);
  if (!match) return null;
  const bytes = new Uint8Array(Buffer.from(match[2], 'base64'));
  if (match[1] === 'image/svg+xml') {
    const p = await picture(Buffer.from(bytes).toString('utf8'), LOGO_BOX.width, LOGO_BOX.height);
    return { run: imageRun(p, logo.alt, 'logo') };
  }
  const type = match[1] === 'image/png' ? 'png' : 'jpg';
  const size = bitmapSize(bytes, type);
  if (!size) return null;
  return { run: bitmapRun(bytes, type, fitWithin(size, LOGO_BOX), logo.alt, 'logo') };
}
