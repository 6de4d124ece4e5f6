/**
 * Property tests (issue 7) over random and adversarial text (arbitraries.ts): spans are exact, analysis never
 * throws, incremental analysis equals fresh analysis, the registry parser never throws and locates its problems,
 * and the CLI's JSON always parses. Run counts are fixed for CI (seeded by fast-check, so a failure prints its
 * seed and shrunk input); `node test/run.js --long` multiplies them. Failing inputs found are kept at the bottom
 * as named regression tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument, parseRegistry, ParagraphCache, type KnownNames, type Registry } from '../../server/src/analysis/index';
import { decodeUtf8 } from '../../server/src/workspace/files';
import { runCli, tempFolder } from '../cli/cliHarness';
import { adversarialText, applyEdit, assertExactSpans, edit, inventedName, runs } from './arbitraries';

const LANGUAGES = fc.constantFrom('plaintext', 'markdown');

/** A registry naming a few invented entities, as `entities.json` text. */
const registryText = fc
  .array(fc.record({ name: inventedName, kind: fc.constantFrom('person', 'organization'), aliases: fc.array(inventedName, { maxLength: 2 }) }), { maxLength: 4 })
  .map((entities) => JSON.stringify({ entities, notEntity: ['Monday'] }));

const knownNames: fc.Arbitrary<KnownNames> = fc
  .array(fc.tuple(inventedName, fc.constantFrom<'person' | 'organization'>('person', 'organization')), { maxLength: 4 })
  .map((pairs) => new Map(pairs.map(([n, k]) => [n.toLowerCase(), k])));

function registryOf(text: string): Registry {
  const { registry, problems } = parseRegistry(text);
  assert.deepEqual(problems, []);
  return registry;
}

describe('analysis properties', () => {
  it('never throws and every span is inside the text with its exact text', () => {
    fc.assert(
      fc.property(adversarialText(), LANGUAGES, (text, languageId) => {
        assertExactSpans(text, analyzeDocument(text, { languageId }));
      }),
      { numRuns: runs(300) },
    );
  });

  it('spans stay exact with a registry and known names (propagation paths)', () => {
    fc.assert(
      fc.property(adversarialText(), LANGUAGES, registryText, knownNames, (text, languageId, reg, known) => {
        assertExactSpans(text, analyzeDocument(text, { languageId, registry: registryOf(reg), knownNames: known }));
      }),
      { numRuns: runs(100) },
    );
  });

  it('incremental re-analysis after random edits with a shared cache equals a fresh analysis', () => {
    fc.assert(
      fc.property(adversarialText(25), fc.array(edit, { minLength: 1, maxLength: 6 }), LANGUAGES, registryText, knownNames, (start, edits, languageId, reg, known) => {
        const registry = registryOf(reg);
        const cache = new ParagraphCache(64);
        let text = start;
        analyzeDocument(text, { languageId, registry, knownNames: known, cache });
        for (const e of edits) {
          text = applyEdit(text, e);
          const incremental = analyzeDocument(text, { languageId, registry, knownNames: known, cache });
          assert.deepEqual(incremental, analyzeDocument(text, { languageId, registry, knownNames: known }));
        }
      }),
      { numRuns: runs(80) },
    );
  });
});

