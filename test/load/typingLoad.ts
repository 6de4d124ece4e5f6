/**
 * The typing load scenario (issue 7, "Load"): the bundled server, spawned over stdio on a temporary workspace of
 * generated articles, indexes it; a large document of that workspace is opened and a simulated writer types into
 * it at a steady rate while hovers are sent at its mentions and diagnostics are followed as VS Code follows them.
 * Measures hover latency, diagnostics freshness and the server's memory; collects what the correctness checks
 * need (answers, final diagnostics, the server's internal stats before and after closing the document).
 *
 * Used with small counts by typingLoad.test.ts (npm test), with the full 1,000 articles / 1 MB / 60 s by
 * `node test/run.js --long load` and by `npm run bench` (load.bench.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SemanticTokensRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InternalStatsRequest, type InternalStatsResult } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { waitFor } from '../support/wait';
import { generateCorpus, generateText } from '../bench/corpus';
import { DiagnosticsTracker, type FreshnessSummary } from './diagnosticsTracker';
import { HoverProbe, type HoverSummary } from './hoverProbe';
import { slopePerMinute, type Sample } from './measures';
import { Typist } from './typist';

/** The bundled server (built by `npm run build`). */
export const SERVER_BUNDLE = join(__dirname, '..', '..', '..', 'server', 'dist', 'server.js');

const MB = 1024 * 1024;
const ARTICLE_BYTES = 6 * 1024;
const SETTLED_HOVERS = 8;

/** Parameters of a run. */
export interface TypingLoadOptions {
  /** Generated articles in the workspace, besides the typed document. */
  readonly articles: number;
  /** Size of the typed document (UTF-16 code units, about bytes). */
  readonly documentSize: number;
  readonly charsPerSecond: number;
  readonly seconds: number;
  readonly hoversPerSecond: number;
  /** How diagnostics reach the client (default pull, as VS Code). */
  readonly diagnostics?: 'pull' | 'push';
  /** Another build of the server to measure (default: the bundle). */
  readonly serverPath?: string;
  /** Also compute the final text's diagnostics with a fresh server, for comparison (default true). */
  readonly verify?: boolean;
  /** How often the server's RSS is sampled while typing (default 500 ms). */
  readonly sampleEveryMs?: number;
  readonly seed?: number;
}

/** Memory of the server process, in MB. */
export interface MemoryFigures {
  /** RSS after the first index and the didOpen of the typed document, before typing. */
  readonly rssStart: number;
  /** RSS once typing ended and the final diagnostics arrived. */
  readonly rssEnd: number;
  /** Highest RSS sampled while typing. */
  readonly rssPeakTyping: number;
  /** The process's high-water mark (VmHWM): includes the first index on worker threads. */
  readonly rssHighWater: number;
  /** Least-squares slope of the RSS samples taken while typing. */
  readonly rssGrowthPerMinute: number;
  /** Heap in use after a full collection, before and after typing. */
  readonly heapStart: number;
  readonly heapEnd: number;
}

/** What a run measured and collected. */
export interface TypingLoadResult {
  readonly articles: number;
  readonly documentSize: number;
  readonly indexMs: number;
  readonly keystrokes: number;
  readonly typingMs: number;
  /** Hovers sent while typing. */
  readonly hovers: HoverSummary;
  /** Hovers sent one at a time once typing ended and the final diagnostics arrived. */
  readonly settledHovers: HoverSummary;
  readonly freshness: FreshnessSummary;
  /** Failed diagnostics requests. */
  readonly diagnosticsFailures: readonly string[];
  readonly memory: MemoryFigures;
  /** The server's internal stats: before typing, after typing, after closing the document, after re-opening and closing it again. */
  readonly stats: { readonly beforeTyping: InternalStatsResult; readonly afterTyping: InternalStatsResult; readonly afterClose: InternalStatsResult; readonly afterReopen: InternalStatsResult };
  readonly finalVersion: number;
  readonly finalText: string;
  readonly finalDiagnostics: readonly Diagnostic[];
  /** Diagnostics of the final text from a server started afresh (when `verify`). */
  readonly freshDiagnostics?: readonly Diagnostic[];
  /** Messages the server logged as errors. */
  readonly errors: readonly string[];
}

