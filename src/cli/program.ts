import { Command, type ErrorOptions, type Help, Option } from 'commander';
import { escapeText, guardLines, quoteValue } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { REPORT_FORMATS } from '../model/formats.js';
import { TOOL } from './version.js';

/**
 * The command line, built once the language is known (src/cli/lang.ts) so that commander prints
 * help and usage errors in it. Only commander's public API is used: descriptions and placeholders
 * from the catalogue, `configureHelp` (section titles, defaults), `helpOption`, `helpCommand`,
 * `version`, `showHelpAfterError`, and `error()` overridden through `createCommand` to reword
 * commander's own errors by their stable `code` (the value it quotes is taken from its message;
 * an unexpected wording is printed escaped as it is rather than lost).
 *
 * Commander was kept rather than replaced by `util.parseArgs`: it already gives variadic options,
 * `--no-color`, subcommands, `--opt=value` and did-you-mean, and these hooks cover every string
 * it prints. The actions import their command module when they run, so that `--help` and
 * `--version` load neither zod nor exceljs (start-up, issue 13).
 */
export type Run = (code: number) => void;

export const VALIDATE_FORMATS = ['text', 'json', 'junit', 'github'] as const;

/** Defaults shown in `--help`; the command modules apply the same ones. */
export const DEFAULTS = {
  format: 'html,json',
  out: 'out',
  validateFormat: 'text',
  years: '2020-2024',
  pdfTimeout: '90',
  maxFileSize: '200',
  maxUncompressedSize: '2048',
  maxRows: '1048576',
} as const;

class PonamCommand extends Command {
  lang: Lang = 'fr';

  override createCommand(name?: string): Command {
    const cmd = new PonamCommand(name);
    cmd.lang = this.lang;
    return cmd;
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    super.error(
      `${catalogue(this.lang).cli.errors.prefix} ${reword(this, message, errorOptions?.code)}`,
      errorOptions,
    );
  }
}

/** The long flag of commander's `option.flags` (`-q, --quiet` → `--quiet`). */
function longFlag(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags;
}

