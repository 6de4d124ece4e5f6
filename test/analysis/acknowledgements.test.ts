/**
 * The acknowledgements file (issue 4): parsing never throws, records match by sentence text and code, and
 * adding a record produces a sorted, stable, pretty-printed file.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  addAcknowledgement,
  isAcknowledged,
  normalizeSentence,
  parseAcknowledgements,
  type AcknowledgementRecord,
} from '../../server/src/analysis/acknowledgements';

const A: AcknowledgementRecord = { sentence: 'Kestrel reportedly expects another round.', code: 'hedged-claim', reason: 'Source: interview notes, 2 May' };
const B: AcknowledgementRecord = { sentence: 'Analysts believe margins will shrink.', code: 'vague-attribution', reason: 'Named in the sidebar', file: 'a.md', date: '2026-05-02' };

const file = (acknowledgements: unknown[]): string => JSON.stringify({ version: 1, acknowledgements });

describe('parseAcknowledgements', () => {
  const problemRows: ReadonlyArray<readonly [string, string, number, readonly string[]]> = [
    ['empty text is an empty file', '', 0, []],
    ['not JSON', '{"version": 1,', 0, ['']],
    ['not an object', '[1, 2]', 0, ['']],
    ['wrong version', '{"version": 2, "acknowledgements": []}', 0, ['']],
    ['acknowledgements not an array', '{"version": 1, "acknowledgements": {}}', 0, ['']],
    ['no acknowledgements key', '{"version": 1}', 0, []],
    ['valid records', file([A, B]), 2, []],
    ['an entry that is not an object', file([A, 'x']), 1, ['acknowledgements[1]']],
    ['a missing reason', file([{ sentence: 'x', code: 'hedged-claim' }, B]), 1, ['acknowledgements[0].reason']],
    ['a blank sentence', file([{ ...A, sentence: '  ' }]), 0, ['acknowledgements[0].sentence']],
    ['a non-string date', file([{ ...A, date: 20260502 }]), 0, ['acknowledgements[0].date']],
  ];
  for (const [name, text, records, paths] of problemRows) {
    it(name, () => {
      const parsed = parseAcknowledgements(text);
      assert.equal(parsed.records.length, records);
      assert.deepEqual(parsed.problems.map((p) => p.path), paths);
      parsed.problems.forEach((p) => assert.ok(p.message.length > 0));
    });
  }

  it('normalizes white space in sentences and drops unknown keys', () => {
    const parsed = parseAcknowledgements(file([{ ...A, sentence: '  Kestrel  reportedly\n expects another round. ', extra: 1 }]));
    assert.deepEqual(parsed.records, [A]);
  });
});

describe('isAcknowledged', () => {
  const rows: ReadonlyArray<readonly [string, string, string, boolean]> = [
    ['same sentence and code', A.sentence, 'hedged-claim', true],
    ['re-wrapped sentence', 'Kestrel reportedly\n   expects another   round.', 'hedged-claim', true],
    ['other code', A.sentence, 'unsourced-figure', false],
    ['edited sentence', 'Kestrel reportedly expects a round.', 'hedged-claim', false],
  ];
  for (const [name, sentence, code, expected] of rows) {
    it(name, () => assert.equal(isAcknowledged(sentence, code, [A, B]) !== undefined, expected));
  }

  it('returns the record, whose reason belongs in the hover', () => {
    assert.equal(isAcknowledged(B.sentence, B.code, [A, B])?.reason, 'Named in the sidebar');
  });
});

describe('addAcknowledgement', () => {
  it('creates a file from nothing, pretty-printed with a final newline', () => {
    const text = addAcknowledgement('', A);
    assert.equal(text, `${JSON.stringify({ version: 1, acknowledgements: [A] }, null, 2)}\n`);
  });

  it('sorts by sentence then code, whatever the order of adding', () => {
    const one = addAcknowledgement(addAcknowledgement('', A), B);
    const other = addAcknowledgement(addAcknowledgement('', B), A);
    assert.equal(one, other);
    assert.deepEqual(parseAcknowledgements(one).records.map((r) => r.sentence), [B.sentence, A.sentence]);
  });

  it('replaces the record of the same sentence and code instead of duplicating it', () => {
    const text = addAcknowledgement(addAcknowledgement('', A), { ...A, sentence: ` ${A.sentence}\n`, reason: 'Checked with the desk' });
    assert.deepEqual(parseAcknowledgements(text).records, [{ ...A, reason: 'Checked with the desk' }]);
  });

  it('is idempotent', () => {
    const once = addAcknowledgement('', A);
    assert.equal(addAcknowledgement(once, A), once);
  });

  it('keeps unreadable entries and unknown top-level keys', () => {
    const existing = JSON.stringify({ version: 1, $comment: 'kept', acknowledgements: [{ sentence: 'broken' }] });
    const parsed = JSON.parse(addAcknowledgement(existing, A)) as Record<string, unknown>;
    assert.equal(parsed['$comment'], 'kept');
    assert.deepEqual(parsed['acknowledgements'], [A, { sentence: 'broken' }]);
  });

  it('refuses to overwrite a file it does not understand', () => {
    assert.throws(() => addAcknowledgement('{ not json', A), /not valid JSON/);
    assert.throws(() => addAcknowledgement('{"version": 7}', A), /unsupported version/);
  });
});

describe('normalizeSentence', () => {
  it('collapses white space', () => assert.equal(normalizeSentence('\t a\n\n b  c '), 'a b c'));
});
