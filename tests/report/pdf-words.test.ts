import { describe, expect, it } from 'vitest';
import { standsApart, type Word } from './reports.js';

/** Words of one line laid out from pieces `[text, gap before it]`, each glyph 5 units wide. */
function line(pieces: [string, number][]): Word[] {
  let x = 0;
  return pieces.map(([text, gap]) => {
    const x0 = x + gap;
    x = x0 + text.length * 5;
    return { x0, x1: x, text };
  });
}

describe('the PDF check of a figure standing apart (tests/report/layout.e2e.test.ts)', () => {
  it('accepts figures set apart by a column gap, thin spaces inside', () => {
    const l = line([
      ['2', 0],
      ['800', 1.5],
      ['000', 1.5],
      ['000', 1.5],
      ['2', 8],
      ['650', 1.5],
      ['000', 1.5],
      ['000', 1.5],
      ['94,6', 8],
      ['%', 1.5],
    ]);
    expect(standsApart([l], '2 800 000 000')).toBe(true);
    expect(standsApart([l], '2 650 000 000')).toBe(true);
    expect(standsApart([l], '94,6 %')).toBe(true);
  });

  it('refuses figures run together, as in issue 11 ("2 800 000 0002 650 000 000")', () => {
    const l = line([
      ['2', 0],
      ['800', 1.5],
      ['000', 1.5],
      ['0002', 1.5],
      ['650', 1.5],
      ['000', 1.5],
      ['000', 1.5],
    ]);
    expect(standsApart([l], '2 800 000 000')).toBe(false);
    expect(standsApart([l], '2 650 000 000')).toBe(false);
  });

  it('refuses figures only a thin space apart, and a figure split over two lines', () => {
    const close = line([
      ['799', 0],
      ['999', 1.5],
      ['999', 1.5],
      ['999', 1.5],
      ['999', 1.5],
      ['999', 1.5],
    ]);
    expect(standsApart([close], '799 999 999 999')).toBe(false);
    const split = [line([['122,7', 0]]), line([['%', 0]])];
    expect(standsApart(split, '122,7 %')).toBe(false);
  });

  it('takes the sign of an exceeded target as part of the figure', () => {
    expect(
      standsApart(
        [
          line([
            ['122,7', 0],
            ['%', 1.5],
            ['▲', 2.5],
            ['●', 8],
          ]),
        ],
        '122,7 %',
      ),
    ).toBe(true);
  });
});
