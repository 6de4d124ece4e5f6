/**
 * The memoized known names of the index (per-document contributions, merge skipped when none changed) equal a
 * from-scratch merge after any sequence of edits, additions and removals, in the same order; and the per-document
 * word sets never miss a document the name-word pattern matches.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectKnownNames, ParagraphCache, type KnownNames } from '../../server/src/analysis/index';
import { nameWordsPattern } from '../../server/src/workspace/analyzeSafely';
import { DocumentWords, nameWordKeys } from '../../server/src/workspace/nameWords';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { runs } from '../reliability/arbitraries';

const PEOPLE = ['Marisol Quenby', 'Tobias Vantreece', 'Orla Quenby', 'Kofi Dramble'];
const ORGS = ['Quenby Labs', 'Halvorn Systems', 'Dramble Capital'];
const SENTENCES = [
  ...PEOPLE.map((p) => `${p}, the chief executive, said the plan would work.`),
  ...ORGS.map((o) => `${o} raised $40 million on Monday.`),
  ...PEOPLE.map((p) => `${p.split(' ')[1]} declined to comment.`),
  'Quenby said so.',
  'The weather was mild.',
];

/** Merges every document's own known names in key order, the first document winning: the definition. */
function fromScratch(index: WorkspaceIndex): KnownNames {
  const known = new Map<string, 'person' | 'organization'>();
  const entries = [...index.freshEntries()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  assert.equal(entries.length, index.size, 'every document is analyzed');
  for (const { analysis } of entries) {
    for (const [name, kind] of collectKnownNames([analysis])) {
      if (!known.has(name)) {
        known.set(name, kind);
      }
    }
  }
  return known;
}

const operation = fc.oneof(
  fc.record({ type: fc.constant('set' as const), doc: fc.nat(5), sentences: fc.array(fc.constantFrom(...SENTENCES), { maxLength: 5 }) }),
  fc.record({ type: fc.constant('remove' as const), doc: fc.nat(5) }),
);

describe('memoized known names', () => {
  it('equal a from-scratch merge, entries and order, after random edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        const index = new WorkspaceIndex(new ParagraphCache());
        const versions = new Map<number, number>();
        for (const op of operations) {
          const uri = `file:///ws/doc-${op.doc}.md`;
          if (op.type === 'set') {
            const version = (versions.get(op.doc) ?? 0) + 1;
            versions.set(op.doc, version);
            index.setDocument(TextDocument.create(uri, 'markdown', version, op.sentences.join(' ')), true);
          } else {
            index.removeDocument(uri);
          }
          await index.snapshot();
          assert.deepEqual([...index.collectKnownNames()], [...fromScratch(index)]);
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it('finds names at all (the property above compares something)', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    index.setDocument(TextDocument.create('file:///ws/a.md', 'markdown', 1, SENTENCES[0]!), true);
    await index.snapshot();
    assert.equal(index.collectKnownNames().get('marisol quenby'), 'person');
  });
});

/** Letters that fold in unusual ways, marks, apostrophes and separators. */
const TRICKY = ['a', 'B', 'ß', 'ẞ', 'ss', 'S', 'K', 'k', 'ſ', 'ς', 'σ', 'Σ', 'İ', 'ı', 'i', 'I', 'ΐ', 'ΐ', 'ﬅ', 'ﬆ', 'ι', '\u0345', 'e\u0301', 'é', "'", '’', ' ', '.', '-', '1', '𐐀', '𐐨'];

describe('document word sets', () => {
  it('never miss a document the name-word pattern matches', () => {
    const words = fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')), fc.array(words, { minLength: 1, maxLength: 3 }), (text, names) => {
        const index = new DocumentWords();
        if (nameWordsPattern(names).test(text)) {
          assert.ok(index.mayContain('k', text, nameWordKeys(names)), `${JSON.stringify(names)} in ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it('rule documents out (the property above compares something)', () => {
    const index = new DocumentWords();
    assert.equal(index.mayContain('k', 'The weather was mild.', nameWordKeys(['marisol quenby'])), false);
    assert.equal(index.mayContain('k', 'QUENBY said so.', nameWordKeys(['marisol quenby'])), true);
  });

  it('fold together every two letters a case-insensitive pattern matches as equal', () => {
    // Letters with a case mapping, each with every code point /iu matches it to (found by halving ranges).
    const members = (c: string, lo: number, hi: number, out: number[]): void => {
      if (!new RegExp(`^[\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}]$`, 'iu').test(c)) {
        return;
      }
      if (lo === hi) {
        out.push(lo);
        return;
      }
      const mid = (lo + hi) >> 1;
      members(c, lo, mid, out);
      members(c, mid + 1, hi, out);
    };
    let checked = 0;
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if ((cp >= 0xd800 && cp <= 0xdfff) || !/^[\p{L}\p{N}]$/u.test(c) || (c.toUpperCase() === c && c.toLowerCase() === c)) {
        continue;
      }
      const out: number[] = [];
      members(c, 0, 0x10ffff, out);
      for (const other of out) {
        const d = String.fromCodePoint(other);
        if (!/^[\p{L}\p{N}]$/u.test(d)) {
          continue; // U+0345, below
        }
        assert.deepEqual(nameWordKeys([d]), nameWordKeys([c]), `U+${cp.toString(16)} and U+${other.toString(16)}`);
      }
      checked++;
    }
    assert.ok(checked > 2000);
  });

  it('know the only mark that matches a letter case-insensitively', () => {
    const marks: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = cp >= 0xd800 && cp <= 0xdfff ? '' : String.fromCodePoint(cp);
      if (c && !/^[\p{L}\p{N}]$/u.test(c) && /^[\p{L}\p{N}]$/iu.test(c)) {
        marks.push(cp);
      }
    }
    assert.deepEqual(marks, [0x345]);
  });
});
