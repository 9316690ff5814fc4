import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/context.js';
import { detectLang } from '../../src/cli/lang.js';
import { flagOf } from '../../src/cli/options.js';
import { DEFAULTS } from '../../src/cli/program.js';
import { limitIssues, MAX_PER_FILE_AND_CODE } from '../../src/cli/reporters/budget.js';
import { cutText, escapeText, guardLine, quoteValue, terminalSafeJson } from '../../src/i18n/escape.js';
import { describeIssue, formatLocation } from '../../src/i18n/index.js';
import { issue } from '../../src/model/issues.js';
import { safeFileStem, uniqueFileNames, utf8Length } from '../../src/template/file-names.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';

describe('text from the inputs is shown as data', () => {
  it('shows newlines, tabs and control characters escaped', () => {
    expect(escapeText('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(escapeText('\x1b[2J\x07\x00')).toBe('\\x1b[2J\\x07\\x00');
    expect(escapeText('del\x7f c1\x9b')).toBe('del\\x7f c1\\x9b');
  });

  it('shows bidi controls, line separators and lone surrogates escaped, keeps other scripts', () => {
    expect(escapeText('abc\u202edef\u2066\u2028')).toBe('abc\\u202edef\\u2066\\u2028');
    expect(escapeText('x\ud800y')).toBe('x\\ud800y');
    expect(escapeText('وزارة 😀 Ségou')).toBe('وزارة 😀 Ségou');
  });

  it('defuses the CI commands that are read anywhere in a line', () => {
    expect(escapeText('a ##[error]b ##vso[task.setvariable]')).toBe(
      'a #\\x23[error]b #\\x23vso[task.setvariable]',
    );
    expect(escapeText('# title ## two')).toBe('# title ## two');
  });

  it('is idempotent, so text escaped twice reads the same', () => {
    const once = escapeText('\x1b[2J\n##[error] \u202e');
    expect(escapeText(once)).toBe(once);
  });

  it('cuts a quoted value to 80 characters, never inside an escape or a surrogate pair', () => {
    expect(quoteValue('x'.repeat(80))).toBe('x'.repeat(80));
    const long = quoteValue('y'.repeat(60_000));
    expect(long).toBe(`${'y'.repeat(79)}…`);
    const escapes = quoteValue('\x1b'.repeat(100));
    expect(escapes.endsWith('\\x1b…')).toBe(true);
    expect(escapes.length).toBeLessThanOrEqual(80);
    const emoji = quoteValue('😀'.repeat(100));
    expect(emoji.endsWith('😀…')).toBe(true);
    expect(cutText('z'.repeat(100))).toHaveLength(80);
  });

  it('guards a line that would start with ::, even after blanks', () => {
    expect(guardLine('::error::x')).toBe('\\x3a:error::x');
    expect(guardLine('   ::warning::x')).toBe('   \\x3a:warning::x');
    expect(guardLine('a ::b')).toBe('a ::b');
  });

  it('prints JSON that a parser reads the same but a terminal cannot act on', () => {
    const value = { v: '\x1b \u202e \x9b ##[error]' };
    const safe = terminalSafeJson(JSON.stringify(value));
    for (const raw of ['\x1b', '\u202e', '\x9b', '##[']) expect(safe).not.toContain(raw);
    expect(JSON.parse(safe)).toEqual(value);
  });

  it('escapes and cuts every parameter of an issue message and every part of a location', () => {
    const found = issue(
      'type-error',
      'error',
      { file: 'a\nb.xlsx', sheet: 'S\x1b', cell: 'B2' },
      { column: 'Valeur', expected: 'number' },
      `${'x'.repeat(500)}\n::error::y`,
    );
    const { message } = describeIssue(found, 'fr');
    expect(message).toMatch(/« x{79}… »/);
    expect(message).not.toMatch(/\n/);
    expect(formatLocation(found, 'en')).toBe('a\\nb.xlsx › S\\x1b › B2');
  });
});

describe('the output budget', () => {
  it('keeps the first issues of each file and code and counts the rest', () => {
    const many = Array.from({ length: 120 }, (_, k) =>
      issue('type-error', k % 2 ? 'error' : 'warning', {
        file: 'a.xlsx',
        sheet: 'Valeurs',
        cell: `B${k + 2}`,
      }),
    );
    const other = issue('no-data', 'warning', { file: 'b.xlsx', sheet: 'Valeurs' });
    const { shown, omitted } = limitIssues([...many, other]);
    expect(shown).toHaveLength(MAX_PER_FILE_AND_CODE + 1);
    expect(shown[0].cell).toBe('B2');
    expect(omitted).toEqual([{ file: 'a.xlsx', code: 'type-error', severity: 'error', count: 70 }]);
  });
});

describe('the language of the command line', () => {
  it('takes --lang in any case, else LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(detectLang(['report', '--lang', 'EN'], {})).toBe('en');
    expect(detectLang(['report', '--lang=en'], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(detectLang(['report', '--', '--lang', 'en'], {})).toBe('fr');
    expect(detectLang([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(detectLang([], { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(detectLang([], { LC_MESSAGES: 'en_GB', LANG: 'fr_FR' })).toBe('en');
    expect(detectLang([], { LC_ALL: '', LANG: 'en' })).toBe('en');
    expect(detectLang([], { LANG: 'C.UTF-8' })).toBe('fr');
    expect(detectLang([], {})).toBe('fr');
  });

  it('names an option as it is typed', () => {
    expect(flagOf('maxRows')).toBe('--max-rows');
    expect(flagOf('targetBasis')).toBe('--target-basis');
  });

  it('shows in --help the defaults the commands apply', () => {
    expect(Number(DEFAULTS.maxFileSize) * 2 ** 20).toBe(DEFAULT_LIMITS.maxBytes);
    expect(Number(DEFAULTS.maxUncompressedSize) * 2 ** 20).toBe(DEFAULT_LIMITS.maxUncompressedBytes);
    expect(Number(DEFAULTS.maxRows)).toBe(DEFAULT_LIMITS.maxRows);
  });
});

describe('colours', () => {
  it('--no-color, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(colorLevel(false, true, { FORCE_COLOR: '1' })).toBe(0);
    expect(colorLevel(true, true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(0);
    expect(colorLevel(true, false, { FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel(true, false, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(true, true, { FORCE_COLOR: '0' })).toBe(0);
    expect(colorLevel(true, true, { NO_COLOR: '' })).toBe(1);
    expect(colorLevel(true, true, { TERM: 'dumb' })).toBe(0);
    expect(colorLevel(true, false, {})).toBe(0);
  });
});

describe('file names made from long entity names', () => {
  it('keeps a stem within 150 bytes of UTF-8, cut between characters', () => {
    const arabic = 'وزارة الداخلية والأمن '.repeat(10);
    const stem = safeFileStem(arabic);
    expect(utf8Length(stem)).toBeLessThanOrEqual(150);
    expect(arabic.replace(/ /g, '-').startsWith(stem)).toBe(true);
  });

  it('numbers names that collide once cut, after the cut', () => {
    const prefix = '中'.repeat(60);
    const names = uniqueFileNames([`${prefix}北`, `${prefix}南`], '2023-T1');
    const [a, b] = [...names.values()];
    expect(a).not.toBe(b);
    expect(b).toMatch(/-2-2023-T1\.xlsx$/);
    for (const n of [a, b]) expect(utf8Length(n)).toBeLessThan(200);
  });
});