/** Writes the workspace; returns the typed document's path. */
function writeWorkspace(folder: string, options: TypingLoadOptions): string {
  const seed = options.seed ?? 11;
  const docs = generateCorpus(options.articles * ARTICLE_BYTES * 1.1, seed, ARTICLE_BYTES).slice(0, options.articles);
  docs.forEach((doc, i) => writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.${doc.languageId === 'markdown' ? 'md' : 'txt'}`), doc.text));
  const draft = join(folder, 'draft.md');
  writeFileSync(draft, generateText({ size: options.documentSize, seed: seed + 1, markdown: true }));
  return draft;
}

/** Current and peak RSS of a process in MB (Linux); NaN elsewhere. */
function rssOf(pid: number | undefined): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

async function started(folder: string, options: TypingLoadOptions): Promise<{ client: LspTestClient; indexMs: number }> {
  const client = LspTestClient.spawn(options.serverPath ?? SERVER_BUNDLE, ['--expose-gc']);
  const begun = performance.now();
  await client.initialize({ folders: [folder], pullDiagnostics: (options.diagnostics ?? 'pull') === 'pull' });
  await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index', 10 * 60_000);
  return { client, indexMs: performance.now() - begun };
}

/** Start offsets of the mentions of an open document and the full names among them, from its semantic tokens. */
async function mentionsOf(client: LspTestClient, uri: string, text: string): Promise<{ starts: number[]; names: string[] }> {
  const { data } = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) ?? { data: [] };
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const starts: number[] = [];
  const names = new Set<string>();
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    const start = document.offsetAt({ line, character });
    starts.push(start);
    const name = text.slice(start, start + data[i + 2]!);
    // People and organizations (token types 0 and 1) of two words or more are worth typing again.
    if (data[i + 3]! <= 1 && name.includes(' ') && !name.includes('\n') && names.size < 60) {
      names.add(name);
    }
  }
  return { starts, names: [...names] };
}

async function stats(client: LspTestClient): Promise<InternalStatsResult> {
  return client.connection.sendRequest(InternalStatsRequest, { collectGarbage: true });
}

/** The server's stats once `settled` holds, or the last ones read after a few seconds. */
async function statsWhen(client: LspTestClient, settled: (s: InternalStatsResult) => boolean): Promise<InternalStatsResult> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    const found = await stats(client);
    if (settled(found) || performance.now() > deadline) {
      return found;
    }
    await until(performance.now() + 20);
  }
}

/** Resolves at a time on the performance clock. */
function until(atMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, atMs - performance.now())));
}

/** Where typing starts: the end of the paragraph that ends closest to 40% of the text. */
function startingCursor(text: string): number {
  const end = text.indexOf('\n\n', Math.floor(text.length * 0.4));
  return end < 0 ? text.trimEnd().length : end;
}

/** Runs the scenario. */
export async function runTypingLoad(options: TypingLoadOptions): Promise<TypingLoadResult> {
  const folder = mkdtempSync(join(tmpdir(), 'entity-lens-load-'));
  const mode = options.diagnostics ?? 'pull';
  try {
    const draftPath = writeWorkspace(folder, options);
    const uri = pathToFileURL(draftPath).href;
    const text = readFileSync(draftPath, 'utf8');
    const { client, indexMs } = await started(folder, options);
    try {
      const diagnostics = new DiagnosticsTracker(client, uri, mode);
      await client.open(uri, text);
      diagnostics.sent(1);
      const mentions = await mentionsOf(client, uri, text);
      const typist = new Typist({ uri, languageId: 'markdown', text, cursor: startingCursor(text), names: mentions.names, mentionStarts: mentions.starts, seed: options.seed ?? 11 });
      await waitFor(() => diagnostics.latest?.version === 1, 'diagnostics of the opened document', 120_000);
      const beforeTyping = await stats(client);
      const start = rssOf(client.pid);
      const hovers = new HoverProbe(client, uri, typist);
      const samples: Sample[] = [];
      const keystrokes = Math.round(options.charsPerSecond * options.seconds);
      const typingStarted = performance.now();
      let typing = true;
      const typingDone = (async () => {
        for (let i = 0; i < keystrokes; i++) {
          await until(typingStarted + (i * 1000) / options.charsPerSecond);
          const { change, version } = typist.type();
          const sent = await client.change(uri, [change]);
          if (sent !== version) {
            throw new Error(`the client sent version ${sent} for the typist's version ${version}`);
          }
          diagnostics.sent(version);
        }
        typing = false;
      })();
      const hoversDone = (async () => {
        for (let i = 0; typing && options.hoversPerSecond > 0; i++) {
          await until(typingStarted + (i * 1000) / options.hoversPerSecond);
          if (typing) {
            hovers.send();
          }
        }
      })();
      const sampled = (async () => {
        while (typing) {
          samples.push({ atMs: performance.now() - typingStarted, value: rssOf(client.pid).rss });
          await until(performance.now() + (options.sampleEveryMs ?? 500));
        }
      })();
      await typingDone;
      const typingMs = performance.now() - typingStarted;
      await Promise.all([hoversDone, sampled]);
      const finalVersion = typist.version;
      await waitFor(() => diagnostics.latest?.version === finalVersion, 'diagnostics of the final version', 5 * 60_000);
      await hovers.settle();
      const settledHovers = new HoverProbe(client, uri, typist);
      for (let i = 0; i < SETTLED_HOVERS; i++) {
        settledHovers.send();
        await settledHovers.settle();
      }
      const end = rssOf(client.pid);
      const afterTyping = await stats(client);
      const finalDiagnostics = diagnostics.latest!.items;
      await client.close(uri);
      // The disk contents replace the closed buffer asynchronously (a file read): wait until the index is back.
      const settled = (s: InternalStatsResult): boolean => s.openDocuments === 0 && s.documents === beforeTyping.documents && s.textChars === beforeTyping.textChars;
      const afterClose = await statsWhen(client, settled);
      await client.open(uri, typist.text);
      await client.close(uri);
      const afterReopen = await statsWhen(client, settled);
      const memory: MemoryFigures = {
        rssStart: start.rss,
        rssEnd: end.rss,
        rssPeakTyping: Math.max(...samples.map((s) => s.value), end.rss),
        rssHighWater: end.hwm,
        rssGrowthPerMinute: slopePerMinute(samples),
        heapStart: beforeTyping.memory.heapUsed / MB,
        heapEnd: afterTyping.memory.heapUsed / MB,
      };
      const freshDiagnostics = options.verify === false ? undefined : await diagnosticsOfFreshServer(folder, uri, typist.text, options);
      return {
        articles: options.articles,
        documentSize: text.length,
        indexMs,
        keystrokes,
        typingMs,
        hovers: hovers.summary(),
        settledHovers: settledHovers.summary(),
        freshness: diagnostics.summary(),
        diagnosticsFailures: diagnostics.failures,
        memory,
        stats: { beforeTyping, afterTyping, afterClose, afterReopen },
        finalVersion,
        finalText: typist.text,
        finalDiagnostics,
        freshDiagnostics,
        errors: client.errors,
      };
    } finally {
      await client.dispose();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The diagnostics a server started afresh on the same workspace gives the final text. */
async function diagnosticsOfFreshServer(folder: string, uri: string, text: string, options: TypingLoadOptions): Promise<readonly Diagnostic[]> {
  const { client } = await started(folder, options);
  try {
    const tracker = new DiagnosticsTracker(client, uri, options.diagnostics ?? 'pull');
    await client.open(uri, text);
    tracker.sent(1);
    return (await waitFor(() => tracker.latest, 'diagnostics from a fresh server', 5 * 60_000)).items;
  } finally {
    await client.dispose();
  }
}
