/**
 * The formats `report` writes: one list for the command line, the configuration and the
 * renderers. Apart from the configuration's schema, so that `ponam --version` and `--help` load
 * no schema library.
 */
export const REPORT_FORMATS = ['html', 'json', 'pdf', 'xlsx', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
