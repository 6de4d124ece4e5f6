/**
 * Pieces of the text report that do not need the engine: figure values, colour choice and table alignment.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FigureValue } from '../../server/src/analysis/index';
import { formatFigureValue } from '../../server/src/cli/figures';
import { createStyle, table, wantsColor } from '../../server/src/cli/style';

describe('formatFigureValue', () => {
  const cases: Array<[FigureValue | undefined, string]> = [
    [{ kind: 'money', value: 8e11, currency: 'USD' }, '8.0e11 USD'],
    [{ kind: 'money', value: 1.2e9, currency: 'EUR', approximate: true }, '~1.2e9 EUR'],
    [{ kind: 'money', value: 250, currency: 'GBP' }, '250 GBP'],
    [{ kind: 'money', lowerBound: 1e11, currency: 'USD', approximate: true }, '>= 1.0e11 USD'],
    [{ kind: 'percent', value: 12.5 }, '12.5%'],
    [{ kind: 'year', value: 2015 }, '2015'],
    [{ kind: 'quantity', value: 200 }, '200'],
    [{ kind: 'date' }, ''],
    [undefined, ''],
  ];
  for (const [figure, expected] of cases) {
    it(`${JSON.stringify(figure)} -> ${expected}`, () => assert.equal(formatFigureValue(figure), expected));
  }
});

describe('wantsColor', () => {
  it('colours only a terminal without NO_COLOR or --no-color', () => {
    assert.equal(wantsColor(true, {}, false), true);
    assert.equal(wantsColor(false, {}, false), false);
    assert.equal(wantsColor(true, { NO_COLOR: '1' }, false), false);
    assert.equal(wantsColor(true, {}, true), false);
  });
});

describe('table', () => {
  it('aligns columns on the plain text, right-aligns numbers, and paints after padding', () => {
    const style = createStyle(true);
    const rows = table([
      [{ text: 'Sam Altman', paint: style.person }, { text: '5', right: true }, 'Altman'],
      ['🚀 X', { text: '12', right: true }, ''],
    ], '  ');
    const plain = rows.map((row) => row.replace(/\u001b\[\d+m/g, ''));
    assert.deepEqual(plain, ['  Sam Altman   5  Altman', '  🚀 X         12']);
    assert.match(rows[0]!, /\u001b\[36mSam Altman\u001b\[39m/);
  });
});
