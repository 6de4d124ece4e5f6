/**
 * Language server benchmark (issue 3), measured through the real protocol against the bundled server spawned
 * over stdio: hover latency on a 1 MB document, a one-word edit until fresh (pulled) diagnostics, the first
 * index of a generated 1,000-article workspace, the server's peak RSS, and a restart with the persisted cache.
 * Targets are printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DocumentDiagnosticRequest, HoverRequest, SemanticTokensRequest, type Position } from 'vscode-languageserver-protocol';
import { EntitiesRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { waitFor } from '../support/wait';
import type { BenchRow } from './benchRow';
import { generateCorpus, generateText } from './corpus';

// LSP_BENCH_SERVER measures another build of the server (for example one with an engine change under review).
const BUNDLE = process.env.LSP_BENCH_SERVER ?? join(__dirname, '..', '..', '..', 'server', 'dist', 'server.js');
const MB = 1024 * 1024;
const HOVERS = 2000;
const EDITS = 20;
const SECTION = 'lsp';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Peak resident set size of a process in MB (Linux VmHWM), or NaN elsewhere. */
function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** Positions of the mentions of a document, decoded from its semantic tokens. */
async function mentionPositions(client: LspTestClient, uri: string): Promise<Position[]> {
  const { data } = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) ?? { data: [] };
  const positions: Position[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    positions.push({ line, character: character + 1 });
  }
  return positions;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** Hover latency and edit-to-diagnostics latency on a 1 MB document. */
async function largeDocument(): Promise<BenchRow[]> {
  const client = LspTestClient.spawn(BUNDLE);
  const uri = 'file:///bench/large.md';
  const text = generateText({ size: MB, seed: 7, markdown: true });
  try {
    await client.initialize({ pullDiagnostics: true });
    await client.open(uri, text);
    const open = await timed(() => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
    const positions = await mentionPositions(client, uri);
    const lines = text.split('\n').length;
    const hovers: number[] = [];
    for (let i = 0; i < HOVERS; i++) {
      // Mostly entities, every fourth request somewhere arbitrary (usually plain prose).
      const position = i % 4 === 3 || positions.length === 0 ? { line: (i * 7919) % lines, character: i % 40 } : positions[(i * 104729) % positions.length];
      hovers.push((await timed(() => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }))).ms);
    }
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const line = Math.floor(((i + 1) * lines) / (EDITS + 2));
      edits.push(
        (
          await timed(async () => {
            await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `word${i} ` }]);
            return client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
          })
        ).ms,
      );
    }
    const p99 = percentile(hovers, 99);
    const editP50 = percentile(edits, 50);
    return [
      { section: SECTION, measure: '1 MB didOpen until diagnostics', value: open.ms, unit: 'ms' },
      { section: SECTION, measure: `hover p50 (${HOVERS} requests, 1 MB doc)`, value: percentile(hovers, 50), unit: 'ms' },
      { section: SECTION, measure: `hover p99 (${HOVERS} requests, 1 MB doc)`, value: p99, unit: 'ms', target: '≤ 5 ms', ok: p99 <= 5 },
      { section: SECTION, measure: `one-word didChange until diagnostics p50 (${EDITS} edits)`, value: editP50, unit: 'ms', target: '≤ 100 ms', ok: editP50 <= 100 },
      { section: SECTION, measure: 'one-word didChange until diagnostics max', value: Math.max(...edits), unit: 'ms' },
    ];
  } finally {
    await client.dispose();
  }
}

/** Starts a server on a folder and times it until the first index is complete. */
async function indexFolder(folder: string, storagePath: string): Promise<{ ms: number; rssMb: number; entities: number; client: LspTestClient }> {
  const client = LspTestClient.spawn(BUNDLE);
  const started = performance.now();
  await client.initialize({ folders: [folder], pullDiagnostics: true, initializationOptions: { storagePath } });
  // The end of the server's work-done progress marks the end of the first index.
  await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index', 10 * 60_000);
  const ms = performance.now() - started;
  const result = await client.connection.sendRequest(EntitiesRequest, {});
  process.stderr.write(`lsp bench: ${client.log.find((m) => m.startsWith('Indexed')) ?? ''}\n`);
  return { ms, rssMb: peakRssMb(client.pid), entities: result.entities.length, client };
}

/**
 * Types a sentence introducing a new person into an open article of the indexed workspace and times a hover on
 * that person: the index re-propagates the new name and resolves the workspace again before answering.
 */
async function editWithNewName(client: LspTestClient, folder: string): Promise<number> {
  const uri = pathToFileURL(join(folder, 'article-0000.txt')).href;
  await client.open(uri, readFileSync(join(folder, 'article-0000.txt'), 'utf8'));
  await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
  const sentence = 'Zorblat Quixley, chief executive of Fenwick Dynamics Inc., said the plan was final. ';
  const { ms } = await timed(async () => {
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: sentence }]);
    return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
  });
  return ms;
}

/** First index of a generated 1,000-article workspace, peak RSS, and a restart with the persisted cache. */
async function workspace(): Promise<BenchRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'entity-lens-bench-ws-'));
  const storage = mkdtempSync(join(tmpdir(), 'entity-lens-bench-storage-'));
  try {
    const docs = generateCorpus(6 * MB, 11).slice(0, 1000);
    docs.forEach((doc, i) => writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.${doc.languageId === 'markdown' ? 'md' : 'txt'}`), doc.text));
    const first = await indexFolder(folder, storage);
    const newName = await editWithNewName(first.client, folder);
    await first.client.dispose();
    const again = await indexFolder(folder, storage);
    await again.client.dispose();
    const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / MB;
    return [
      { section: SECTION, measure: `initial index, ${docs.length} articles (${megabytes.toFixed(1)} MB), ${first.entities} entities`, value: first.ms / 1000, unit: 's', target: '≤ 10 s', ok: first.ms <= 10_000 },
      { section: SECTION, measure: 'peak RSS of the server after the initial index', value: first.rssMb, unit: 'MB', target: '≤ 400 MB', ok: first.rssMb <= 400 },
      { section: SECTION, measure: 'edit introducing a new name, until a hover sees the whole workspace', value: newName, unit: 'ms' },
      { section: SECTION, measure: 'restart over the unchanged workspace (persisted cache)', value: again.ms / 1000, unit: 's', target: '≤ 1 s', ok: again.ms <= 1000 },
      { section: SECTION, measure: 'peak RSS of the restarted server', value: again.rssMb, unit: 'MB' },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}

/** Runs every language server measurement. */
export async function run(): Promise<BenchRow[]> {
  const parts = (process.env.LSP_BENCH ?? 'document,workspace').split(',');
  return [...(parts.includes('document') ? await largeDocument() : []), ...(parts.includes('workspace') ? await workspace() : [])];
}

// `node out/test/bench/lsp.bench.js` runs this benchmark alone.
if (require.main === module) {
  void run().then((rows) => rows.forEach((r) => console.log(`${r.measure}: ${typeof r.value === 'number' ? r.value.toFixed(2) : r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`)));
}
