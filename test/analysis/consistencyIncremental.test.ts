/**
 * The incremental figure consistency check (FigureConsistency, used once per snapshot by the editor): after any
 * sequence of documents added, edited, re-analyzed, left out and removed, its result equals a fresh computation
 * over the same documents and workspace, order included; and it keeps the work of documents nothing touched.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FigureConsistency, figureConsistency, type ConsistencyDocument, type InconsistentFigure } from '../../server/src/analysis/consistency';
import { candidateSentences, type SentenceMemo } from '../../server/src/analysis/figureFacts';
import { FindingOrder } from '../../server/src/analysis/findingOrder';
import { analyzeDocument, collectKnownNames, EMPTY_REGISTRY, ParagraphCache, resolveWorkspace, type DocumentAnalysis, type Mention, type ResolvedWorkspace } from '../../server/src/analysis/index';
import { runs } from '../reliability/arbitraries';

const ORGS = ['Kelvor Labs', 'Dritan Group', 'Mosven Capital Inc.', 'Kelvor', 'Talrio Systems', 'Mosven'];
const MONEY = ['$1.2bn', '$1.5bn', '$1,200 million', '$1.25bn', 'about $800 billion', '$750 billion', '$40 million', '$55 million'];
const PERCENT = ['40%', '25%', '41%'];
const YEARS = ['2023', '2024'];

/** Sentences that make figures comparable, and look-alikes that must not (sources, two owners, bounds). */
const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...MONEY)).map(([o, m]) => `${o} closed a ${m} funding round.`),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...MONEY)).map(([o, m]) => `${o} has a valuation of ${m}.`),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...MONEY), fc.constantFrom(...YEARS)).map(([o, m, y]) => `${o}'s revenue was ${m} in ${y}.`),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...PERCENT)).map(([o, p]) => `${o}'s revenue grew ${p} in 2024.`),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...ORGS), fc.constantFrom(...MONEY)).map(([s, o, m]) => `According to ${s}, ${o} has a valuation of ${m}.`),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...ORGS), fc.constantFrom(...MONEY)).map(([a, b, m]) => `${a} and ${b} raised ${m} together.`),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...MONEY)).map(([o, m]) => `${o} has raised more than ${m}.`),
  fc.constantFrom('Analysts were not surprised.', 'Marisol Quenby joined Kelvor Labs in 2019.'),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join('\n\n'));

/** One change to the workspace; `doc` picks a document slot, `at` a relative position in its text. */
type Step =
  | { readonly kind: 'set'; readonly doc: number; readonly text: string }
  | { readonly kind: 'insert'; readonly doc: number; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly doc: number; readonly at: number; readonly length: number }
  | { readonly kind: 'reanalyze'; readonly doc: number }
  | { readonly kind: 'remove'; readonly doc: number };

const DOCS = 5;
const slot = fc.integer({ min: 0, max: DOCS - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), doc: slot, text }),
  fc.record({ kind: fc.constant('insert' as const), doc: slot, at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(sentence.map((s) => ` ${s}`), fc.constantFrom('x', ' ', '\n\n', '9')) }),
  fc.record({ kind: fc.constant('delete' as const), doc: slot, at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('reanalyze' as const), doc: slot }),
  fc.record({ kind: fc.constant('remove' as const), doc: slot }),
);

/**
 * A step, then whether to compute after it (the editor may skip snapshots), which documents are left out (as an
 * open document whose text is ahead of its analysis is), and whether documents come in reverse order.
 */
const stepWithAbsent = fc.tuple(
  step,
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: DOCS, maxLength: DOCS }).map((rolls) => rolls.map((r) => r < 2)),
  fc.boolean(),
  fc.integer({ min: 0, max: 3 }).map((roll) => roll > 0),
);

interface Held {
  readonly text: string;
  readonly analysis: DocumentAnalysis;
}

/** Applies a step to the documents; unchanged documents keep their analysis object, as in the index. */
function apply(docs: Map<string, Held>, s: Step, cache: ParagraphCache): void {
  const uri = `file:///w/doc-${s.doc}.md`;
  const held = docs.get(uri);
  const analyze = (t: string): Held => ({ text: t, analysis: analyzeDocument(t, { languageId: 'markdown', cache }) });
  if (s.kind === 'set') {
    docs.set(uri, analyze(s.text));
  } else if (s.kind === 'remove') {
    docs.delete(uri);
  } else if (held && s.kind === 'reanalyze') {
    // Same text, new analysis: with the names the other documents teach (as the index does), mentions may differ.
    const knownNames = collectKnownNames([...docs.values()].map((d) => d.analysis));
    docs.set(uri, { text: held.text, analysis: analyzeDocument(held.text, { languageId: 'markdown', cache, knownNames }) });
  } else if (held && s.kind === 'insert') {
    const at = Math.floor(s.at * held.text.length);
    docs.set(uri, analyze(held.text.slice(0, at) + s.text + held.text.slice(at)));
  } else if (held && s.kind === 'delete') {
    const at = Math.floor(s.at * held.text.length);
    docs.set(uri, analyze(held.text.slice(0, at) + held.text.slice(at + s.length)));
  }
}

