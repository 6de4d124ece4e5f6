/**
 * Registry corrections (issue 6): the new registry text for each correction, sorted and readable, keeping what
 * it does not understand, refusing files it cannot parse.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRegistryCorrection, parseRegistry, type RegistryCorrection } from '../../server/src/analysis/index';

/** Applies a correction and returns the parsed JSON of the new text (asserting it succeeded). */
function edit(text: string, correction: RegistryCorrection): { json: Record<string, unknown>; text: string } {
  const result = applyRegistryCorrection(text, correction);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return { json: JSON.parse(result.text) as Record<string, unknown>, text: result.text };
}

const EXISTING = JSON.stringify({
  $schema: './schemas/entities.schema.json',
  entities: [
    { name: 'Zephyr Labs', kind: 'organization', sectors: ['robotics'], custom: { keep: true } },
    { name: 'Sam Altman', kind: 'person', aliases: ['Altman'], description: 'CEO of OpenAI.' },
    'not an object, kept',
  ],
  notEntity: ['Code Red'],
  comment: 'unknown top-level keys stay',
});

describe('applyRegistryCorrection', () => {
  const cases: Array<{ name: string; text: string; correction: RegistryCorrection; expect: (json: Record<string, unknown>) => void }> = [
    {
      name: 'creates a registry from nothing',
      text: '',
      correction: { type: 'setKind', name: 'Kestrel Orbital', kind: 'organization' },
      expect: (json) => assert.deepEqual(json, { entities: [{ name: 'Kestrel Orbital', kind: 'organization' }] }),
    },
    {
      name: 'adds an entry, sorted by name, keeping unknown fields, keys and unreadable entries',
      text: EXISTING,
      correction: { type: 'setKind', name: 'Kestrel Orbital', kind: 'organization', aliases: ['Kestrel'] },
      expect: (json) => {
        const entities = json['entities'] as Array<Record<string, unknown> | string>;
        assert.deepEqual(entities.map((e) => (typeof e === 'string' ? e : e['name'])), ['Kestrel Orbital', 'Sam Altman', 'Zephyr Labs', 'not an object, kept']);
        assert.deepEqual(entities[0], { name: 'Kestrel Orbital', kind: 'organization', aliases: ['Kestrel'] });
        assert.deepEqual((entities[2] as Record<string, unknown>)['custom'], { keep: true });
        assert.equal(json['comment'], 'unknown top-level keys stay');
        assert.equal(json['$schema'], './schemas/entities.schema.json');
        assert.deepEqual(json['notEntity'], ['Code Red']);
      },
    },
    {
      name: 'changes the kind of an existing entry found by alias, keeping its fields',
      text: EXISTING,
      correction: { type: 'setKind', name: 'altman', kind: 'organization' },
      expect: (json) => {
        const altman = (json['entities'] as Array<Record<string, unknown>>).find((e) => e['name'] === 'Sam Altman')!;
        assert.equal(altman['kind'], 'organization');
        assert.equal(altman['description'], 'CEO of OpenAI.');
      },
    },
    {
      name: 'marking an entity takes it off notEntity',
      text: EXISTING,
      correction: { type: 'setKind', name: 'code red', kind: 'organization' },
      expect: (json) => assert.deepEqual(json['notEntity'], []),
    },
    {
      name: 'adds to notEntity once, sorted',
      text: EXISTING,
      correction: { type: 'notEntity', name: 'Apollo' },
      expect: (json) => assert.deepEqual(json['notEntity'], ['Apollo', 'Code Red']),
    },
    {
      name: 'does not add a notEntity name twice',
      text: EXISTING,
      correction: { type: 'notEntity', name: 'CODE RED' },
      expect: (json) => assert.deepEqual(json['notEntity'], ['Code Red']),
    },
    {
      name: 'same entity as: adds the name and its aliases to the target',
      text: EXISTING,
      correction: { type: 'sameAs', name: 'Samuel Altman', target: 'Sam Altman', targetKind: 'person', aliases: ['Sam A.'] },
      expect: (json) => {
        const altman = (json['entities'] as Array<Record<string, unknown>>).find((e) => e['name'] === 'Sam Altman')!;
        assert.deepEqual(altman['aliases'], ['Altman', 'Samuel Altman', 'Sam A.']);
      },
    },
    {
      name: 'same entity as: merges a bare entry of the name into the target',
      text: JSON.stringify({ entities: [{ name: 'SpaceX', kind: 'organization' }, { name: 'Space Exploration', kind: 'organization', aliases: ['SX'] }] }),
      correction: { type: 'sameAs', name: 'Space Exploration', target: 'SpaceX', targetKind: 'organization' },
      expect: (json) => assert.deepEqual(json['entities'], [{ name: 'SpaceX', kind: 'organization', aliases: ['Space Exploration', 'SX'] }]),
    },
    {
      name: 'same entity as: keeps an entry of the name that has other fields',
      text: JSON.stringify({ entities: [{ name: 'SpaceX', kind: 'organization' }, { name: 'Space Exploration', kind: 'organization', description: 'keep me' }] }),
      correction: { type: 'sameAs', name: 'Space Exploration', target: 'SpaceX', targetKind: 'organization' },
      expect: (json) => assert.equal((json['entities'] as unknown[]).length, 2),
    },
    {
      name: 'same entity as: creates the target when missing',
      text: '',
      correction: { type: 'sameAs', name: 'Kestrel', target: 'Kestrel Orbital', targetKind: 'organization' },
      expect: (json) => assert.deepEqual(json['entities'], [{ name: 'Kestrel Orbital', kind: 'organization', aliases: ['Kestrel'] }]),
    },
    {
      name: 'sets a sector once',
      text: EXISTING,
      correction: { type: 'setSector', name: 'Zephyr Labs', sector: 'Robotics' },
      expect: (json) => assert.deepEqual((json['entities'] as Array<Record<string, unknown>>).find((e) => e['name'] === 'Zephyr Labs')!['sectors'], ['robotics']),
    },
    {
      name: 'sets a sector on a new organization',
      text: '',
      correction: { type: 'setSector', name: 'Kestrel Orbital', sector: 'satellite internet' },
      expect: (json) => assert.deepEqual(json['entities'], [{ name: 'Kestrel Orbital', kind: 'organization', sectors: ['satellite internet'] }]),
    },
  ];
  for (const c of cases) {
    it(c.name, () => c.expect(edit(c.text, c.correction).json));
  }

  it('pretty-prints with two spaces, short lists on one line, a final newline; the result parses as a registry', () => {
    const { text } = edit(EXISTING, { type: 'setKind', name: 'Kestrel Orbital', kind: 'organization', aliases: ['Kestrel', 'KO'] });
    assert.match(text, /^\{\n {2}"\$schema": /);
    assert.match(text, /"aliases": \["Kestrel", "KO"\]/);
    assert.ok(text.endsWith('}\n'));
    const parsed = parseRegistry(text);
    assert.equal(parsed.registry.entries.find((e) => e.name === 'Kestrel Orbital')?.kind, 'organization');
  });

  it('is stable: applying the same correction twice gives the same text', () => {
    const once = edit(EXISTING, { type: 'setSector', name: 'Zephyr Labs', sector: 'drones' }).text;
    assert.equal(edit(once, { type: 'setSector', name: 'Zephyr Labs', sector: 'drones' }).text, once);
  });

  const refused: Array<[string, string]> = [
    ['invalid JSON', '{ "entities": [ oops ] }'],
    ['a JSON array', '[]'],
    ['entities that is not an array', '{ "entities": {} }'],
    ['notEntity that is not an array', '{ "notEntity": "Code Red" }'],
  ];
  for (const [what, text] of refused) {
    it(`refuses to rewrite ${what}`, () => {
      const result = applyRegistryCorrection(text, { type: 'notEntity', name: 'Apollo' });
      assert.equal(result.ok, false);
    });
  }

  it('refuses an empty name and a same-as of itself', () => {
    assert.equal(applyRegistryCorrection('', { type: 'notEntity', name: '  ' }).ok, false);
    assert.equal(applyRegistryCorrection('', { type: 'sameAs', name: 'X', target: 'x', targetKind: 'organization' }).ok, false);
  });
});
