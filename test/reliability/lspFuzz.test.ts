/**
 * Protocol fuzz (issue 7): random LSP message sequences (lspSequences.ts) against a fresh in-process server,
 * which must end with a server that still answers. The contract for bad input, checked after every sequence:
 * - every request is answered (no hang), with a result or one of the errors a client handles: InvalidParams for
 *   malformed params, MethodNotFound only for methods the server does not offer, RequestCancelled,
 *   ContentModified, RequestFailed (a named thing that does not exist); never InternalError or a stack trace;
 * - a sweep of every document feature over the documents as the sequence left them gets results, no errors;
 * - the server's copy of every open document is the client's text (syncModel.ts computes it independently):
 *   malformed sync notifications are dropped, out-of-range edit ranges clamped;
 * - no handler of ours fails (the server logs "failed with message" when one throws), no promise rejects
 *   unhandled and nothing is thrown uncaught;
 * - afterwards a freshly opened document, and a document the sequence edited once reopened, answer hover and
 *   document symbols correctly.
 * Registry JSON fuzzed through the protocol ends with a clear diagnostic on the registry file (and none for a
 * valid one). Seeds and run counts are fixed for CI; `node test/run.js --long` multiplies the runs. Failing
 * sequences found by the fuzz are kept at the bottom as hand-written regression tests.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import {
  DiagnosticSeverity,
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  LSPErrorCodes,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver-protocol';
import { EntitiesRequest, ExportAnnotationsRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { runs } from './arbitraries';
import { replay, type Outcome } from './lspReplay';
import { featureSweep, KNOWN_SENTENCE, malformedRegistryText, sequence, SUPPORTED_REQUESTS, validRegistryText, type DocUris, type Json, type Step } from './lspSequences';
import { SyncModel } from './syncModel';

/**
 * Fixed seeds, so that CI replays the same sequences; fast-check prints seed and path of any failure.
 * ENTITY_LENS_FUZZ_SEED explores other sequences (for a deep run with `--long`).
 */
const SEED_OVERRIDE = Number(process.env['ENTITY_LENS_FUZZ_SEED']);
const SEQUENCE_SEED = Number.isInteger(SEED_OVERRIDE) ? SEED_OVERRIDE : 7_2024;
const REGISTRY_SEED = Number.isInteger(SEED_OVERRIDE) ? SEED_OVERRIDE : 7_2025;

/** Errors a client handles for bad input (MethodNotFound is checked separately: only for methods not offered). */
const HANDLED_ERRORS = new Set<number>([ErrorCodes.InvalidParams, LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, LSPErrorCodes.RequestFailed]);

/** What the library logs (or answers) when a handler throws: a crash of ours, never an answer to bad input. */
const HANDLER_CRASH = /failed with message|failed unexpectedly/;

/** Handlers the library registers itself; one that throws on malformed params logs it and carries on. */
const LIBRARY_HANDLER = /handler '\$\/setTrace'/;

/** Lines of the server's log saying that a handler of ours threw. */
function handlerCrashes(log: readonly string[]): string[] {
  return log.filter((line) => HANDLER_CRASH.test(line) && !LIBRARY_HANDLER.test(line));
}

/** A fuzz workspace: where its documents are, and the export file each prose document's text is in. */
interface Folder {
  readonly dir: string;
  readonly uris: DocUris;
  readonly exported: ReadonlyMap<string, string>;
}

/** A workspace folder on disk: an article and a registry, so that closing reverts to disk and edits have a registry to go to. */
function makeFolder(): Folder {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-fuzz-'));
  writeFileSync(join(dir, 'article.md'), `# Notes\n\n${KNOWN_SENTENCE}`);
  writeFileSync(join(dir, 'entities.json'), JSON.stringify({ entities: [{ name: 'Kestrel Orbital', kind: 'organization', sectors: ['satellite internet'] }] }));
  mkdirSync(join(dir, 'sub'));
  const uri = (...parts: string[]): string => pathToFileURL(join(dir, ...parts)).href;
  const uris: DocUris = {
    article: uri('article.md'),
    notes: uri('notes.txt'),
    registry: uri('entities.json'),
    extraRegistry: uri('sub', 'team.entities.json'),
    acknowledgements: uri('.entity-lens', 'acknowledgements.json'),
    untitled: 'untitled:Untitled-1',
    outside: 'file:///nowhere/outside.md',
  };
  // Export names a document by its path in the folder (or its URI or path outside it) plus `.txt`.
  const exported = new Map([
    [uris.article, 'article.md.txt'],
    [uris.notes, 'notes.txt'],
    [uris.untitled, 'untitled:Untitled-1.txt'],
    [uris.outside, 'nowhere/outside.md.txt'],
  ]);
  return { dir, uris, exported };
}

