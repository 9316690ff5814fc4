import { Command, CommanderError } from 'commander';
import { registerDemo } from './demo.js';
import { EXIT } from './handle-error.js';
import { registerReport } from './report.js';
import { registerTemplate } from './template.js';
import { registerValidate } from './validate.js';
import { TOOL } from './version.js';

/** Builds the program and runs it; resolves to the exit code instead of exiting, for tests. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const run = (c: number) => {
    code = c;
  };
  const program = new Command()
    .name('ponam')
    .description(
      "Turn a national action plan's Excel workbooks into validated figures and a mid-term-evaluation-style report",
    )
    .version(TOOL.version, '-V, --version')
    .showHelpAfterError('(add --help for the options)')
    .exitOverride();
  registerReport(program, run);
  registerDemo(program, run);
  registerTemplate(program, run);
  registerValidate(program, run);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ||
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version'
        ? EXIT.ok
        : EXIT.failure;
    }
    throw error;
  }
  return code;
}
