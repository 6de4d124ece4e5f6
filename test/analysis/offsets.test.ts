/**
 * Offsets are UTF-16 string indices and exact: for every reported span, text.slice(start, end) equals its text,
 * on every seed and on awkward input (CRLF, emoji, combining marks, empty text, Markdown markup).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument, type DocumentAnalysis } from '../../server/src/analysis/index';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

function assertSpansExact(text: string, analysis: DocumentAnalysis): void {
  assert.equal(analysis.length, text.length);
  for (const m of analysis.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `span out of range: ${JSON.stringify(m)}`);
    assert.equal(text.slice(m.start, m.end), m.text);
  }
  for (const span of [...analysis.sentences, ...analysis.paragraphs, ...analysis.claims, ...analysis.claims.map((c) => c.sentence)]) {
    assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end, `bad span ${JSON.stringify(span)}`);
  }
  for (let i = 1; i < analysis.mentions.length; i++) {
    assert.ok(analysis.mentions[i - 1].end <= analysis.mentions[i].start, 'mentions overlap or are unsorted');
  }
}

describe('offsets', () => {
  for (const name of readdirSync(SEEDS).filter((f) => /\.(md|txt)$/.test(f))) {
    it(`seed ${name}`, () => {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const analysis = analyzeDocument(text, { languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' });
      assert.ok(analysis.mentions.length > 0, 'a seed article names somebody');
      assertSpansExact(text, analysis);
    });
  }

  const awkward: Array<[string, string, string]> = [
    ['empty', '', 'plaintext'],
    ['only white space', '  \r\n\r\n \t', 'plaintext'],
    ['CRLF line endings', 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said it.\r\n\r\nQuenby added $1.2bn.\r\n', 'plaintext'],
    ['emoji before names', '🚀🚀 Marisol Quenby 👩‍🚀, chief executive of Kestrel Orbital, raised $40m 🎉.', 'plaintext'],
    ['combining marks', 'Zoe\u0301 Hallgri\u0301msdo\u0301ttir, founder of Lumenfold, said 12% more.', 'plaintext'],
    ['astral letters in names', '𝐀𝐜𝐦𝐞 said. Dr. Ōta Keiko of Sōma Labs spoke.', 'plaintext'],
    ['Markdown markup', '# Title\n\n**Marisol Quenby** of [Kestrel Orbital](https://x.test/k) said `code Name` <b>Bold Co</b>.\n\n> Quoted Person said.\n\n- item Ana Ruiz\n', 'markdown'],
    ['unclosed Markdown', '```\nCode Block Inside\n\n<!-- never closed Hidden Name', 'markdown'],
  ];
  for (const [label, text, languageId] of awkward) {
    it(label, () => assertSpansExact(text, analyzeDocument(text, { languageId })));
  }

  it('masked Markdown never yields names from code, comments or URLs', () => {
    const text = '```\nSecret Person said\n```\n<!-- Hidden Corp -->\nSee https://example.test/Vantablack/Robotics for `Inline Name`.';
    const names = analyzeDocument(text, { languageId: 'markdown' }).mentions.map((m) => m.text);
    assert.deepEqual(names, []);
  });
});
