import { z } from 'zod';
import { REPORT_FORMATS } from './formats.js';

/**
 * `ponam.config.json`: what the flags hold, once for a prepared folder, so that a quarterly run is
 * just `ponam report` (README, "Configuration"). Flags override it; it overrides the
 * plan's `Plan` sheet. The JSON Schema published as `ponam.schema.json` is generated from this
 * schema (scripts/gen-config-schema.mjs, run by the build), so editors complete and check it.
 */
const Paths = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe('a file or folder, or a list of them, relative to this configuration file');

const Text = z.string().min(1);

export const AliasesSchema = z
  .strictObject({
    sheets: z
      .partialRecord(
        z.enum([
          'plan',
          'axes',
          'results',
          'indicators',
          'activities',
          'report',
          'values',
          'recommendations',
        ]),
        z.array(Text),
      )
      .optional()
      .describe('more names of a sheet, by role: {"indicators": ["Matrice des indicateurs"]}'),
    columns: z
      .record(z.string().regex(/^[a-z]+\.[a-zA-Z]+$/, 'role.field'), z.array(Text))
      .optional()
      .describe('more names of a column, by role and field: {"indicators.baseline": ["Niveau initial"]}'),
    values: z
      .record(z.string().regex(/^[a-zA-Z]+\.[a-z-]+$/, 'list.value'), z.array(Text))
      .optional()
      .describe('more spellings of a value of a closed list: {"status.done": ["Exécutée"]}'),
  })
  .describe('extra names for sheets, columns and values, so a ministry’s own vocabulary is read as it is');
export type Aliases = z.infer<typeof AliasesSchema>;

export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('where editors find this schema'),
    plan: Text.optional().describe('the plan workbook (cadre logique)'),
    data: Paths.optional().describe('reporting workbooks, or folders holding them'),
    period: Text.optional().describe('report period: 2022-T4, 2022-S1, 2022-12, 2022'),
    format: z
      .union([z.enum(REPORT_FORMATS), z.array(z.enum(REPORT_FORMATS)).min(1)])
      .optional()
      .describe('formats to write'),
    out: Text.optional().describe('output folder'),
    lang: z.enum(['fr', 'en']).optional().describe('language of the report and messages'),
    thresholds: z
      .strictObject({
        onTrack: z.number().min(0).max(1000).describe('in %, e.g. 80'),
        behind: z.number().min(0).max(1000).describe('in %, e.g. 50'),
      })
      .optional()
      .describe('status thresholds, in %'),
    ceiling: z
      .number()
      .positive()
      .max(10000)
      .optional()
      .describe('ceiling of rates in roll-ups, in %, e.g. 100'),
    method: z.enum(['auto', 'ratio', 'progression']).optional().describe('achievement-rate method'),
    targetBasis: z
      .enum(['pace', 'year'])
      .optional()
      .describe('inside a year: the target due by then (pace) or the whole year’s (year)'),
    browser: Text.optional().describe('Chrome, Chromium or Edge executable for PDF output'),
    cover: z
      .strictObject({
        title: Text.optional(),
        subtitle: Text.optional(),
        institution: Text.optional(),
        author: Text.optional(),
        logo: Text.optional().describe('an image file (PNG, JPEG or SVG) shown on the cover'),
        date: Text.optional().describe(
          'the date shown on the cover: 2025-03-15, or words such as "mars 2025"',
        ),
      })
      .optional()
      .describe('the report’s cover'),
    outputs: z
      .strictObject({
        html: Text.optional(),
        json: Text.optional(),
        pdf: Text.optional(),
        xlsx: Text.optional(),
        docx: Text.optional(),
      })
      .optional()
      .describe(
        'output file names, by format (default report.html, report.json, report.pdf, annexe.xlsx, report.docx)',
      ),
    aliases: AliasesSchema.optional(),
    entities: z
      .record(Text, z.array(Text))
      .optional()
      .describe(
        'the reporting entities and the other names each is written under: {"DR Kayes": ["DR de Kayes", "Direction régionale de Kayes"]}; a name in the data that is neither listed nor an alias is an error',
      ),
    kind: z
      .enum(['monitoring', 'review', 'suivi', 'revue'])
      .optional()
      .describe(
        'structure of the report: monitoring (suivi, the default) or review (revue: mid-term review)',
      ),
    analysis: Text.optional().describe(
      'the team’s analysis, a Markdown file (default: analyse.md beside this file, when there is one)',
    ),
    recommendations: Paths.optional().describe(
      'workbooks (or folders of them) with a Recommandations sheet: each quarter’s copy, or one with a Période column',
    ),
  })
  .describe('ponam project configuration (ponam.config.json)');
export type Config = z.infer<typeof ConfigSchema>;

/** The JSON Schema of ponam.config.json, as published in the package. */
export function configJsonSchema(): unknown {
  return {
    ...(z.toJSONSchema(ConfigSchema, { target: 'draft-7' }) as object),
    title: 'ponam.config.json',
  };
}
