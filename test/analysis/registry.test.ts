/**
 * The registry: valid entries are read; malformed input gives problems with spans and never throws.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseRegistry } from '../../server/src/analysis/index';

describe('registry', () => {
  it('reads entries, aliases and notEntity', () => {
    const text = JSON.stringify({ entities: [{ name: 'Marisol Quenby-Arce', kind: 'person', aliases: ['MQA'], sectors: ['space'] }], notEntity: ['Code Red'] });
    const { registry, problems } = parseRegistry(text);
    assert.deepEqual(problems, []);
    assert.equal(registry.entries[0].name, 'Marisol Quenby-Arce');
    assert.deepEqual(registry.entries[0].aliases, ['MQA']);
    assert.ok(registry.notEntity.has('code red'));
    assert.equal(text.slice(registry.entries[0].span.start, registry.entries[0].span.start + 1), '{');
  });

  const broken: Array<[string, string, RegExp]> = [
    ['not JSON', '{ "entities": [ { "name": ', /not valid JSON/],
    ['not an object', '[1, 2]', /must be a JSON object/],
    ['entities not an array', '{ "entities": 3 }', /must be an array/],
    ['entry without kind', '{ "entities": [ { "name": "Acme" } ] }', /needs "kind"/],
    ['entry without name', '{ "entities": [ { "kind": "person" } ] }', /needs a non-empty "name"/],
    ['aliases not strings', '{ "entities": [ { "name": "Acme", "kind": "organization", "aliases": [1] } ] }', /aliases must be an array of strings/],
    ['notEntity not strings', '{ "notEntity": [null] }', /non-empty strings/],
  ];
  for (const [label, text, message] of broken) {
    it(`reports ${label} with a span and goes on`, () => {
      const { problems } = parseRegistry(text);
      assert.ok(problems.length > 0);
      assert.match(problems[0].message, message);
      assert.ok(problems[0].span.start >= 0 && problems[0].span.end <= text.length);
    });
  }

  it('keeps the good entries when one is bad', () => {
    const { registry, problems } = parseRegistry('{ "entities": [ { "name": "Acme", "kind": "robot" }, { "name": "Lumenfold", "kind": "organization" } ] }');
    assert.equal(problems.length, 1);
    assert.deepEqual(registry.entries.map((e) => e.name), ['Lumenfold']);
  });
});
