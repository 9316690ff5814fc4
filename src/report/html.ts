import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { templatePath } from './assets.js';
import type { ReportView } from './view.js';

export interface ExtraSection {
  id: string;
  title: string;
  /** Trusted markup built by ponam's own renderers (charts, tables); never user text unescaped. */
  html: string;
}

export interface HtmlExtras {
  charts?: { summary?: string; statuses?: string };
  extraSections?: ExtraSection[];
  qualityHtml?: string;
  /** Extra CSS appended to the report's own (print rules of the PDF). */
  css?: string;
}

let compiled: Handlebars.TemplateDelegate | null = null;

function template(): Handlebars.TemplateDelegate {
  if (!compiled) {
    const hb = Handlebars.create();
    compiled = hb.compile(readFileSync(templatePath('report.hbs'), 'utf8'), {
      strict: false,
      noEscape: false,
    });
  }
  return compiled;
}

/** Self-contained HTML: inline CSS and SVG, no script, no network. Values are escaped by Handlebars. */
export function renderHtml(view: ReportView, extras: HtmlExtras = {}): string {
  const css = readFileSync(templatePath('report.css'), 'utf8') + (extras.css ?? '');
  return template()({
    ...view,
    css,
    charts: extras.charts ?? {},
    extraSections: extras.extraSections ?? [],
    qualityHtml: extras.qualityHtml,
  });
}