/** The server's copy of every open prose document is the text the client has (as the sync model computes it). */
async function assertSameTexts(client: LspTestClient, folder: Folder, model: SyncModel): Promise<void> {
  const { files } = await client.connection.sendRequest(ExportAnnotationsRequest, { format: 'brat' });
  const held = new Map(files.map((f) => [f.path, f.text]));
  for (const [uri, name] of folder.exported) {
    const expected = model.texts.get(uri);
    if (expected !== undefined) {
      assert.equal(held.get(name), expected, `the server's text of ${uri}`);
    }
  }
}

/** Collects unhandled rejections and uncaught exceptions while installed (the server runs in this process). */
class ProcessFaults {
  readonly faults: string[] = [];
  readonly #record = (error: unknown): void => void this.faults.push(error instanceof Error ? (error.stack ?? error.message) : String(error));

  install(): void {
    process.on('unhandledRejection', this.#record);
    process.on('uncaughtException', this.#record);
  }

  uninstall(): void {
    process.off('unhandledRejection', this.#record);
    process.off('uncaughtException', this.#record);
  }
}

/** A fresh server on the folder, with a client that applies nothing but says it did (edit requests wait for it). */
async function startServer(folder: string, pull: boolean): Promise<LspTestClient> {
  const client = LspTestClient.inProcess();
  client.connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
  await client.initialize({ folders: [folder], pullDiagnostics: pull, workspaceEdit: true });
  return client;
}

/** Waits until the first index of the folder is complete. */
async function indexed(client: LspTestClient): Promise<void> {
  while (!(await client.connection.sendRequest(EntitiesRequest, {})).complete) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function hoverText(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as { value: string }).value;
}

/** The contract for one request's outcome; returns what is wrong, or undefined. */
function violation(outcome: Outcome, supported: ReadonlySet<string>): string | undefined {
  const where = `step ${outcome.step} (${outcome.method})`;
  if (outcome.hung) {
    return `${where}: no answer`;
  }
  const error = outcome.error;
  if (!error) {
    return undefined;
  }
  if (HANDLER_CRASH.test(error.message) || /\n\s+at /.test(error.message)) {
    return `${where}: a crash was answered: ${error.code} ${error.message}`;
  }
  if (error.code === ErrorCodes.MethodNotFound) {
    return supported.has(outcome.method) ? `${where}: MethodNotFound for a method the server offers` : undefined;
  }
  return HANDLED_ERRORS.has(error.code) ? undefined : `${where}: unexpected error ${error.code} ${error.message}`;
}

/** The server still answers: a new document and a reopened one give the person's hover and symbol. */
async function assertStillAnswers(client: LspTestClient, uris: DocUris): Promise<void> {
  for (const uri of ['untitled:health-check', uris.article]) {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1_000, text: KNOWN_SENTENCE } });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match(hoverText(hover), /Marisol Quenby/, `hover in ${uri}`);
    const symbols = ((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
    const people = symbols.find((s) => s.name === 'People')?.children?.map((c) => c.name) ?? [];
    assert.deepEqual(people, ['Marisol Quenby'], `people of ${uri}`);
  }
}

/** Plays a sequence on a fresh server and checks the whole contract. */
async function playAndCheck(folder: Folder, steps: readonly Step[], pull = true): Promise<void> {
  const faults = new ProcessFaults();
  faults.install();
  const client = await startServer(folder.dir, pull);
  try {
    const supported = new Set<string>(SUPPORTED_REQUESTS.filter((m) => pull || m !== 'textDocument/diagnostic'));
    const { outcomes, notifications } = await replay(client, [...steps, ...featureSweep()], folder.uris);
    const problems = outcomes.flatMap((o) => violation(o, supported) ?? []);
    assert.deepEqual(problems, [], 'every request is answered without a crash');
    // The sweep's requests are well-formed and come after every edit: each gets a result, not an error.
    const sweepErrors = outcomes.filter((o) => o.step >= steps.length && o.error).map((o) => `${o.method}: ${o.error!.code} ${o.error!.message}`);
    assert.deepEqual(sweepErrors, [], 'the feature sweep after the sequence');
    const model = new SyncModel();
    notifications.forEach(({ method, params }) => model.apply(method, params));
    await assertSameTexts(client, folder, model);
    await assertStillAnswers(client, folder.uris);
    assert.deepEqual(handlerCrashes(client.log), [], 'no handler of ours failed');
    assert.deepEqual(faults.faults, [], 'no unhandled rejection or uncaught exception');
  } finally {
    await client.dispose();
    // What the server still does after the client left (the first index, log lines) must not fail either.
    await client.serverIdle();
    faults.uninstall();
  }
}

describe('LSP fuzz: random message sequences end with a server that still answers', () => {
  const folder = makeFolder();
  after(() => rmSync(folder.dir, { recursive: true, force: true }));

  it('survives random sequences of sync, requests, cancellations and malformed params', async () => {
    await fc.assert(
      fc.asyncProperty(sequence(25), fc.boolean(), (steps, pull) => playAndCheck(folder, steps, pull)),
      { numRuns: runs(80), seed: SEQUENCE_SEED, includeErrorInReport: true },
    );
  });
});

describe('LSP fuzz: random registry JSON through the protocol', () => {
  const folder = makeFolder();
  let client: LspTestClient;
  let n = 0;
  before(async () => {
    client = await startServer(folder.dir, true);
    await indexed(client);
  });
  after(async () => {
    await client.dispose();
    rmSync(folder.dir, { recursive: true, force: true });
  });

  it('a malformed registry opened in the editor gets an error diagnostic inside the file, a valid one none', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(malformedRegistryText.map((text) => ({ text, valid: false })), validRegistryText.map((text) => ({ text, valid: true }))), async ({ text, valid }) => {
        // A registry file of its own per run: pushed diagnostics are kept per URI.
        const uri = pathToFileURL(join(folder.dir, 'sub', `run${++n}.entities.json`)).href;
        await client.open(uri, text, 'json');
        const pushed = await client.waitForPushed(uri, () => true);
        if (valid) {
          assert.deepEqual(pushed.diagnostics, []);
        } else {
          assert.ok(pushed.diagnostics.length >= 1, `no diagnostic for ${JSON.stringify(text)}`);
          const lines = text.split(/\r\n|\r|\n/);
          for (const d of pushed.diagnostics) {
            assert.equal(d.severity, DiagnosticSeverity.Error);
            assert.equal(d.source, 'entity-lens');
            assert.equal(d.code, 'registry');
            const message = String(d.message);
            assert.ok(message.trim().length > 0 && !HANDLER_CRASH.test(message), message);
            for (const p of [d.range.start, d.range.end]) {
              assert.ok(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length, `range ${JSON.stringify(d.range)} outside the file`);
            }
          }
        }
        await client.close(uri);
        const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: folder.uris.article }, position: { line: 2, character: 2 } });
        assert.match(hoverText(hover), /Marisol Quenby/);
      }),
      { numRuns: runs(100), seed: REGISTRY_SEED, includeErrorInReport: true },
    );
    assert.deepEqual(handlerCrashes(client.log), []);
  });
});