function reword(cmd: Command, message: string, code: string | undefined): string {
  const t = catalogue((cmd as PonamCommand).lang).cli.errors;
  const suggestion = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(message)?.[1];
  const body = message.replace(/\n\(Did you mean [\s\S]*$/, '');
  // What the user typed may hold quotes: from the first quote to the last.
  const first = /'([\s\S]*)'/.exec(body)?.[1];
  // Commander's own flags hold none: `option '--entity <nom>' cannot be used with option '--all-entities'`.
  const [a, b] = [...body.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const hint = suggestion ? ` (${t.didYouMean(escapeText(suggestion))})` : '';
  switch (code) {
    case 'commander.unknownOption':
      if (first !== undefined) return `${t.unknownOption(quoteValue(first))}${hint}`;
      break;
    case 'commander.unknownCommand':
      if (first !== undefined) return `${t.unknownCommand(quoteValue(first))}${hint}`;
      break;
    case 'commander.missingMandatoryOptionValue':
      if (first !== undefined) return t.missingOption(longFlag(first));
      break;
    case 'commander.optionMissingArgument':
      if (first !== undefined) return t.optionNeedsValue(longFlag(first));
      break;
    case 'commander.missingArgument':
      if (first !== undefined) return t.missingArgument(quoteValue(first));
      break;
    case 'commander.excessArguments':
      return t.excessArguments(commandPath(cmd), quoteValue(cmd.args.join(' ')));
    case 'commander.conflictingOption':
      if (a !== undefined && b !== undefined) return t.conflicting(longFlag(a), longFlag(b));
      break;
  }
  return escapeText(message.replace(/^error: /, ''));
}

export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Every command: localised help option, help titles and defaults, errors through `reword`. */
function setUp(cmd: Command, lang: Lang): Command {
  const t = catalogue(lang).cli;
  cmd.helpOption('-h, --help', t.help);
  cmd.showHelpAfterError(`  ${t.errors.seeHelp(commandPath(cmd))}`);
  return cmd;
}

function helpConfiguration(lang: Lang): Partial<Help> {
  const t = catalogue(lang).cli;
  return {
    styleTitle: (title: string) => t.titles[title] ?? title,
    optionDescription: (option: Option) => {
      const shown =
        typeof option.defaultValue === 'string' && !option.negate
          ? ` ${t.byDefault(option.defaultValue)}`
          : '';
      return `${option.description}${shown}`;
    },
  };
}

function quietColorDebug(cmd: Command, lang: Lang): Command {
  const o = catalogue(lang).cli.options;
  return cmd.option('-q, --quiet', o.quiet).option('--no-color', o.noColor).option('--debug', o.debug);
}

/** The options `report` and `demo` share for the report itself. */
function reportOptions(cmd: Command, lang: Lang): Command {
  const { options: o, placeholders: p } = catalogue(lang).cli;
  const r = catalogue(lang).review.options;
  return cmd
    .option(`--period ${p.period}`, o.period)
    .option(`--format ${p.list}`, o.format(REPORT_FORMATS.join(', ')), DEFAULTS.format)
    .option(`--out ${p.dir}`, o.out, DEFAULTS.out)
    .option('--lang <fr|en>', o.lang)
    .option('--target-basis <pace|year>', o.targetBasis)
    .option(`--compare ${p.file}`, o.compare)
    .option(`--title ${p.text}`, o.title)
    .option(`--subtitle ${p.text}`, o.subtitle)
    .option(`--author ${p.text}`, o.author)
    .option(`--institution ${p.text}`, o.institution)
    .option(`--date ${p.text}`, r.date)
    .option(`--kind ${r.kindPlaceholder}`, r.kind)
    .option(`--analysis ${p.file}`, r.analysis)
    .option(`--recommendations ${p.files}`, r.recommendations)
    .option(`--browser ${p.path}`, o.browser)
    .option(`--pdf-timeout ${p.seconds}`, o.pdfTimeout, DEFAULTS.pdfTimeout)
    .option('--force', o.forceOut);
}

/** What an action receives besides its options: the language of the messages, the interruption. */
export interface CommandEnv {
  lang: Lang;
  /** Aborted on SIGINT/SIGTERM (src/cli/signals.ts). */
  signal: AbortSignal;
}

export function buildProgram(lang: Lang, run: Run, signal: AbortSignal): Command {
  const t = catalogue(lang).cli;
  const { options: o, placeholders: p, commands: c } = t;
  const env: CommandEnv = { lang, signal };
  const program = new PonamCommand('ponam');
  program.lang = lang;
  program
    .description(t.program)
    .usage(t.usageCommand)
    .configureHelp(helpConfiguration(lang))
    .configureOutput({ outputError: (text, write) => write(guardLines(text)) })
    .exitOverride()
    .enablePositionalOptions()
    .version(TOOL.version, '-V, --version', t.version)
    .helpCommand(`help ${p.command}`, t.helpCommand)
    .option('--lang <fr|en>', o.messagesLang);
  setUp(program, lang);
  /** `ponam --lang en report …`: the program's --lang stands for the command's when that one is not given. */
  const withLang = (raw: Record<string, unknown>) => ({ lang: program.opts().lang, ...dropUndefined(raw) });

  const report = setUp(program.command('report'), lang)
    .description(c.report)
    .usage(`${t.usage} ${p.paths}`)
    .option(`--plan ${p.file}`, o.plan)
    .option(`--config ${p.file}`, o.config)
    .option(`--data ${p.files}`, o.data)
    .argument(p.paths, o.paths);
  reportOptions(report, lang)
    .option('--method <auto|ratio|progression>', o.method)
    .option(`--thresholds ${p.thresholds}`, o.thresholds)
    .option(`--ceiling ${p.percent}`, o.ceiling)
    .option('--strict', o.strict)
    .option('--timestamp', o.timestamp);
  quietColorDebug(report, lang).action(
    async (paths: string[], raw: Record<string, unknown>, cmd: Command) => {
      const { reportCommand } = await import('./report.js');
      const given = typed(cmd, raw);
      const data = [...((given.data as string[] | undefined) ?? []), ...paths];
      run(await reportCommand({ ...withLang(given), ...(data.length ? { data } : {}) }, env));
    },
  );

  const demo = setUp(program.command('demo'), lang).description(c.demo).usage(t.usage);
  quietColorDebug(reportOptions(demo, lang), lang).action(async (raw: Record<string, unknown>) => {
    const { demoCommand } = await import('./demo.js');
    run(await demoCommand(withLang(raw), env));
  });

  const template = setUp(program.command('template'), lang)
    .description(c.template)
    .usage(t.usageCommand)
    .helpCommand(`help ${p.command}`, t.helpCommand);
  const plan = setUp(template.command('plan'), lang)
    .description(c.templatePlan)
    .usage(t.usage)
    .requiredOption(`--out ${p.file}`, o.templatePlanOut)
    .option('--lang <fr|en>', o.templateLang)
    .option(`--years ${p.years}`, o.years, DEFAULTS.years)
    .option('--example', o.example)
    .option('--force', o.force);
  quietColorDebug(plan, lang).action(async (raw: Record<string, unknown>) => {
    const { planTemplateCommand } = await import('./template.js');
    run(await planTemplateCommand(withLang(raw), env));
  });
  const reportTemplate = setUp(template.command('report'), lang)
    .description(c.templateReport)
    .usage(t.usage)
    .option(`--plan ${p.file}`, o.plan)
    .option(`--config ${p.file}`, o.config)
    .addOption(new Option(`--entity ${p.name}`, o.entity).conflicts('allEntities'))
    .option('--all-entities', o.allEntities)
    .option(`--period ${p.period}`, o.templatePeriod)
    .requiredOption(`--out ${p.path}`, o.templateReportOut)
    .option('--lang <fr|en>', o.templateReportLang)
    .option(`--data ${p.files}`, o.templateData)
    .option('--layout <long|wide>', o.layout)
    .option('--force', o.force);
  quietColorDebug(reportTemplate, lang).action(async (raw: Record<string, unknown>, cmd: Command) => {
    const { reportTemplateCommand } = await import('./template.js');
    run(await reportTemplateCommand(withLang(typed(cmd, raw)), env));
  });

  const analyse = setUp(template.command('analyse').alias('analysis'), lang)
    .description(catalogue(lang).review.options.templateAnalyse)
    .usage(t.usage)
    .option(`--plan ${p.file}`, o.plan)
    .option(`--config ${p.file}`, o.config)
    .option(`--data ${p.files}`, o.data)
    .option(`--period ${p.period}`, o.period)
    .option(`--out ${p.file}`, catalogue(lang).review.options.analyseOut)
    .option('--lang <fr|en>', catalogue(lang).review.options.analyseLang)
    .option('--force', o.force);
  quietColorDebug(analyse, lang).action(async (raw: Record<string, unknown>, cmd: Command) => {
    const { analyseTemplateCommand } = await import('./template.js');
    run(await analyseTemplateCommand(withLang(typed(cmd, raw)), env));
  });

  const init = setUp(program.command('init'), lang)
    .description(c.init)
    .usage(t.usage)
    .option('--force', o.forceConfig)
    .option('--lang <fr|en>', o.initLang);
  quietColorDebug(init, lang).action(async (raw: Record<string, unknown>) => {
    const { initCommand } = await import('./init.js');
    run(await initCommand(withLang(raw), env));
  });

  const validate = setUp(program.command('validate'), lang)
    .description(c.validate)
    .usage(`${t.usage} ${p.paths}`)
    .argument(p.paths, o.validatePaths)
    .option(`--plan ${p.file}`, o.validatePlan)
    .option(`--config ${p.file}`, o.config)
    .option(`--format ${p.format}`, o.validateFormat(VALIDATE_FORMATS.join(', ')), DEFAULTS.validateFormat)
    .option('--strict', o.strict)
    .option(`--max-warnings ${p.number}`, o.maxWarnings)
    .option('--lang <fr|en>', o.messagesLang)
    .option(`--max-file-size ${p.megabytes}`, o.maxFileSize, DEFAULTS.maxFileSize)
    .option(`--max-uncompressed-size ${p.megabytes}`, o.maxUncompressedSize, DEFAULTS.maxUncompressedSize)
    .option(`--max-rows ${p.number}`, o.maxRows, DEFAULTS.maxRows);
  quietColorDebug(validate, lang).action(
    async (paths: string[], raw: Record<string, unknown>, cmd: Command) => {
      const { validateCommand } = await import('./validate.js');
      run(await validateCommand({ ...withLang(typed(cmd, raw)), ...(paths.length ? { paths } : {}) }, env));
    },
  );
  return program;
}

/**
 * The options the user typed, without commander's defaults: a project configuration stands
 * between the two (src/cli/configured.ts), and the commands apply the same defaults last.
 */
function typed(cmd: Command, raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).filter(([key]) => cmd.getOptionValueSource(key) !== 'default'),
  );
}

function dropUndefined(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

/** The names of the subcommands of the command named on the command line (for "name a command"). */
export function subcommandNames(program: Command, argv: readonly string[]): string[] {
  let cmd = program;
  for (const arg of argv) {
    const sub = cmd.commands.find((s) => s.name() === arg);
    if (sub) cmd = sub;
  }
  return cmd.commands.map((s) => s.name()).filter((n) => n !== 'help');
}
