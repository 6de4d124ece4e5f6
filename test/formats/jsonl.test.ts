/**
 * JSONL (spaCy/Prodigy spans) round trips on the seed articles and awkward text; offsets are code points.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as jsonl from '../../server/src/formats/jsonl';
import { sortSpans } from '../../server/src/formats/spans';
import { allDocuments, awkwardDocuments } from './cases';

describe('JSONL spans', () => {
  it('round-trips the text, spans and path of every document, one line each', () => {
    const docs = allDocuments();
    const content = jsonl.writeAll(docs);
    assert.equal(content.split('\n').length, docs.length + 1, 'one line per document and a final line break');
    const records = jsonl.readAll(content);
    assert.deepEqual(records.map((r) => r.path), docs.map((d) => d.path));
    records.forEach((record, i) => {
      assert.equal(record.text, docs[i]!.text);
      assert.deepEqual(record.spans, sortSpans(docs[i]!.spans), docs[i]!.path);
    });
  });

  it('writes the spaCy/Prodigy keys with offsets into the Python string (code points)', () => {
    const emoji = awkwardDocuments().find((d) => d.path === 'emoji.md')!;
    const record = JSON.parse(jsonl.write(emoji)) as { text: string; spans: Array<{ start: number; end: number; label: string }>; meta: { path: string } };
    assert.deepEqual(Object.keys(record), ['text', 'spans', 'meta']);
    assert.equal(record.meta.path, 'emoji.md');
    const codePoints = [...record.text];
    const names = record.spans.map((s) => codePoints.slice(s.start, s.end).join(''));
    assert.deepEqual(names, ['Stoke Space', 'Jane Okafor', 'AT&T', 'Lumora Labs', 'O’Neil-Vasquez', '$2bn']);
  });

  it('reads a record without meta and without spans, and names the line of a bad record', () => {
    assert.deepEqual(jsonl.readAll('{"text": "Sam"}\n\n{"text": "Ann Lee", "spans": [{"start": 0, "end": 7, "label": "PERSON"}]}\n'), [
      { text: 'Sam', spans: [] },
      { text: 'Ann Lee', spans: [{ start: 0, end: 7, label: 'PERSON' }] },
    ]);
    assert.throws(() => jsonl.readAll('{"text": "a"}\n{"text": 3}\n'), /JSONL line 2/);
    assert.deepEqual(jsonl.read('{"text": "Ann", "spans": [{"start": 0, "end": 3, "label": "PERSON"}]}', 'Ann'), [{ start: 0, end: 3, label: 'PERSON' }]);
  });
});
