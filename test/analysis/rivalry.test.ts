/**
 * Rivalry overlap: golden results on the seed articles (regenerate with UPDATE_GOLDEN=1), the sector sets of
 * every pair in seeds/gold.json asserted exactly after normalization, and ownership chains on a hand-built
 * workspace (subsidiaries, cycles, a person who left).
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  analyzeCorpus, computeRivalryOverlap, normalizeSector, OverlapNameError, parseRegistry, resolveWorkspace,
  type DocumentAnalysis, type Mention, type OverlapInput, type RelationFact,
} from '../../server/src/analysis/index';
import { GOLDEN, goldOverlaps, SEEDS } from '../support/seedOverlaps';

function seedInput(): OverlapInput {
  const files = readdirSync(SEEDS).filter((f) => /\.(?:md|txt)$/.test(f)).sort();
  const docs = files.map((f) => ({ uri: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8'), languageId: f.endsWith('.md') ? 'markdown' : 'plaintext' }));
  const registry = parseRegistry(readFileSync(join(SEEDS, 'entities.json'), 'utf8')).registry;
  const { analyses, workspace } = analyzeCorpus(docs, registry);
  const lineOf = (uri: string, offset: number): number => docs.find((d) => d.uri === uri)!.text.slice(0, offset).split('\n').length - 1;
  return {
    documents: docs.map((d) => ({ uri: d.uri, text: d.text, analysis: analyses.get(d.uri)! })),
    workspace,
    registry,
    locate: (uri, offset) => ({ path: uri, line: lineOf(uri, offset) }),
  };
}

/** Compares `value` with the golden file `name`, or writes it when UPDATE_GOLDEN is set. */
function golden(name: string, value: unknown): void {
  const file = join(GOLDEN, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  assert.deepEqual(JSON.parse(text), JSON.parse(readFileSync(file, 'utf8')), `golden ${file} differs (UPDATE_GOLDEN=1 to accept)`);
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

describe('rivalry overlap on the seeds', () => {
  const input = seedInput();
  const gold = goldOverlaps();
  for (const pair of gold) {
    it(`${pair.a} & ${pair.b}: ${pair.sectors.length > 0 ? pair.sectors.join(', ') : 'no overlap'}`, () => {
      const result = computeRivalryOverlap(input, pair.a, pair.b);
      const got = result.sectors.map((s) => s.sector).sort();
      assert.deepEqual(got, pair.sectors.map(normalizeSector).sort());
      for (const not of pair.notSectors) {
        assert.ok(!got.includes(normalizeSector(not)), `${not} must not overlap`);
      }
      // The fact sheet writes legal names ("Fennimore Atomics Ltd."); the workspace knows them as entities.
      const canonical = (org: string): string => input.workspace.find(org.replace(/ (?:Inc\.|Ltd\.|AG|AS)$/, ''))[0]?.name ?? org;
      for (const d of pair.detail ?? []) {
        const sector = result.sectors.find((s) => s.sector === normalizeSector(d.sector))!;
        assert.ok(d.a.every((org) => sector.a.some((o) => o.organization === canonical(org))), `${d.sector}: A side has ${d.a.join(', ')}`);
        assert.ok(d.b.every((org) => sector.b.some((o) => o.organization === canonical(org))), `${d.sector}: B side has ${d.b.join(', ')}`);
      }
      golden(`${slug(pair.a)}--${slug(pair.b)}`, result);
    });
  }

  it('shows what each side has when nothing overlaps', () => {
    const result = computeRivalryOverlap(input, 'Barrowcliffe', 'Thorsby-Nwosu');
    assert.deepEqual(result.sectors, []);
    assert.deepEqual(result.onlyA.map((s) => s.sector), ['nuclear energy']);
    assert.deepEqual(result.onlyB.map((s) => s.sector), ['food delivery', 'payments']);
  });

  it('every evidence line holds its sentence', () => {
    const result = computeRivalryOverlap(input, 'Sam Altman', 'Elon Musk');
    for (const org of result.sectors.flatMap((s) => [...s.a, ...s.b])) {
      assert.ok(org.evidence.length > 0, `${org.organization} has evidence`);
      for (const e of org.evidence) {
        const doc = input.documents.find((d) => d.uri === e.path)!;
        const line = doc.text.split('\n')[e.line]!.replace(/\s+/g, ' ');
        assert.ok(line.includes(e.text.slice(0, 30)), `${e.path}:${e.line} holds "${e.text}"`);
      }
    }
  });

  it('accepts ids and suggests the nearest names for an unknown one', () => {
    const id = input.workspace.find('Elon Musk')[0]!.id;
    assert.equal(computeRivalryOverlap(input, 'Sam Altman', id).b.name, 'Elon Musk');
    assert.throws(() => computeRivalryOverlap(input, 'Sam Altmann', 'Elon Musk'), (e: unknown) => e instanceof OverlapNameError && e.suggestions[0] === 'Sam Altman');
  });
});

describe('ownership chains', () => {
  const text = 'x'.repeat(200);
  const person = (name: string, start: number): Mention => ({ start, end: start + name.length, text: name, name, kind: 'person', confidence: 1, reason: 'test' });
  const org = (name: string, start: number): Mention => ({ ...person(name, start), kind: 'organization' });
  const rel = (subject: string, type: RelationFact['type'], object: string, subjectKind: 'person' | 'organization' = 'organization'): RelationFact =>
    ({ type, subject, subjectKind, object, objectKind: type === 'in-sector' ? 'sector' : 'organization', evidence: { start: 0, end: 10 } });
  const mentions = [person('Ada Brennock', 0), person('Ines Paravel', 20), org('Corvane', 40), org('Tillwick', 60), org('Ossory', 80), org('Vellum', 100), org('Qubitry', 120)];
  const relations = [
    rel('Ada Brennock', 'leads', 'Corvane', 'person'), rel('Corvane', 'owns', 'Tillwick'), rel('Tillwick', 'acquired', 'Corvane'),
    rel('Tillwick', 'in-sector', 'payments'), rel('Ada Brennock', 'co-founded', 'Vellum', 'person'), rel('Ada Brennock', 'left', 'Vellum', 'person'),
    rel('Vellum', 'in-sector', 'robotics'), rel('Ines Paravel', 'founded', 'Ossory', 'person'), rel('Ossory', 'in-sector', 'payments'),
    rel('Ines Paravel', 'invested-in', 'Qubitry', 'person'), rel('Qubitry', 'in-sector', 'robotics'),
  ];
  const analysis: DocumentAnalysis = { length: text.length, paragraphs: [], sentences: [], mentions, claims: [], relations, roles: [], warnings: [], localNames: [] };
  const workspace = resolveWorkspace([{ uri: 'mem:a', analysis }]);
  const input: OverlapInput = { documents: [{ uri: 'mem:a', text, analysis }], workspace, locate: () => ({ path: 'a.md', line: 0 }) };

  it('follows subsidiaries through a cycle and drops organizations a person left', () => {
    const result = computeRivalryOverlap(input, 'Ada Brennock', 'Ines Paravel');
    assert.deepEqual(result.sectors.map((s) => s.sector), ['payments']);
    assert.deepEqual(result.sectors[0]!.a.map((o) => `${o.organization}: ${o.relation}`), ['Tillwick: leads Corvane > owns']);
    assert.deepEqual(result.onlyB.map((s) => s.sector), ['robotics']);
  });
});
