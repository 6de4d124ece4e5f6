/**
 * Table tests for suppression comments (issue 4). Each row is a document in which every item to check is a
 * word written as `[code]`; the row lists which of them (by code, in order) survive the suppressions.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applySuppressions, findDirectives } from '../../server/src/analysis/suppressions';

interface Item {
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

/** Items are the `[code]` markers of the text; they stay in the text so that offsets are simple. */
function itemsOf(text: string): Item[] {
  return [...text.matchAll(/\[([a-z-]+)\]/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, code: m[1]! }));
}

function check(text: string, expected: readonly string[]): void {
  const kept = applySuppressions(text, itemsOf(text)).map((i) => text.slice(i.start, i.end));
  assert.deepEqual(kept, expected.map((c) => `[${c}]`), text);
}

const H = 'hedged-claim';
const V = 'vague-attribution';
const F = 'unsourced-figure';

const ROWS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['no comments', `One [${H}].\nTwo [${V}].`, [H, V]],
  ['next line, all codes', `<!-- entity-lens-disable-next-line -->\nOne [${H}] [${F}].\nTwo [${V}].`, [V]],
  ['next line skips blank lines', `<!-- entity-lens-disable-next-line -->\n\n  \nOne [${H}].\nTwo [${H}].`, [H]],
  ['next line, one code', `<!-- entity-lens-disable-next-line ${F} -->\nOne [${H}] [${F}].`, [H]],
  ['next line, two codes', `<!-- entity-lens-disable-next-line ${F} ${H} -->\nOne [${H}] [${F}] [${V}].`, [V]],
  ['same line is not the next line', `One [${H}]. <!-- entity-lens-disable-next-line -->\nTwo [${H}].`, [H]],
  ['CRLF line ends', `<!-- entity-lens-disable-next-line -->\r\nOne [${H}].\r\nTwo [${V}].`, [V]],
  ['block, all codes', `A [${H}].\n<!-- entity-lens-disable -->\nB [${H}] [${V}].\n<!-- entity-lens-enable -->\nC [${V}].`, [H, V]],
  ['block, one code', `<!-- entity-lens-disable ${V} -->\nB [${H}] [${V}].\n<!-- entity-lens-enable -->\nC [${V}].`, [H, V]],
  ['unclosed block runs to the end', `A [${H}].\n<!-- entity-lens-disable -->\nB [${H}].\n\nC [${V}].`, [H]],
  ['enable one code inside disable all', `<!-- entity-lens-disable -->\nB [${H}] [${V}].\n<!-- entity-lens-enable ${H} -->\nC [${H}] [${V}].`, [H]],
  ['enable one of two disabled codes', `<!-- entity-lens-disable ${H} ${V} -->\nB [${H}] [${V}].\n<!-- entity-lens-enable ${V} -->\nC [${H}] [${V}].`, [V]],
  ['comment spread over lines', `<!--\n  entity-lens-disable-next-line\n  ${H}\n-->\nB [${H}] [${V}].`, [V]],
  ['other comments are ignored', `<!-- TODO: check -->\nB [${H}].\n<!-- entity-lens-frobnicate -->\nC [${V}].`, [H, V]],
  ['an unclosed comment suppresses nothing', `<!-- entity-lens-disable\nB [${H}].`, [H]],
  ['no next line at the end', `B [${H}].\n<!-- entity-lens-disable-next-line -->`, [H]],
];

describe('applySuppressions', () => {
  for (const [name, text, expected] of ROWS) {
    it(name, () => check(text, expected));
  }

  it('keeps item objects and order untouched', () => {
    const text = `A [${V}] [${H}].`;
    const items = itemsOf(text);
    assert.deepEqual(applySuppressions(text, items), items);
  });

  it('stays fast on many unclosed comment openers', () => {
    const text = '<!-- entity-lens-disable '.repeat(20000);
    const started = Date.now();
    assert.deepEqual(findDirectives(text), []);
    assert.ok(Date.now() - started < 500);
  });
});

describe('findDirectives', () => {
  it('reads kind, codes and the comment span', () => {
    const text = `x <!-- entity-lens-disable-next-line ${H}  ${V} --> y`;
    assert.deepEqual(findDirectives(text), [{ kind: 'disable-next-line', codes: [H, V], span: { start: 2, end: text.indexOf(' y') } }]);
  });
});