function documentsOf(docs: ReadonlyMap<string, Held>, absent: readonly boolean[], reversed: boolean): { documents: ConsistencyDocument[]; workspace: ResolvedWorkspace } {
  const sorted = [...docs].sort(([a], [b]) => (a < b ? -1 : 1));
  const workspace = resolveWorkspace(sorted.map(([uri, d]) => ({ uri, analysis: d.analysis })), EMPTY_REGISTRY);
  const documents = sorted.filter((_, i) => !absent[i]).map(([uri, d]) => ({ uri, text: d.text, analysis: d.analysis }));
  return { documents: reversed ? documents.reverse() : documents, workspace };
}

describe('FigureConsistency (incremental)', () => {
  it('equals a fresh computation after any sequence of changes', () => {
    let findings = 0;
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: DOCS }), fc.array(stepWithAbsent, { minLength: 1, maxLength: 16 }), (initial, steps) => {
        const cache = new ParagraphCache();
        const docs = new Map<string, Held>();
        initial.forEach((t, i) => apply(docs, { kind: 'set', doc: i, text: t }, cache));
        const incremental = new FigureConsistency();
        const check = (absent: readonly boolean[], reversed: boolean): void => {
          const { documents, workspace } = documentsOf(docs, absent, reversed);
          const expected = figureConsistency(documents, workspace);
          assert.deepStrictEqual(incremental.compute(documents, workspace), expected);
          findings += expected.inconsistent.length;
        };
        check([], false);
        steps.forEach(([s, absent, reversed, compute], i) => {
          apply(docs, s, cache);
          if (compute || i === steps.length - 1) {
            check(absent, reversed);
          }
        });
      }),
      { numRuns: runs(40) },
    );
    assert.ok(findings > 0, 'the generated workspaces have inconsistent figures to compare');
  });

  it('keeps the findings of documents the change does not reach, and updates those it does', () => {
    const cache = new ParagraphCache();
    const texts = {
      'file:///w/a.md': 'Kelvor Labs closed a $1.2bn funding round.\n\nDritan Group has a valuation of $40 million.',
      'file:///w/b.md': 'Kelvor Labs closed a $1.5bn funding round.',
      'file:///w/c.md': 'Dritan Group has a valuation of $55 million.',
    };
    const docs = new Map(Object.entries(texts).map(([uri, t]) => [uri, { text: t, analysis: analyzeDocument(t, { languageId: 'markdown', cache }) }]));
    const incremental = new FigureConsistency();
    const before = documentsOf(docs, [], false);
    const first = incremental.compute(before.documents, before.workspace);
    assert.deepEqual(
      first.inconsistent.map((f) => [f.uri, f.cue]),
      [
        ['file:///w/a.md', '$1.2bn'],
        ['file:///w/a.md', '$40 million'],
        ['file:///w/b.md', '$1.5bn'],
        ['file:///w/c.md', '$55 million'],
      ],
    );
    const edited = texts['file:///w/c.md'].replace('$55 million', '$40 million');
    docs.set('file:///w/c.md', { text: edited, analysis: analyzeDocument(edited, { languageId: 'markdown', cache }) });
    const { documents, workspace } = documentsOf(docs, [], false);
    const second = incremental.compute(documents, workspace);
    assert.deepStrictEqual(second, figureConsistency(documents, workspace));
    assert.deepEqual(
      second.inconsistent.map((f) => [f.uri, f.cue]),
      [
        ['file:///w/a.md', '$1.2bn'],
        ['file:///w/b.md', '$1.5bn'],
      ],
    );
    assert.equal(second.inconsistent[0], first.inconsistent[0], "a.md's funding round is compared only with b.md: the same finding object");
    assert.equal(second.inconsistent[1], first.inconsistent[2]);
  });

  it('compares again when an entity is renamed, though its facts are the same', () => {
    const texts = ['Kelvor Labs closed a $1.2bn funding round.', 'Kelvor Labs closed a $1.5bn funding round.'];
    const docs = new Map(texts.map((t, i) => [`file:///w/${i}.md`, { text: t, analysis: analyzeDocument(t) }]));
    const { documents, workspace } = documentsOf(docs, [], false);
    const renamed: ResolvedWorkspace = { ...workspace, entity: (id) => ({ ...workspace.entity(id)!, name: 'Kelvor Laboratories' }) };
    const incremental = new FigureConsistency();
    incremental.compute(documents, workspace);
    const after = incremental.compute(documents, renamed);
    assert.deepStrictEqual(after, figureConsistency(documents, renamed));
    assert.ok(after.inconsistent.length > 0 && after.inconsistent.every((f) => f.entityName === 'Kelvor Laboratories'));
  });

  it('does not reuse a sentence of the same text whose mentions differ', () => {
    const text = 'Analysts were not surprised. Kelvor Labs closed a $1.2bn funding round in 2024.';
    const analysis = analyzeDocument(text);
    const memo: SentenceMemo = new Map();
    candidateSentences({ uri: 'file:///w/a.md', text, analysis }, { previous: undefined, next: memo });
    const figure = analysis.mentions.find((m) => m.figure?.kind === 'money')!;
    const changeFigure = (change: (m: Mention) => Mention) => (mentions: readonly Mention[]) => mentions.map((m) => (m === figure ? change(m) : m));
    const changes: Record<string, (mentions: readonly Mention[]) => Mention[]> = {
      'a figure value': changeFigure((m) => ({ ...m, figure: { ...m.figure!, value: 1.3e9 } })),
      'a currency': changeFigure((m) => ({ ...m, figure: { ...m.figure!, currency: 'EUR' } })),
      'a start': changeFigure((m) => ({ ...m, start: m.start - 1 })),
      'an end': changeFigure((m) => ({ ...m, end: m.end + 1 })),
      'a text': changeFigure((m) => ({ ...m, text: '$1.2 billion' })),
      'a kind': changeFigure((m) => ({ ...m, kind: 'organization' })),
      // A mention found in an earlier sentence (with names learned elsewhere) moves every later mention's index.
      'the indices': (mentions) => [{ start: 0, end: 8, text: 'Analysts', kind: 'person', name: 'Analysts', confidence: 0.5, reason: 'test' }, ...mentions],
    };
    assert.ok(candidateSentences({ uri: 'file:///w/a.md', text, analysis }).length > 0);
    for (const [name, change] of Object.entries(changes)) {
      const changed = { uri: 'file:///w/a.md', text, analysis: { ...analysis, mentions: change(analysis.mentions) } };
      assert.deepStrictEqual(candidateSentences(changed, { previous: memo, next: new Map() }), candidateSentences(changed), name);
    }
  });

  it('orders findings at the same place as found, even in documents that did not change', () => {
    const at = (id: string): InconsistentFigure => ({ uri: 'file:///w/a.md', start: 4, end: 9, text: '$1bn', sentence: { start: 0, end: 20 }, code: 'inconsistent-figure', cue: '$1bn', entityId: id, entityName: id, measure: 'valuation', message: id, related: [] });
    const [x, y] = [at('x'), at('y')];
    const order = new FindingOrder();
    assert.deepStrictEqual(order.sort([[x], [y]], ['file:///w/a.md'], new Set(['file:///w/a.md'])), [x, y]);
    assert.deepStrictEqual(order.sort([[y], [x]], ['file:///w/a.md'], new Set()), [y, x]);
  });

  it('forgets the findings of facts that are gone, one document changed or several', () => {
    const conflicting = ['Kelvor Labs closed a $1.2bn funding round.', 'Kelvor Labs closed a $1.5bn funding round.'];
    const quiet = 'Analysts were not surprised.';
    const docsOf = (texts: readonly string[]): Map<string, Held> => new Map(texts.map((t, i) => [`file:///w/${i}.md`, { text: t, analysis: analyzeDocument(t) }]));
    for (const after of [[quiet, conflicting[1]!], [quiet, quiet]]) {
      const incremental = new FigureConsistency();
      const before = documentsOf(docsOf(conflicting), [], false);
      assert.equal(incremental.compute(before.documents, before.workspace).inconsistent.length, 2);
      const { documents, workspace } = documentsOf(docsOf(after), [], false);
      assert.deepStrictEqual(incremental.compute(documents, workspace).inconsistent, []);
    }
  });
});
