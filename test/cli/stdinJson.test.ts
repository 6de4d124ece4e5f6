/**
 * The batch contract: `analyze --stdin-json` (DESIGN.md §6).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEWS, runCli } from './cliHarness';

const TYPES = new Set(['PERSON', 'ORG', 'MONEY', 'PERCENT', 'CARDINAL', 'DATE']);
const CLAIM_KINDS = new Set(['hedged-claim', 'vague-attribution', 'unsourced-figure']);

interface BatchOut {
  id: string;
  entities: Array<{ start: number; end: number; type: string }>;
  claims: Array<{ start: number; end: number; kind: string }>;
}

function batch(items: unknown): BatchOut[] {
  const run = runCli(['analyze', '--stdin-json'], { input: JSON.stringify(items) });
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as BatchOut[];
}

function checkSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): void {
  for (const span of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), JSON.stringify(span));
    assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `span out of range: ${JSON.stringify(span)}`);
    const slice = text.slice(span.start, span.end);
    assert.equal(slice, slice.trim(), `span has surrounding white space: ${JSON.stringify(slice)}`);
  }
}

describe('analyze --stdin-json', () => {
  const items = [
    { id: 'news', text: NEWS },
    { id: 'empty', text: '' },
    { id: 'crlf', text: 'Maria Lind joined Halvorsen Group.\r\n\r\nShe said revenue rose 12% to $3.4 billion in 2024.\r\n' },
    { id: 'news', text: 'A repeated id is kept as is.' },
  ];
  const out = batch(items);

  it('answers one item per input item, in order, with the same ids', () => {
    assert.deepEqual(out.map((o) => o.id), items.map((i) => i.id));
    for (const item of out) {
      assert.deepEqual(Object.keys(item).sort(), ['claims', 'entities', 'id']);
    }
  });

  it('uses OntoNotes types and claim codes, with exact keys', () => {
    for (const item of out) {
      for (const entity of item.entities) {
        assert.deepEqual(Object.keys(entity).sort(), ['end', 'start', 'type']);
        assert.ok(TYPES.has(entity.type), entity.type);
      }
      for (const claim of item.claims) {
        assert.deepEqual(Object.keys(claim).sort(), ['end', 'kind', 'start']);
        assert.ok(CLAIM_KINDS.has(claim.kind), claim.kind);
      }
    }
  });

  it('gives valid UTF-16 offsets into each text', () => {
    out.forEach((item, index) => {
      checkSpans(items[index]!.text, item.entities);
      checkSpans(items[index]!.text, item.claims);
    });
  });

  it('finds figures in news text', () => {
    const types = new Set(out[0]!.entities.map((e) => e.type));
    assert.ok(types.has('MONEY'), `MONEY among ${[...types].join(', ')}`);
  });

  it('answers an empty array with an empty array', () => {
    assert.deepEqual(batch([]), []);
  });
});
