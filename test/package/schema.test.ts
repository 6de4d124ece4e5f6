/**
 * The registry's JSON schema (schemas/entities.schema.json, used by the manifest's jsonValidation) accepts the
 * sample registry and rejects the mistakes the registry loader reports.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const ROOT = join(__dirname, '..', '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('registry schema', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(readJson('schemas/entities.schema.json') as object);

  it('accepts seeds/entities.json', () => {
    assert.equal(validate(readJson('seeds/entities.json')), true, JSON.stringify(validate.errors));
  });

  const rejected: [string, unknown][] = [
    ['a missing kind', { entities: [{ name: 'Ada' }] }],
    ['a figure kind', { entities: [{ name: '$5', kind: 'figure' }] }],
    ['an empty name', { entities: [{ name: ' ', kind: 'person' }] }],
    ['aliases that are not strings', { entities: [{ name: 'Ada', kind: 'person', aliases: [1] }] }],
    ['a misspelled key', { entities: [{ name: 'Ada', kind: 'person', alias: ['A'] }] }],
    ['entities that is not an array', { entities: {} }],
    ['notEntity that is not a list of strings', { notEntity: 'Code Red' }],
  ];
  for (const [what, registry] of rejected) {
    it(`rejects ${what}`, () => assert.equal(validate(registry), false));
  }
});
