/**
 * Incremental entity resolution: resolving a workspace again from the previous resolution, after documents were
 * added, edited (a new analysis object: unchanged, a mention inserted, or new mentions) or removed, or the registry changed, gives exactly what
 * resolving from scratch gives, and both give what the former from-scratch algorithm gave
 * (test/support/resolveReference.ts): entities, ids, mentions per entity, the entity of every mention, search.
 * The corpus is generated mentions over a small cast chosen to collide: shared surnames and given names,
 * particles, names that differ only by accents (the same id base), a name that looks like a numbered id, figures
 * of one value written in canonically equal ways (names that tie), and registry names and aliases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EMPTY_REGISTRY, resolveWorkspace, type DocumentAnalysis, type Mention, type Registry, type RegistryEntry, type ResolvedWorkspace } from '../../server/src/analysis/index';
import { runs } from '../reliability/arbitraries';
import { referenceResolveWorkspace } from '../support/resolveReference';

const PEOPLE = ['Ada Kel', 'ada kel', 'Ada Vor', 'Ben Kel', 'Kel', 'Ada', 'Vor', 'Ben', 'Ana de la Cruz', 'de la Cruz', 'Cruz', 'Zoë Ortiz', 'Zoe Ortiz', 'Zoe Ortiz 2', 'Ortiz', 'Zoe', 'Ana'];
const ORGANIZATIONS = ['Kestrel Orbital', 'Kestrel', 'Orbital', 'Kestrel Labs', 'Vor Group', 'Vor', 'Ada Kel', 'KO'];
// One value written three ways, two of them canonically equivalent (precomposed and decomposed).
const FIGURES: ReadonlyArray<[string, Mention['figure']]> = [
  ['5 million €', { kind: 'money', value: 5e6, currency: 'EUR' }],
  ['5 millions d\u2019€', { kind: 'money', value: 5e6, currency: 'EUR' }],
  ['5 e\u0301 million €', { kind: 'money', value: 5e6, currency: 'EUR' }],
  ['5 é million €', { kind: 'money', value: 5e6, currency: 'EUR' }],
  ['40%', { kind: 'percent', value: 40 }],
  ['forty percent', { kind: 'percent', value: 40 }],
  ['2019', { kind: 'year', value: 2019 }],
  ['hundreds of billions', { kind: 'money', approximate: true, lowerBound: 1e11 }],
  ['a few', undefined],
];

function entry(kind: RegistryEntry['kind'], name: string, aliases: string[]): RegistryEntry {
  return { kind, name, aliases, roles: [], sectors: [], links: [], span: { start: 0, end: 0 } };
}

const REGISTRIES: readonly Registry[] = [
  EMPTY_REGISTRY,
  { entries: [entry('person', 'Ada Kel', ['A. Kel']), entry('organization', 'Kestrel Orbital Inc.', ['KO'])], notEntity: new Set() },
  { entries: [entry('person', 'Zoe Ortiz', ['Ortiz']), entry('person', 'zoe ortiz', ['Z. Ortiz']), entry('organization', 'Vor Group', [])], notEntity: new Set() },
];

const mention = fc.oneof(
  fc.constantFrom(...PEOPLE).map((name): Mention => ({ start: 0, end: name.length, text: name, kind: 'person', name, confidence: 1, reason: 'test' })),
  fc.constantFrom(...ORGANIZATIONS).map((name): Mention => ({ start: 0, end: name.length, text: `${name} Inc.`, kind: 'organization', name, confidence: 1, reason: 'test' })),
  fc.constantFrom(...FIGURES).map(([text, figure]): Mention => ({ start: 0, end: text.length, text, kind: 'figure', name: '', figure, confidence: 1, reason: 'test' })),
);

const mentions = fc.array(mention, { maxLength: 12 });

function analysis(list: readonly Mention[]): DocumentAnalysis {
  return { length: 0, paragraphs: [], sentences: [], mentions: list, claims: [], relations: [], roles: [], warnings: [], localNames: [] };
}

const URIS = ['file:///ws/a.md', 'file:///ws/b.md', 'file:///ws/c.txt', 'file:///ws/d.md', 'file:///ws/e.md', 'file:///ws/f.md'];

type Step =
  | { op: 'set'; uri: string; mentions: Mention[] }
  | { op: 'reanalyze'; uri: string }
  | { op: 'insert'; uri: string; at: number; mention: Mention }
  | { op: 'remove'; uri: string }
  | { op: 'registry'; registry: number }
  | { op: 'reverse' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), uri: fc.constantFrom(...URIS), mentions }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('reanalyze' as const), uri: fc.constantFrom(...URIS) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), uri: fc.constantFrom(...URIS), at: fc.nat(), mention }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), uri: fc.constantFrom(...URIS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('registry' as const), registry: fc.integer({ min: 0, max: REGISTRIES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse' as const) }) },
);

/** Asserts that two resolutions of the same documents agree on everything a resolution answers. */
function assertSame(actual: ResolvedWorkspace, expected: ResolvedWorkspace, docs: ReadonlyArray<{ uri: string; analysis: DocumentAnalysis }>): void {
  assert.deepEqual(actual.entities, expected.entities);
  for (const entity of expected.entities) {
    assert.deepEqual(actual.entity(entity.id), entity);
    assert.deepEqual(actual.mentionsOf(entity.id), expected.mentionsOf(entity.id), `mentions of ${entity.id}`);
  }
  for (const { uri, analysis: { mentions: list } } of docs) {
    for (let index = -1; index <= list.length; index++) {
      assert.equal(actual.entityIdOf(uri, index), expected.entityIdOf(uri, index), `${uri}#${index}`);
    }
  }
  for (const query of ['kel', 'Ada', 'ortiz', 'zoë', 'kestrel', '5', 'nobody']) {
    assert.deepEqual(actual.find(query), expected.find(query), `find ${query}`);
  }
  assert.deepEqual(actual.mentionsOf('person:nobody'), []);
  assert.equal(actual.entity('person:nobody'), undefined);
}

