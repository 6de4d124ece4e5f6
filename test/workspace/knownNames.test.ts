/**
 * Which documents a change of known names can affect.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedNames, nameWordsPattern } from '../../server/src/workspace/analyzeSafely';

describe('known-name changes', () => {
  it('lists added, removed and retyped names', () => {
    const before = new Map([['sam altman', 'person'], ['openai', 'organization'], ['stoke', 'person']] as const);
    const after = new Map([['sam altman', 'person'], ['stoke', 'organization'], ['kestrel orbital', 'organization']] as const);
    assert.deepEqual(changedNames(before, after).sort(), ['kestrel orbital', 'openai', 'stoke']);
  });

  const table: Array<[string, string[], string, boolean]> = [
    ['a surname alone', ['marisol quenby'], 'Quenby said so.', true],
    ['a given name alone', ['marisol quenby'], 'MARISOL agreed.', true],
    ['not inside another word', ['sam altman'], 'The same sample.', false],
    ['any apostrophe', ["o'brien"], 'O’Brien wrote.', true],
    ['punctuation in names', ['x.ai'], 'xAI and X.ai', true],
    ['nothing for no names', [], 'Anything at all.', false],
    ['regex characters are literal', ['a+b'], 'aab', false],
  ];
  for (const [name, names, text, expected] of table) {
    it(name, () => assert.equal(nameWordsPattern(names).test(text), expected));
  }
});
