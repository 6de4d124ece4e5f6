/**
 * Sentence splitting, Markdown masking and block structure: the layers every other result's offsets rest on.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { toProse } from '../../server/src/analysis/prose';
import { splitSentences } from '../../server/src/analysis/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  const rows: Array<[string, string[]]> = [
    ['Mr. Altman spoke. He left.', ['Mr. Altman spoke.', 'He left.']],
    ['Kestrel Orbital Inc. raised $1.2bn. The round closed.', ['Kestrel Orbital Inc. raised $1.2bn.', 'The round closed.']],
    ['J. K. Ostrander of the U.S. Senate spoke.', ['J. K. Ostrander of the U.S. Senate spoke.']],
    ['"We will win," she said. Then she left!', ['"We will win," she said.', 'Then she left!']],
    ['He owns X. The company grew.', ['He owns X.', 'The company grew.']],
    ['Revenue rose 3.5% in Q3. Costs fell.', ['Revenue rose 3.5% in Q3.', 'Costs fell.']],
    ['e.g. the first. Done', ['e.g. the first.', 'Done']],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(sentences(text), expected));
  }
});

describe('Markdown masking', () => {
  it('keeps the text length and every prose offset', () => {
    const text = '# Head\n\n**Bold Name** and [Link Text](https://a.test) `code`\n\n> quote\n';
    const { masked } = toProse(text, 'markdown');
    assert.equal(masked.length, text.length);
    for (const word of ['Head', 'Bold Name', 'Link Text', 'https://a.test', 'quote']) {
      const at = text.indexOf(word);
      assert.equal(masked.slice(at, at + word.length), word, word);
    }
    assert.ok(!masked.includes('code') && !masked.includes('**') && !masked.includes('['));
  });

  it('splits headings, list items, quotes and paragraphs into blocks, trimmed of their markers', () => {
    const text = '# Title Here\n\nA paragraph\nwrapped.\n\n- first item\n- second item\n\n> a quote\n';
    const { blocks } = toProse(text, 'markdown');
    assert.deepEqual(blocks.map((b) => [b.kind, text.slice(b.start, b.end)]), [
      ['heading', 'Title Here'],
      ['paragraph', 'A paragraph\nwrapped.'],
      ['list-item', 'first item'],
      ['list-item', 'second item'],
      ['quote', 'a quote'],
    ]);
  });

  it('finds plain-text headings: short unpunctuated lines standing alone', () => {
    const text = 'What Comes Next\n\nThe company said it would grow.\n';
    const { blocks } = toProse(text, 'plaintext');
    assert.deepEqual(blocks.map((b) => b.kind), ['heading', 'paragraph']);
  });
});