describe('incremental resolution', () => {
  it('equals resolution from scratch and the former algorithm after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...URIS), mentions), { maxLength: 5 }), fc.array(step, { minLength: 1, maxLength: 12 }), (initial, steps) => {
        const workspace = new Map<string, DocumentAnalysis>(initial.map(([uri, list]) => [uri, analysis(list)]));
        let registry = REGISTRIES[0]!;
        let reversed = false;
        let previous: ResolvedWorkspace | undefined;
        for (const s of [{ op: 'reanalyze', uri: '' } as Step, ...steps]) {
          if (s.op === 'set') {
            workspace.set(s.uri, analysis(s.mentions));
          } else if (s.op === 'reanalyze' && workspace.has(s.uri)) {
            // A new analysis object with the same mentions, as after an edit that changed no mention.
            workspace.set(s.uri, analysis([...workspace.get(s.uri)!.mentions]));
          } else if (s.op === 'insert' && workspace.has(s.uri)) {
            // Typing a name: the mentions after it keep their names but move to the next index.
            const list = [...workspace.get(s.uri)!.mentions];
            list.splice(s.at % (list.length + 1), 0, s.mention);
            workspace.set(s.uri, analysis(list));
          } else if (s.op === 'remove') {
            workspace.delete(s.uri);
          } else if (s.op === 'registry') {
            registry = REGISTRIES[s.registry]!;
          } else if (s.op === 'reverse') {
            reversed = !reversed;
          }
          const uris = [...workspace.keys()].sort();
          const docs = (reversed ? uris.reverse() : uris).map((uri) => ({ uri, analysis: workspace.get(uri)! }));
          const incremental = resolveWorkspace(docs, registry, previous);
          assertSame(incremental, referenceResolveWorkspace(docs, registry), docs);
          assertSame(resolveWorkspace(docs, registry), incremental, docs);
          previous = incremental;
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('equals the former algorithm when two documents share a URI', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...URIS.slice(0, 2)), mentions), { minLength: 2, maxLength: 4 }), fc.constantFrom(...REGISTRIES), (pairs, registry) => {
        const docs = pairs.map(([uri, list]) => ({ uri, analysis: analysis(list) }));
        const first = resolveWorkspace(docs, registry);
        assertSame(first, referenceResolveWorkspace(docs, registry), docs);
        // The same analysis listed twice, and a resolution that starts from one with duplicates.
        const doubled = [...docs, docs[0]!];
        assertSame(resolveWorkspace(doubled, registry, first), referenceResolveWorkspace(doubled, registry), doubled);
      }),
      { numRuns: runs(100) },
    );
  });

  it('orders entities of equal count and name by first mention after a document reorders its mentions', () => {
    const person: Mention = { start: 0, end: 7, text: 'Ada Kel', kind: 'person', name: 'Ada Kel', confidence: 1, reason: 'test' };
    const organization: Mention = { ...person, kind: 'organization' };
    const docs = URIS.map((uri, i) => ({ uri, analysis: analysis(i === 0 ? [person, organization] : []) }));
    const before = resolveWorkspace(docs, EMPTY_REGISTRY);
    assert.deepEqual(before.entities.map((e) => e.kind), ['person', 'organization']);
    const reordered = [{ uri: URIS[0]!, analysis: analysis([organization, person]) }, ...docs.slice(1)];
    const after = resolveWorkspace(reordered, EMPTY_REGISTRY, before);
    assert.deepEqual(after.entities.map((e) => e.kind), ['organization', 'person']);
    assertSame(after, referenceResolveWorkspace(reordered, EMPTY_REGISTRY), reordered);
  });

  it('reuses what an edit elsewhere did not change', () => {
    const kel = analysis([{ start: 0, end: 7, text: 'Ada Kel', kind: 'person', name: 'Ada Kel', confidence: 1, reason: 'test' }]);
    const docs = URIS.map((uri, i) => ({ uri, analysis: i === 0 ? kel : analysis([]) }));
    const before = resolveWorkspace(docs, EMPTY_REGISTRY);
    const after = resolveWorkspace([...docs.slice(0, -1), { uri: URIS.at(-1)!, analysis: analysis([]) }], EMPTY_REGISTRY, before);
    assert.equal(after.entities[0], before.entities[0], 'the entity of the untouched document is the same record');
    assert.equal(after.mentionsOf('person:ada-kel'), before.mentionsOf('person:ada-kel'));
  });
});
