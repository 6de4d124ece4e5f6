/**
 * CoNLL IOB2 round trips (offsets rebuilt against the original text) on the seed articles and awkward text,
 * and the documented tokenization.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as conll from '../../server/src/formats/conll';
import { sortSpans } from '../../server/src/formats/spans';
import { allDocuments, spansIn } from './cases';

function tokens(text: string, entities: ReadonlyArray<readonly [string, string]> = []): string[] {
  return conll.tokenize(text, spansIn(text, entities)).map((t) => text.slice(t.start, t.end));
}

describe('CoNLL IOB2', () => {
  it('round-trips the spans of every seed article and awkward text', () => {
    for (const doc of allDocuments()) {
      assert.deepEqual(conll.read(conll.write(doc), doc.text), sortSpans(doc.spans), doc.path);
    }
  });

  it('round-trips a multi-document file, one -DOCSTART- per document', () => {
    const docs = allDocuments();
    const content = conll.writeAll(docs);
    assert.equal(content.split('\n').filter((l) => l.startsWith('-DOCSTART-')).length, docs.length);
    assert.deepEqual(conll.readAll(content, docs.map((d) => d.text)), docs.map((d) => sortSpans(d.spans)));
  });

  it('writes token<TAB>tag lines with IOB2 tags and a blank line between sentences', () => {
    const crlf = allDocuments().find((d) => d.path === 'crlf.txt')!;
    const lines = conll.write(crlf).split('\n');
    assert.deepEqual(lines.slice(0, 5), ['-DOCSTART-\tO', '', 'Sam\tB-PERSON', 'Altman\tI-PERSON', 'met\tO']);
    assert.ok(lines.every((l) => l === '' || /^\S+\t(?:O|[BI]-[A-Z]+)$/.test(l)), lines.join('\n'));
    assert.equal(lines.slice(0, -1).filter((l) => l === '').length, 4, 'after -DOCSTART- and after each of the three sentences');
  });

  it('tokenizes as documented: white space, entity edges, then outer punctuation one character each', () => {
    assert.deepEqual(tokens('(OpenAI), said'), ['(', 'OpenAI', ')', ',', 'said']);
    assert.deepEqual(tokens('AT&T Quenby-Arce O\'Neil U.S. Inc.'), ['AT&T', 'Quenby-Arce', 'O\'Neil', 'U.S', '.', 'Inc', '.']);
    assert.deepEqual(tokens("Musk's xAI", [['Musk', 'PERSON']]), ['Musk', "'s", 'xAI']);
    assert.deepEqual(tokens('GoogleAmazon', [['Google', 'ORG'], ['Amazon', 'ORG']]), ['Google', 'Amazon']);
    assert.deepEqual(tokens('🚀Stoke 👩‍🚀', [['Stoke', 'ORG']]), ['🚀', 'Stoke', '👩', '\u200d', '🚀']);
    assert.deepEqual(tokens('a\r\nb\u00a0c'), ['a', 'b', 'c']);
  });

  it('tags adjacent entities of one type with a fresh B-', () => {
    const text = 'Sam Altman Elon Musk';
    const content = conll.write({ path: 'x', text, spans: spansIn(text, [['Sam Altman', 'PERSON'], ['Elon Musk', 'PERSON']]) });
    assert.match(content, /Altman\tI-PERSON\nElon\tB-PERSON\nMusk\tI-PERSON/);
  });

  it('reads IOB1 and BIOES tags and space-separated columns', () => {
    const text = 'Sam Altman met Ann Lee';
    assert.deepEqual(conll.read('Sam I-PER\nAltman I-PER\nmet O\nAnn S-PER\nLee S-PER\n', text), [
      { start: 0, end: 10, label: 'PER' },
      { start: 15, end: 18, label: 'PER' },
      { start: 19, end: 22, label: 'PER' },
    ]);
  });

  it('says which token does not match the text', () => {
    assert.throws(() => conll.read('Sam\tB-PERSON\nAltmann\tI-PERSON\n', 'Sam Altman'), /token 'Altmann' does not match the text at offset 4/);
  });
});