describe('LSP fuzz: regressions found by the fuzz', () => {
  const folder = makeFolder();
  after(() => rmSync(folder.dir, { recursive: true, force: true }));

  it('a hover whose textDocument and position are null gets InvalidParams (was an internal error)', async () => {
    const steps: Step[] = [{ kind: 'request', method: 'textDocument/hover', params: { textDocument: null, position: null }, cancel: 'none' }];
    await playAndCheck(folder, steps);
    await withServer(folder, async (client) => {
      const { outcomes } = await replay(client, steps, folder.uris);
      assert.equal(outcomes[0]?.error?.code, ErrorCodes.InvalidParams);
      assert.match(outcomes[0]!.error!.message, /textDocument must be an object/);
    });
  });

  it('a watcher notification without changes is ignored (its handler threw)', async () => {
    await playAndCheck(folder, [{ kind: 'notify', method: 'workspace/didChangeWatchedFiles', params: {} }]);
  });

  it('a configuration change with null params is ignored (its handler threw; found with --long, seed 72024)', async () => {
    await playAndCheck(folder, [{ kind: 'notify', method: 'workspace/didChangeConfiguration', params: null }]);
  });

  it('a didChange whose contentChanges is null is dropped with a warning, and the next change applies', async () => {
    const steps: Step[] = [
      { kind: 'open', doc: 'notes', languageId: 'plaintext', text: 'x' },
      { kind: 'change', doc: 'notes', changes: null },
      { kind: 'change', doc: 'notes', changes: [{ text: KNOWN_SENTENCE }] },
    ];
    await playAndCheck(folder, steps);
    await withServer(folder, async (client) => {
      await replay(client, steps, folder.uris);
      assert.equal(await exportedText(client, 'notes.txt'), KNOWN_SENTENCE);
      assert.ok(client.log.some((line) => line.startsWith('Ignored textDocument/didChange: contentChanges is not a list')), client.log.join('\n'));
    });
  });

  it('an edit range past the last line is clamped (the library left holes in its line table, and a later edit duplicated text)', async () => {
    // The fuzz's text model found it (open "", replace lines 1..2 with "\r\n", insert at line 1); made readable here.
    const steps: Step[] = [
      { kind: 'open', doc: 'untitled', languageId: 'markdown', text: 'ab\ncd' },
      { kind: 'change', doc: 'untitled', changes: [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '\n' }] },
      { kind: 'change', doc: 'untitled', changes: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: KNOWN_SENTENCE }] },
    ];
    await playAndCheck(folder, steps);
    await withServer(folder, async (client) => {
      await replay(client, steps, folder.uris);
      assert.equal(await exportedText(client, 'untitled:Untitled-1.txt'), `ab\ncd\n${KNOWN_SENTENCE}`);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: folder.uris.untitled }, position: { line: 2, character: 2 } });
      assert.deepEqual(hover?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 14 } });
    });
  });

  it('an edit that joins a \\r and a \\n into one line break keeps the line table right (found with --long, seed 6)', async () => {
    const range = (line: number, from: number, to: number): Json => ({ start: { line, character: from }, end: { line, character: to } });
    // [text opened, first edit that joins, second edit that reads the line table, text the client then has]
    const cases: Array<[string, Json, Json, string]> = [
      ['{\n  x', { range: range(0, 0, 1), text: '\r' }, { range: range(1, 0, 1), text: '' }, '\r\n x'],
      ['a\rb', { range: range(1, 0, 0), text: '\n' }, { range: range(1, 0, 1), text: '' }, 'a\r\n'],
      ['a\rXY\nb', { range: range(1, 0, 2), text: '' }, { range: range(1, 0, 1), text: '' }, 'a\r\n'],
    ];
    for (const [text, join, next, expected] of cases) {
      const steps: Step[] = [
        { kind: 'open', doc: 'notes', languageId: 'plaintext', text },
        { kind: 'change', doc: 'notes', changes: [join] },
        { kind: 'change', doc: 'notes', changes: [next] },
      ];
      await playAndCheck(folder, steps);
      await withServer(folder, async (client) => {
        await replay(client, steps, folder.uris);
        assert.equal(await exportedText(client, 'notes.txt'), expected, JSON.stringify(text));
      });
    }
  });

  it('a client that leaves during startup, or right after closing a registry, leaves no unhandled rejection', async () => {
    const faults = new ProcessFaults();
    faults.install();
    try {
      const early = await startServer(folder.dir, true);
      await early.dispose();
      await early.serverIdle();
      const closing = await startServer(folder.dir, true);
      await indexed(closing);
      await closing.open(folder.uris.registry, '{ "entities": [ oops ] }', 'json');
      await closing.close(folder.uris.registry);
      await closing.dispose();
      // The index and the registry reload go on after the client left; wait until they have finished.
      await closing.serverIdle();
    } finally {
      faults.uninstall();
    }
    assert.deepEqual(faults.faults, []);
  });
});

/** Runs `fn` on a fresh server, disposed afterwards. */
async function withServer(folder: Folder, fn: (client: LspTestClient) => Promise<void>): Promise<void> {
  const client = await startServer(folder.dir, true);
  try {
    await fn(client);
  } finally {
    await client.dispose();
  }
}

/** The text the server holds for a document, as the brat export writes it. */
async function exportedText(client: LspTestClient, name: string): Promise<string | undefined> {
  const { files } = await client.connection.sendRequest(ExportAnnotationsRequest, { format: 'brat' });
  return files.find((f) => f.path === name)?.text;
}
