/**
 * brat standoff round trips: writing then reading an .ann gives back the same spans and relations, on the seed
 * articles and on awkward text; offsets in the file are Unicode code points, as brat counts them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as brat from '../../server/src/formats/brat';
import { sortSpans } from '../../server/src/formats/spans';
import { allDocuments, awkwardDocuments, seedDocuments } from './cases';

describe('brat standoff', () => {
  it('round-trips the spans and relations of every seed article and awkward text', () => {
    for (const doc of allDocuments()) {
      const back = brat.read(brat.write(doc), doc.text);
      assert.deepEqual(sortSpans(back.spans), sortSpans(doc.spans), doc.path);
      assert.deepEqual(back.relations, [...(doc.relations ?? [])], doc.path);
    }
  });

  it('exports the relations of the seed articles as R lines that point at existing T lines', () => {
    // The relation extractor is still growing, so this checks the shape of whatever it finds, not a count.
    for (const doc of seedDocuments()) {
      const lines = brat.write(doc).split('\n');
      const entities = lines.filter((l) => l.startsWith('T')).length;
      for (const line of lines.filter((l) => l.startsWith('R'))) {
        const match = /^R\d+\t[a-z-]+ Arg1:T(\d+) Arg2:T(\d+)$/.exec(line);
        assert.ok(match && Number(match[1]) <= entities && Number(match[2]) <= entities, `${doc.path}: ${line}`);
      }
    }
  });

  it('writes code-point offsets and the covered text, so brat (Python) finds the same characters', () => {
    for (const doc of awkwardDocuments()) {
      const codePoints = [...doc.text];
      for (const line of brat.write(doc).split('\n').filter((l) => l.startsWith('T'))) {
        const [, bound, covered] = line.split('\t');
        const [, start, end] = bound!.split(' ');
        assert.equal(codePoints.slice(Number(start), Number(end)).join('').replace(/\r\n/g, ' '), covered, `${doc.path}: ${line}`);
      }
    }
  });

  it('reads discontinuous spans as their cover and ignores notes, attributes and comments', () => {
    const ann = 'T1\tORG 0 4;5 9\tAT&T Inc\n#1\tAnnotatorNotes T1\tnote\nA1\tNegated T1\nT2\tPERSON 10 13\tSam\nR1\tleads Arg1:T2 Arg2:T1\n';
    assert.deepEqual(brat.read(ann), {
      spans: [{ start: 0, end: 9, label: 'ORG' }, { start: 10, end: 13, label: 'PERSON' }],
      relations: [{ type: 'leads', from: 1, to: 0 }],
    });
  });

  it('rejects a malformed text-bound line with the line in the message', () => {
    assert.throws(() => brat.read('T1\tPERSON ten 20\tx\n'), /malformed brat text-bound annotation: 'T1\tPERSON ten 20/);
  });
});
