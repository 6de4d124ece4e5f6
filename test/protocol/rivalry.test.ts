/**
 * `entityLens/rivalryOverlap` over a real JSON-RPC connection on the seed workspace: the fact-sheet pair's
 * sectors, the same organizations and evidence as the engine's golden result (what `entity-lens overlap` prints),
 * evidence ranges that select exactly the evidence sentence, one-sided sectors when nothing overlaps, the error
 * for an unknown name, cancellation, and the hover card's "Compare with…" link.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationTokenSource, HoverRequest, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeSector } from '../../server/src/analysis/index';
import { RivalryOverlapRequest, type OverlapOrganizationDto, type RivalryOverlapResult } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { positionOf } from '../support/markers';
import { waitFor } from '../support/wait';
import { GOLDEN, goldOverlaps, SEEDS } from '../support/seedOverlaps';


/** The result without what differs between the CLI and the server (paths, URIs, ranges). */
function comparable(result: { sectors: readonly { sector: string; a: readonly OverlapOrganizationDto[] | readonly unknown[]; b: readonly unknown[] }[] }): unknown {
  const org = (o: { organization: string; relation: string; evidence: readonly { line: number; text: string }[] }) => ({
    organization: o.organization,
    relation: o.relation,
    evidence: o.evidence.map((e) => ({ line: e.line, text: e.text })),
  });
  return result.sectors.map((s) => ({ sector: s.sector, a: (s.a as Parameters<typeof org>[0][]).map(org), b: (s.b as Parameters<typeof org>[0][]).map(org) }));
}

/** Every evidence range, read from the file, is the evidence sentence (whitespace collapsed, as the engine does). */
function assertRangesSelectSentences(result: RivalryOverlapResult): number {
  let checked = 0;
  const orgs = [...result.sectors.flatMap((s) => [...s.a, ...s.b]), ...[...result.onlyA, ...result.onlyB].flatMap((s) => s.organizations)];
  for (const e of orgs.flatMap((o) => o.evidence)) {
    const path = fileURLToPath(e.uri);
    assert.equal(e.path, path);
    const doc = TextDocument.create(e.uri, 'markdown', 0, readFileSync(path, 'utf8'));
    assert.equal(doc.getText(e.range).replace(/\s+/g, ' ').trim(), e.text);
    assert.equal(e.line, e.range.start.line);
    checked++;
  }
  return checked;
}

/**
 * Pairs where the server's index and the CLI disagree today. The index iterates known names to a fixed point and
 * the CLI runs two passes; on the seeds they settle differently for "Chowrider" (lagos-food-delivery.md), so
 * the server misses "Adaeze Thorsby-Nwosu leads Chowrider" and the food delivery overlap. Reported, not ours.
 */

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

describe('entityLens/rivalryOverlap on the seeds', () => {
  const client = LspTestClient.inProcess();
  const gold = goldOverlaps();
  const overlap = (a: string, b: string, token?: CancellationTokenSource['token']): Promise<RivalryOverlapResult> =>
    client.connection.sendRequest(RivalryOverlapRequest, { a, b }, token);

  before(async () => {
    await client.initialize({ folders: [SEEDS], initializationOptions: { commandLinks: true } });
    await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index', 60_000);
  });
  after(() => client.dispose());

  it('finds the fact-sheet sectors of Altman and Musk, and not electric vehicles', async () => {
    const result = await overlap('Sam Altman', 'Elon Musk');
    assert.deepEqual(result.a, { id: 'person:sam-altman', name: 'Sam Altman' });
    assert.deepEqual(result.b, { id: 'person:elon-musk', name: 'Elon Musk' });
    const sectors = result.sectors.map((s) => s.sector).sort();
    assert.deepEqual(sectors, ['artificial intelligence', 'space launch', 'brain-computer interfaces', 'social networks'].map(normalizeSector).sort());
    assert.ok(!sectors.includes(normalizeSector('electric vehicles')));
    assert.ok(result.onlyB.some((s) => s.sector === normalizeSector('electric vehicles')), 'Tesla shows on Musk\'s side only');
  });

  for (const pair of gold) {
    const name = `${pair.a} & ${pair.b}`;
    it(`${name}: the gold sectors, the same result as the CLI, ranges selecting the evidence`, async () => {
      const result = await overlap(pair.a, pair.b);
      assert.deepEqual(result.sectors.map((s) => s.sector).sort(), pair.sectors.map(normalizeSector).sort());
      const cli = JSON.parse(readFileSync(join(GOLDEN, `${slug(pair.a)}--${slug(pair.b)}.json`), 'utf8')) as Parameters<typeof comparable>[0];
      assert.deepEqual(comparable(result), comparable(cli));
      assert.ok(assertRangesSelectSentences(result) > 0, 'some evidence');
    });
  }

  it('shows what each side has when nothing overlaps', async () => {
    const result = await overlap('Ottoline Barrowcliffe', 'Adaeze Thorsby-Nwosu');
    assert.deepEqual(result.sectors, []);
    assert.ok(result.onlyA.length > 0 && result.onlyB.length > 0, JSON.stringify({ onlyA: result.onlyA.length, onlyB: result.onlyB.length }));
  });

  it('answers an unknown name with an error naming the nearest people', async () => {
    const error = await overlap('Sam Altmann', 'Elon Musk').then(
      () => assert.fail('expected an error'),
      (e: { code: number; message: string }) => e,
    );
    assert.equal(error.code, LSPErrorCodes.RequestFailed);
    assert.match(error.message, /no person named 'Sam Altmann'; did you mean 'Sam Altman'/);
  });

  it('is cancelled while it waits for the index, and serves the next request', async () => {
    // A large open document makes the index refresh take several slices, so the cancellation is read meanwhile.
    const text = Array.from({ length: 300 }, (_, i) => `Quenby${i % 7} Marlow met Sam Altman in town ${i}. The talks lasted ${i} hours.`).join('\n\n');
    await client.open('file:///virtual/rivalry-big.md', text);
    const source = new CancellationTokenSource();
    const pending = overlap('Sam Altman', 'Elon Musk', source.token);
    source.cancel();
    const outcome = await pending.then(() => 'answered', (e: { code?: number }) => e.code);
    assert.equal(outcome, LSPErrorCodes.RequestCancelled);
    assert.ok((await overlap('Sam Altman', 'Elon Musk')).sectors.length > 0);
  });

  it('links a person\'s hover card to "Compare with…" with the person\'s id', async () => {
    const file = join(SEEDS, 'altman-stoke-space.md');
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    await client.open(uri, text);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'Altman explored', 2) });
    const value = (hover?.contents as { value: string }).value;
    assert.ok(value.includes(`[Compare with\u2026](command:entityLens.showRivalryOverlap?${encodeURIComponent(JSON.stringify(['person:sam-altman']))})`), value);
  });
});
