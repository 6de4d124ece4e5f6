/**
 * The persisted analysis cache: two windows (two stores, two indexes) sharing one storage folder merge their
 * saves; a damaged cache is discarded (whole, or entry by entry), logged, and the documents it held are analyzed
 * again, with the same results as a fresh analysis.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache } from '../../server/src/analysis/index';
import { AnalysisStore } from '../../server/src/workspace/analysisStore';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

const A = 'file:///ws/a.md';
const B = 'file:///ws/b.md';
const C = 'file:///ws/c.md';
const D = 'file:///ws/d.md';
const TEXTS: Record<string, string> = {
  [A]: 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped by $40 million.\n\nQuenby declined to comment further.\n',
  [B]: 'Engineers said Kestrel Orbital had missed a deadline in 2023, according to the filing.\n',
  // No names: it changes no window's known names.
  [C]: 'Rain fell on the harbour all week.\n',
  // A name only this document has.
  [D]: 'Tobias Wren, president of Larkfield Dynamics Corp., reportedly resigned.\n',
};
const CACHE = 'analysis-cache.jsonl';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function storageFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'entity-lens-store-'));
  roots.push(root);
  return root;
}

/** A window's index over `uris`, of which only `fresh` have a current analysis (the others were just edited). */
async function windowWith(uris: readonly string[], fresh: readonly string[] = uris): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex(new ParagraphCache());
  uris.forEach((uri) => index.setDocument(TextDocument.create(uri, 'markdown', 1, TEXTS[uri]!), false));
  await index.snapshot();
  // A new document object with the same text: the analysis is stale until the next refresh, as after an edit.
  uris.filter((uri) => !fresh.includes(uri)).forEach((uri) => index.setDocument(TextDocument.create(uri, 'markdown', 2, TEXTS[uri]!), false));
  return index;
}

/** The document keys in a cache file. */
function keysIn(folder: string): string[] {
  const [, ...lines] = readFileSync(join(folder, CACHE), 'utf8').split('\n');
  return lines.filter(Boolean).map((line) => (JSON.parse(line) as [string])[0]).sort();
}

/** Starts a window over `uris` from the cache in `folder`: how many analyses it reused, what it logged, its analyses. */
async function restart(folder: string, uris: readonly string[]): Promise<{ seeded: number; log: string[]; analyses: Record<string, unknown> }> {
  const log: string[] = [];
  const store = new AnalysisStore(folder, (line) => log.push(line));
  const index = new WorkspaceIndex(new ParagraphCache());
  uris.forEach((uri) => index.setDocument(TextDocument.create(uri, 'markdown', 0, TEXTS[uri]!), false));
  const seeded = store.restore(index, await store.read());
  return { seeded, log, analyses: await analysesOf(index) };
}

function withoutConfidence(analyses: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(analyses, (key, value: unknown) => (key === 'confidence' ? undefined : value))) as unknown;
}

async function analysesOf(index: WorkspaceIndex): Promise<Record<string, unknown>> {
  const snapshot = (await index.snapshot())!;
  // As JSON: the engine may set optional fields to undefined, which the cache drops.
  return Object.fromEntries([...snapshot.keys()].sort().map((key) => [key, JSON.parse(JSON.stringify(snapshot.get(key)!.analysis)) as unknown]));
}