describe('registry properties', () => {
  const jsonish = fc.oneof(
    fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', 'entities', 'name', 'kind', 'person', '\\', 'null', '1', '\n') }),
    fc.json().map((j) => `{"entities": [${j}]}`),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary' }),
  );

  it('parseRegistry never throws and every problem span is inside the text', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const { registry, problems } = parseRegistry(text);
        assert.ok(Array.isArray(registry.entries));
        for (const p of problems) {
          assert.ok(p.message.length > 0);
          assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length, JSON.stringify(p.span));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('a malformed registry yields at least one problem', () => {
    // Each shape is malformed whatever the value: a valid registry cut short is never JSON; an entry that is not an
    // object with "name" and "kind"; "entities" that is not an array (or one of non-entries); a non-string notEntity;
    // a top level that is not an object.
    const cut = fc.tuple(registryText, fc.nat()).map(([t, n]) => t.slice(0, n % t.length));
    const value = fc.jsonValue().map((v) => JSON.stringify(v));
    const nonEmptyNonArray = value.filter((v) => !v.startsWith('['));
    const shaped = fc.oneof(
      value.map((v) => `{"entities": [${v}]}`),
      nonEmptyNonArray.map((v) => `{"entities": ${v}}`),
      value.map((v) => `{"entities": [{"name": ${v}}]}`),
      value.map((v) => `{"notEntity": [${v}, 1]}`),
      value.filter((v) => !v.startsWith('{')),
    );
    fc.assert(
      fc.property(fc.oneof(cut, shaped), (text) => {
        const { problems } = parseRegistry(text);
        assert.ok(problems.length >= 1, `no problem for ${JSON.stringify(text)}`);
        for (const p of problems) assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('CLI JSON properties (built CLI, a bounded number of spawns)', () => {
  it('analyze --stdin-json output always parses, one item per input, spans inside each text', () => {
    fc.assert(
      fc.property(fc.array(adversarialText(20), { minLength: 1, maxLength: 6 }), (texts) => {
        const items = texts.map((text, i) => ({ id: `item-${i}`, text }));
        const run = runCli(['analyze', '--stdin-json'], { input: JSON.stringify(items) });
        assert.equal(run.code, 0, run.stderr);
        const out = JSON.parse(run.stdout) as Array<{ id: string; entities: Array<{ start: number; end: number }> }>;
        assert.deepEqual(out.map((o) => o.id), items.map((i) => i.id));
        out.forEach((o, i) => {
          for (const e of o.entities) assert.ok(e.start >= 0 && e.start < e.end && e.end <= texts[i]!.length);
        });
      }),
      { numRuns: runs(4) },
    );
  });

  it('analyze --json output always parses and its mentions slice the file text as read', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(adversarialText(20), fc.constantFrom('txt', 'md')), { minLength: 1, maxLength: 4 }), (files) => {
        const folder = tempFolder('entity-lens-prop-');
        try {
          const written = new Map(files.map(([text, ext], i) => [`doc${i}.${ext}`, decodeUtf8(Buffer.from(text, 'utf8')).text]));
          files.forEach(([text, ext], i) => folder.write(`doc${i}.${ext}`, text));
          const run = runCli(['analyze', '--json', '.'], { cwd: folder.root });
          assert.equal(run.code, 0, run.stderr);
          const report = JSON.parse(run.stdout) as { files: Array<{ path: string; entities: Array<{ start: number; end: number; text: string }> }> };
          for (const file of report.files) {
            const text = written.get(file.path);
            assert.ok(text !== undefined, `unexpected path ${file.path}`);
            for (const e of file.entities) assert.equal(text.slice(e.start, e.end), e.text);
          }
        } finally {
          folder.dispose();
        }
      }),
      { numRuns: runs(3) },
    );
  });
});

describe('regressions found by the properties', () => {
  // Masking turned the control character into a space, and Mention.text was the masked text, not the slice.
  it('a vertical tab inside a name: the mention text is the document slice', () => {
    const text = 'Vorvor Vorvor\u000bVorvor Vorvor said $0 million from Vorvor Vorvor.';
    assertExactSpans(text, analyzeDocument(text));
  });

  it('a NUL inside an organization name: the mention text is the document slice', () => {
    const text = 'Vorvor Vorvor\u0000Vorvor Inc. said 1800 from Vorvor Vorvor.';
    const analysis = analyzeDocument(text, { registry: registryOf('{"entities":[],"notEntity":["Monday"]}') });
    assertExactSpans(text, analysis);
    assert.ok(analysis.mentions.some((m) => m.text.includes('\u0000')), 'the name across the NUL is still recognized');
  });
});
