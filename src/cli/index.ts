import { CommanderError } from 'commander';
import { quoteValue } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { badLangOption, detectLang } from './lang.js';
import { buildProgram, subcommandNames } from './program.js';
import { watchSignals } from './signals.js';

/**
 * Builds the program in the user's language and runs it; resolves to the exit code instead of
 * exiting, for tests and the bench. Only commander, the catalogue and the version are loaded
 * here: each command loads its own modules when it runs.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = detectLang(argv, env);
  const badLang = badLangOption(argv);
  if (badLang !== undefined) return refuseLang(badLang, argv, lang);
  let code: number = EXIT.ok;
  const interruption = watchSignals(lang);
  const program = buildProgram(
    lang,
    (c) => {
      code = c;
    },
    interruption.signal,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) {
      return handleError(error, makeContext({ lang }), argv.includes('--debug'));
    }
    if (error.exitCode === 0) return EXIT.ok;
    // Help shown because no command was named (`ponam`, `ponam template`): say so in one line.
    if (error.code === 'commander.help') {
      const t = catalogue(lang).cli.errors;
      process.stderr.write(`${t.prefix} ${t.noCommand(subcommandNames(program, argv).join(', '))}\n`);
    }
    return EXIT.failure;
  } finally {
    interruption.stop();
  }
  return code;
}

/** `--lang de`: exit 2, naming the values accepted and the help of the command it was given to. */
function refuseLang(value: string, argv: readonly string[], lang: Lang): number {
  const t = catalogue(lang).cli;
  const words = ['ponam'];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  const expected = t.expect.lang as string;
  const error = new PonamError(
    'usage',
    t.errors.badOption('--lang', quoteValue(value), expected),
    t.errors.seeHelp(words.join(' ')),
  );
  return handleError(error, makeContext({ lang }), false);
}

/**
 * What `bin/ponam.js` runs: `main`, then the exit code. stdout closed early (`| head`) ends the
 * run quietly; a handle left open by a dependency cannot keep the process alive more than two
 * seconds after the work is done.
 */
export async function runCli(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  });
  process.exitCode = await main(argv);
  setTimeout(() => process.exit(), 2000).unref();
}