describe('analysis cache shared by two windows', () => {
  it('keeps both windows\' analyses, whichever saves first', async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const folder = storageFolder();
      const windows = [await windowWith([A, B], [A]), await windowWith([A, B], [B])];
      for (const i of order) {
        await new AnalysisStore(folder).save(windows[i]!);
      }
      assert.deepEqual(keysIn(folder), [A, B]);
      const restarted = await restart(folder, [A, B]);
      assert.equal(restarted.seeded, 2, 'both analyses reused');
      assert.deepEqual(restarted.analyses, await analysesOf(await windowWith([A, B])));
      assert.deepEqual(restarted.log, []);
    }
  });

  it('lets its own fresh analysis win over the other window\'s entry', async () => {
    const folder = storageFolder();
    await new AnalysisStore(folder).save(await windowWith([A, B], [A, B]));
    const before = readFileSync(join(folder, CACHE), 'utf8');
    await new AnalysisStore(folder).save(await windowWith([A, B], [A, B]));
    // Same texts, same names: the second save wrote its own two entries, once each.
    assert.deepEqual(keysIn(folder), [A, B]);
    assert.equal(readFileSync(join(folder, CACHE), 'utf8').split('\n').length, before.split('\n').length);
  });

  it('drops entries of documents it does not hold, so the file stays the size of the workspace', async () => {
    const folder = storageFolder();
    await new AnalysisStore(folder).save(await windowWith([A, B, C], [A, C]));
    assert.deepEqual(keysIn(folder), [A, C]);
    // c.md was deleted before the second window saved: its entry goes; a.md, held but stale here, is kept.
    await new AnalysisStore(folder).save(await windowWith([A, B], [B]));
    assert.deepEqual(keysIn(folder), [A, B]);
  });

  it('keeps nothing made under other known names or another registry', async () => {
    const folder = storageFolder();
    await new AnalysisStore(folder).save(await windowWith([A, B], [A]));
    // d.md teaches this window a name the first never knew: a.md's entry may differ from what this window makes.
    await new AnalysisStore(folder).save(await windowWith([A, B, D], [B, D]));
    assert.deepEqual(keysIn(folder), [B, D]);

    const other = storageFolder();
    await new AnalysisStore(other).save(await windowWith([A, B], [A]));
    const withRegistry = await windowWith([A, B], [B]);
    withRegistry.setRegistry(TextDocument.create('file:///ws/entities.json', 'json', 0, '{ "entities": [{ "name": "Kestrel Orbital", "kind": "organization" }] }\n'));
    await withRegistry.snapshot();
    withRegistry.setDocument(TextDocument.create(A, 'markdown', 3, TEXTS[A]!), false);
    await new AnalysisStore(other).save(withRegistry);
    assert.deepEqual(keysIn(other), [B]);
  });
});

