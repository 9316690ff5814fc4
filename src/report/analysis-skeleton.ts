import type { ReportModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { changeFacts, coverageNote } from './cells.js';
import { type Finding, neverReported, worstFirst } from './findings.js';
import { findingViews } from './findings-view.js';
import { formatter } from './format.js';
import { periodInWords } from './periods.js';

/**
 * The skeleton `ponam template analyse` writes (docs/review.md): every heading the report knows,
 * in the report's language, each with a note on what to write (Markdown comments, which the
 * report leaves out), and each axis pre-filled with what the report already computes for it —
 * its rate, status, coverage and change, its indicators in difficulty and those never reported,
 * in the key findings' own words. Unchanged, it gives a valid report: the empty sections do not
 * appear and the axes show their findings.
 */
export function analysisSkeleton(model: ReportModel, lang: Lang): string {
  const c = catalogue(lang);
  const s = c.review.skeleton;
  const h = c.review.analysis;
  const f = formatter(lang);
  const period = periodInWords(model.period, lang);
  const out: string[] = [comment(s.intro(period)), ''];
  const section = (title: string, note: string, body: string[] = []) => {
    out.push(`# ${title}`, '', comment(note), '');
    if (body.length > 0) out.push(...body, '');
  };
  section(h.context, s.context);
  section(h.methodology, s.methodology);
  for (const axis of model.axes) {
    const own = model.indicators.filter((i) => i.axis === axis.code);
    const facts = [
      s.axisFacts({
        rate: f.percent(axis.rate),
        status: c.status[axis.status],
        coverage: `${f.percent(axis.coverage)} (${coverageNote(axis, lang, f)})`,
      }),
      ...changeFacts(axis, lang, f).map((x) => `${x.label}${c.report.colon}${x.value} (${x.note}).`),
    ];
    const difficult = worstFirst(
      own.map((i) => ({ code: i.code, label: i.label, rate: i.rate, status: i.status })),
    );
    const never = own.filter(neverReported);
    const findings: Finding[] = [
      ...(difficult.length > 0
        ? [{ kind: 'indicators-in-difficulty' as const, indicators: difficult, total: difficult.length }]
        : []),
      ...(never.length > 0
        ? [
            {
              kind: 'never-reported' as const,
              indicators: never.map((i) => ({ code: i.code, label: i.label })),
            },
          ]
        : []),
    ];
    const lines = findingViews(
      findings,
      lang,
      f,
      model.plan.currency,
      model.quality.timeliness.delayDays,
    ).flatMap((v) => [
      `- ${markdownText(v.text)}`,
      ...v.items.map(
        (item) =>
          `  - ${[item.code, item.text]
            .filter(Boolean)
            .map((x) => markdownText(x as string))
            .join(
              ' ',
            )}${item.figure ? ` — ${markdownText(item.figure)}` : ''}${item.statusText ? ` ${markdownText(item.statusText)}` : ''}`,
      ),
    ]);
    // One paragraph per fact, then the findings as a list.
    section(`${axis.code} — ${markdownText(axis.label)}`, s.axis(period), [
      ...facts.flatMap((x, n) => (n > 0 ? ['', markdownText(x)] : [markdownText(x)])),
      ...(lines.length > 0 ? ['', ...lines] : []),
    ]);
  }
  section(h.conclusions, s.conclusions);
  section(h.lessons, s.lessons);
  return `${out.join('\n').trimEnd()}\n`;
}

/** A note to the officer that the report leaves out (`-->` inside it would end it early). */
function comment(text: string): string {
  return `<!--\n${text.replace(/--+>?/g, '—')}\n-->`;
}

/** Text from the workbooks written so that Markdown reads it back as the same text. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|!]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}
