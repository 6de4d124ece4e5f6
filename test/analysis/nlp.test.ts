/**
 * Guards the compromise adapter: the word classes the recognizer relies on still come out of compromise, so an
 * upgrade that changes its lexicon or tags fails here first.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { classifyWord, isOrganizationWord, knownMultiwordKind } from '../../server/src/analysis/nlp';

describe('compromise adapter', () => {
  const rows: Array<[string, keyof ReturnType<typeof classifyWord>, boolean]> = [
    ['Marisol', 'givenName', true],
    ['Texas', 'place', true],
    ['March', 'calendar', true],
    ['Tuesday', 'calendar', true],
    ['Canadian', 'demonym', true],
    ['Meanwhile', 'functionWord', true],
    ['Shares', 'common', true],
    ['Code', 'frequent', true],
    ['Quenby', 'known', false],
    ['Quenby', 'common', false],
    ['Barrowcliffe', 'place', false],
  ];
  for (const [word, key, expected] of rows) {
    it(`${word}: ${String(key)} is ${expected}`, () => assert.equal(classifyWord(word)[key], expected));
  }
  it('knows multi-word organizations and organization head words', () => {
    assert.equal(knownMultiwordKind('goldman sachs'), 'organization');
    assert.ok(isOrganizationWord('council'));
    assert.ok(!isOrganizationWord('quenby'));
  });
});