describe('damaged analysis cache', () => {
  /** A good cache of a.md and b.md, as a list of lines (header first). */
  async function goodCache(): Promise<string[]> {
    const folder = storageFolder();
    await new AnalysisStore(folder).save(await windowWith([A, B]));
    return readFileSync(join(folder, CACHE), 'utf8').split('\n');
  }

  /** Changes the encoded analysis of one document's line. */
  function withAnalysis(lines: string[], uri: string, change: (analysis: Record<string, unknown>) => void): string[] {
    return lines.map((line) => {
      if (!line.startsWith(`[${JSON.stringify(uri)}`)) {
        return line;
      }
      const entry = JSON.parse(line) as [string, string, string, Record<string, unknown>];
      change(entry[3]);
      return JSON.stringify(entry);
    });
  }

  const mentionsOf = (analysis: Record<string, unknown>): unknown[][] => analysis.mentions as unknown[][];
  /** `lost`: the document whose entry is damaged, or undefined when the whole file is. */
  const variants: Array<{ name: string; damage: (lines: string[]) => string[]; lost: string | undefined; logged: RegExp }> = [
    { name: 'a truncated last line', damage: (lines) => [...lines.slice(0, -2), lines.at(-2)!.slice(0, -40)], lost: B, logged: /discarded 1 damaged entry.*not valid JSON/ },
    { name: 'a garbage header', damage: (lines) => ['{"format": 3, "engi', ...lines.slice(1)], lost: undefined, logged: /^Analysis cache discarded: the header is not a JSON object/ },
    { name: 'a header with mistyped fields', damage: (lines) => [lines[0]!.replace('"knownNames":[', '"knownNames":[7,'), ...lines.slice(1)], lost: undefined, logged: /^Analysis cache discarded: the header has missing or mistyped fields/ },
    { name: 'a mention ending past the text', damage: (lines) => withAnalysis(lines, A, (a) => void (mentionsOf(a)[0]![1] = TEXTS[A]!.length + 10)), lost: A, logged: /a\.md: mentions\[0\]: offsets outside the text/ },
    { name: 'a negative sentence offset', damage: (lines) => withAnalysis(lines, B, (a) => void ((a.sentences as number[])[0] = -1)), lost: B, logged: /sentences\[0\]: offsets outside the text/ },
    { name: 'an unknown mention kind', damage: (lines) => withAnalysis(lines, A, (a) => void (mentionsOf(a)[0]![2] = 7)), lost: A, logged: /mentions\[0\]: unknown kind/ },
    { name: 'claims of the wrong type', damage: (lines) => withAnalysis(lines, A, (a) => void (a.claims = 'none')), lost: A, logged: /claims is not a list/ },
    { name: 'a claim with an unknown code', damage: (lines) => withAnalysis(lines, B, (a) => void (a.claims = [{ start: 0, end: 3, code: 'rumour', cue: 'x', sentence: { start: 0, end: 3 }, message: 'm' }])), lost: B, logged: /claims\[0\]: unknown code/ },
    { name: 'an odd number of paragraph offsets', damage: (lines) => withAnalysis(lines, A, (a) => void (a.paragraphs as number[]).push(3)), lost: A, logged: /paragraphs is not a list of offset pairs/ },
    { name: 'mentions out of order', damage: (lines) => withAnalysis(lines, A, (a) => void mentionsOf(a).reverse()), lost: A, logged: /mentions\[1\]: out of order/ },
    { name: 'an entry that is not a list', damage: (lines) => [lines[0]!, '{"key": "file:///ws/a.md"}', ...lines.slice(2)], lost: A, logged: /line 2: not a \[key, hash, language, analysis\] entry/ },
    { name: 'a relation of an unknown type', damage: (lines) => withAnalysis(lines, A, (a) => void (a.relations = [{ type: 'hates', subject: 'x', subjectKind: 'person', object: 'y', objectKind: 'person', evidence: { start: 0, end: 1 } }])), lost: A, logged: /relations\[0\]: unknown type/ },
  ];

  for (const variant of variants) {
    it(`discards ${variant.name}, says so, and analyzes those documents again`, async () => {
      const lines = await goodCache();
      assert.ok(mentionsOf((JSON.parse(lines[1]!) as [string, string, string, Record<string, unknown>])[3]).length > 1, 'the fixture has mentions to damage');
      const folder = storageFolder();
      writeFileSync(join(folder, CACHE), variant.damage(lines).join('\n'));
      const restarted = await restart(folder, [A, B]);
      assert.equal(restarted.seeded, variant.lost === undefined ? 0 : 1);
      assert.equal(restarted.log.length, 1, JSON.stringify(restarted.log));
      assert.match(restarted.log[0]!, variant.logged);
      // Exactly what a start without that entry (or without any cache) gives.
      const without = storageFolder();
      if (variant.lost !== undefined) {
        writeFileSync(join(without, CACHE), lines.filter((line) => !line.startsWith(`[${JSON.stringify(variant.lost)}`)).join('\n'));
      }
      assert.deepEqual(restarted.analyses, (await restart(without, [A, B])).analyses);
      // And what a fresh analysis finds. Confidence aside: propagation's confidence depends on whether the known
      // names came first (seeded from a cache) or were learned after a first pass, with or without this change.
      assert.deepEqual(withoutConfidence(restarted.analyses), withoutConfidence(await analysesOf(await windowWith([A, B]))));
    });
  }

  it('reuses nothing for a changed text, and does not call that damage', async () => {
    const folder = storageFolder();
    writeFileSync(join(folder, CACHE), (await goodCache()).join('\n'));
    const log: string[] = [];
    const store = new AnalysisStore(folder, (line) => log.push(line));
    const index = new WorkspaceIndex(new ParagraphCache());
    index.setDocument(TextDocument.create(A, 'markdown', 0, TEXTS[A]!.replace('slipped', 'slid')), false);
    index.setDocument(TextDocument.create(B, 'markdown', 0, TEXTS[B]!), false);
    assert.equal(store.restore(index, await store.read()), 1);
    assert.deepEqual(log, []);
  });
});

describe('analysis cache and claim settings', () => {
  it('reuses nothing saved under other claim settings, so switching back to the defaults re-analyzes', async () => {
    const folder = storageFolder();
    const custom = new WorkspaceIndex(new ParagraphCache());
    custom.setClaimOptions({ hedgeCues: ['allegedly missed'], attributionPhrases: [], figureKinds: ['money'] });
    custom.setDocument(TextDocument.create(B, 'markdown', 1, TEXTS[B]!), false);
    await custom.snapshot();
    await new AnalysisStore(folder).save(custom);

    const store = new AnalysisStore(folder);
    const defaults = new WorkspaceIndex(new ParagraphCache());
    defaults.setDocument(TextDocument.create(B, 'markdown', 0, TEXTS[B]!), false);
    assert.equal(store.restore(defaults, await store.read()), 0);

    const same = new WorkspaceIndex(new ParagraphCache());
    same.setClaimOptions({ hedgeCues: ['allegedly missed'], attributionPhrases: [], figureKinds: ['money'] });
    same.setDocument(TextDocument.create(B, 'markdown', 0, TEXTS[B]!), false);
    assert.equal(store.restore(same, await store.read()), 1);
  });
});
