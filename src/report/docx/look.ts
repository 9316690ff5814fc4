import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  LineRuleType,
} from 'docx';
import type { Lang } from '../../i18n/index.js';
import { PALETTE } from '../statuses.js';

/**
 * How the Word report looks: page, fonts, sizes, colours and styles. The colours are the report's
 * own (src/report/statuses.ts); the styles are Word's built-in ones (Title, Heading 1-3, Caption,
 * TOC Heading), so that Word shows their localised names, its navigation pane lists the headings
 * and a consultant restyles the whole document by changing a style.
 */

/** A4 portrait as Word sizes it (twips), 2 cm margins: 17 cm of text width. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
  headerFooter: 567,
} as const;

export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The text width of a landscape page (the IPTT's section): 25.7 cm. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;

/**
 * Fonts every Word has (Windows and Mac Office); LibreOffice substitutes wider ones where they
 * are missing, so what fits there fits in Word.
 */
export const FONT = { body: 'Arial', code: 'Consolas' } as const;

/** Sizes in half-points, as Word counts them. */
export const SIZE = {
  body: 20,
  table: 17,
  tableSmall: 15,
  note: 14,
  caption: 17,
  header: 15,
  bigFigure: 40,
  coverTitle: 52,
  coverType: 28,
  coverSubtitle: 24,
  coverFact: 24,
} as const;

/** A colour as Word writes it: hex without `#`. */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

export const COLOUR = {
  ink: hex(PALETTE.ink),
  muted: hex(PALETTE.muted),
  rule: hex(PALETTE.rule),
  band: hex(PALETTE.band),
  accent: hex(PALETTE.accent),
} as const;

export const LANGUAGE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The paragraph style of the tables' cells: no space between paragraphs, single lines. */
export const TABLE_TEXT = 'TableText';

/** The bullet list of the key findings and the comments. */
export const BULLETS = 'ponam-bullets';

export function numbering(): INumberingOptions {
  const level = (n: number, text: string) => ({
    level: n,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: {
        indent: { left: convertMillimetersToTwip(6 + 6 * n), hanging: convertMillimetersToTwip(4) },
      },
    },
  });
  return { config: [{ reference: BULLETS, levels: [level(0, '•'), level(1, '–')] }] };
}

export function styles(lang: Lang): IStylesOptions {
  // The outline level makes a heading a heading for any reader: Word's navigation pane, its
  // contents field, LibreOffice's navigator.
  const heading = (level: number, size: number, before: number, colour: string) => ({
    run: { font: FONT.body, size, bold: true, color: colour },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level },
  });
  return {
    default: {
      document: {
        run: { font: FONT.body, size: SIZE.body, color: COLOUR.ink, language: { value: LANGUAGE[lang] } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT.body, size: SIZE.coverTitle, bold: true, color: COLOUR.accent },
        paragraph: { spacing: { before: 240, after: 240 } },
      },
      heading1: {
        ...heading(0, 32, 0, COLOUR.accent),
        paragraph: {
          spacing: { before: 0, after: 200 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.accent, space: 4 } },
        },
      },
      heading2: heading(1, 26, 280, COLOUR.accent),
      heading3: heading(2, 22, 240, COLOUR.ink),
      caption: {
        run: { font: FONT.body, size: SIZE.caption, bold: true, italics: false, color: COLOUR.ink },
        paragraph: { spacing: { before: 160, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: TABLE_TEXT,
        name: 'Table Text',
        basedOn: 'Normal',
        next: TABLE_TEXT,
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT.body, size: 32, bold: true, color: COLOUR.accent },
        paragraph: { spacing: { after: 200 }, keepNext: true },
      },
    ],
  };
}
