import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { UsageProblem } from '../model/errors.js';

/** A list of paths in a sentence: all of them up to five, else the first five and an ellipsis. */
function listed(paths: readonly string[]): string {
  const shown = paths.map(escapeText);
  return shown.length > 5 ? `${shown.slice(0, 5).join(', ')}, …` : shown.join(', ');
}

/**
 * The sentence, and what to do, for a refusal the core returned as a code (model/errors.ts): the
 * one place where those codes become words, in the user's language.
 */
export function wordProblem(problem: UsageProblem, lang: Lang): { message: string; hint?: string } {
  const t = catalogue(lang).cli.errors;
  const run = catalogue(lang).run;
  switch (problem.code) {
    case 'plan-is-folder': {
      const shown = escapeText(problem.path);
      return { message: t.planIsFolder(shown), hint: t.planIsFolderHint(`${shown}/plan.xlsx`) };
    }
    case 'plan-not-file':
      return { message: t.planNotFile(escapeText(problem.path)) };
    case 'empty-path':
      return { message: t.emptyPath, hint: t.emptyPathHint };
    case 'folder-without-workbook':
      return {
        message: t.folderWithoutWorkbook(escapeText(problem.path), listed(problem.files)),
        hint: t.folderWithoutWorkbookHint,
      };
    case 'no-workbook':
      return { message: t.noWorkbook, hint: t.noWorkbookHint };
    case 'more-plans':
      return { message: t.morePlans(problem.paths.map(escapeText).join(', ')), hint: t.morePlansHint };
    case 'out-is-file':
      return { message: t.outIsFile(escapeText(problem.path)), hint: t.outIsFileHint };
    case 'out-holds-input':
      return {
        message: t.outHoldsInput(escapeText(problem.out), escapeText(problem.input)),
        hint: t.outHoldsInputHint,
      };
    case 'target-is-input':
      return { message: t.outIsInput(escapeText(problem.path)), hint: t.outIsInputHint };
    case 'target-is-folder':
      return {
        message: t.outIsFolder(escapeText(problem.path)),
        hint: t.outIsFolderHint(escapeText(problem.example)),
      };
    case 'target-not-file':
      return { message: t.write.EEXIST(escapeText(problem.path), 'EEXIST'), hint: t.existsHint };
    case 'targets-exist':
      return problem.paths.length === 1
        ? { message: t.exists(escapeText(problem.paths[0])), hint: t.existsHint }
        : { message: t.existMany(problem.paths.length, listed(problem.paths)), hint: t.existManyHint };
    case 'period-outside-plan':
      return {
        message: run.periodOutsidePlan(problem.period, problem.from, problem.to),
        hint: run.periodWithinPlan(problem.from, problem.to),
      };
    case 'compare-other-plan':
      return { message: run.compareOtherPlan(problem.file, problem.planCode, problem.plan) };
    case 'compare-after':
      return {
        message: run.compareAfter(problem.file, problem.period, problem.at),
        hint: run.compareEarlier,
      };
  }
}
