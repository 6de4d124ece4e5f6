/**
 * The server over a real JSON-RPC connection (in process, stream pair): initialize, scanning a workspace folder,
 * sync, every feature, pulled and pushed diagnostics, registry problems, cancellation.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  DefinitionRequest,
  DocumentDiagnosticRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  TextDocumentSyncKind,
  WorkspaceSymbolRequest,
  type Diagnostic,
  type Hover,
  type Location,
} from 'vscode-languageserver-protocol';
import { EntitiesRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { positionOf } from '../support/markers';

const A_TEXT = 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n';
const B_TEXT = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';
const OPEN_TEXT = '# Notes\n\nAltman met Quenby in Denver.\n';
const REGISTRY = JSON.stringify({ entities: [{ name: 'Kestrel Orbital', kind: 'organization', description: 'A launch company.' }] }, null, 2);

function hoverValue(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as { value: string }).value;
}

/** A workspace folder on disk with two articles and a registry. */
function makeWorkspace(extra: Record<string, string> = {}): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-ws-'));
  const files: Record<string, string> = { 'a.md': A_TEXT, 'b.txt': B_TEXT, 'entities.json': REGISTRY, ...extra };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
  }
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href };
}

/** Waits until the first index is complete. */
async function indexed(client: LspTestClient): Promise<void> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const result = await client.connection.sendRequest(EntitiesRequest, {});
    if (result.complete) {
      return;
    }
  }
  throw new Error('index did not complete');
}

describe('language server over JSON-RPC', () => {
  const ws = makeWorkspace({ 'bad.entities.json': '{ "entities": [ oops ] }' });
  const client = LspTestClient.inProcess();
  const OPEN = ws.uri('notes.md');

  before(async () => {
    const result = await client.initialize({ folders: [ws.dir], pullDiagnostics: true, initializationOptions: { commandLinks: true } });
    assert.equal((result.capabilities.textDocumentSync as { change: number }).change, TextDocumentSyncKind.Incremental);
    assert.ok(result.capabilities.diagnosticProvider, 'pull diagnostics announced');
    await indexed(client);
    await client.open(OPEN, OPEN_TEXT);
  });
  after(async () => {
    await client.dispose();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('shows work-done progress while indexing', () => {
    const kinds = client.progress.map((v) => (v as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
  });

  it('hovers an unopened-file entity from an open document', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: OPEN }, position: positionOf(OPEN_TEXT, 'Altman', 2) });
    const value = hoverValue(hover);
    assert.match(value, /^\*\*Sam Altman\*\* · _person_/);
    assert.match(value, /Mentions: 1 in this file, 3 in the workspace \(2 files\)/);
    assert.match(value, /command:entityLens\.showMentions/);
  });

  it('goes to the definition in another file, and to the registry', async () => {
    const toAltman = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: OPEN }, position: positionOf(OPEN_TEXT, 'Altman') })) as Location;
    assert.equal(toAltman.uri, ws.uri('a.md'));
    assert.deepEqual(toAltman.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
    const toRegistry = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: ws.uri('b.txt') }, position: positionOf(B_TEXT, 'Kestrel') })) as Location;
    assert.equal(toRegistry.uri, ws.uri('entities.json'));
  });

  it('counts references with and without the declaration', async () => {
    const params = { textDocument: { uri: OPEN }, position: positionOf(OPEN_TEXT, 'Altman') };
    const all = await client.connection.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: true } });
    const some = await client.connection.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: false } });
    assert.equal(all?.length, 3);
    assert.equal(some?.length, 2);
  });

  it('searches workspace symbols by alias', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Quenby' });
    assert.equal(symbols?.[0]?.name, 'Marisol Quenby');
  });

  it('decodes semantic tokens', async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: OPEN } });
    const data = tokens?.data ?? [];
    const lines = OPEN_TEXT.split('\n');
    const decoded: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      decoded.push(`${lines[line].slice(char, char + data[i + 2])}:${data[i + 3]}`);
    }
    // Person tokens are type 0 ("class"); other tokens may appear as the engine improves.
    assert.deepEqual(decoded.filter((t) => t.endsWith(':0')), ['Altman:0', 'Quenby:0']);
  });

  it('follows an incremental change', async () => {
    const insert = 'Marisol Quenby returned. ';
    await client.change(OPEN, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: insert }]);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: OPEN }, position: { line: 2, character: insert.length + 2 } });
    assert.match(hoverValue(hover), /^\*\*Sam Altman\*\*/);
    const quenby = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: OPEN }, position: { line: 2, character: 2 } });
    assert.match(hoverValue(quenby), /Mentions: 2 in this file/);
  });

  it('answers pulled diagnostics', async () => {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: OPEN } });
    assert.equal(report.kind, 'full');
    const items = (report as { items: Array<{ source?: string }> }).items;
    assert.ok(items.every((d) => d.source === 'entity-lens'));
  });

  it('publishes registry problems in the registry file', async () => {
    const pushed = await client.waitForPushed(ws.uri('bad.entities.json'), (p) => p.diagnostics.length > 0);
    assert.match(String(pushed.diagnostics[0].message), /not valid JSON/);
  });

  it('lists entities for the tree view and the status bar', async () => {
    const all = await client.connection.sendRequest(EntitiesRequest, {});
    assert.ok(all.entities.some((e) => e.name === 'Kestrel Orbital' && e.kind === 'organization'));
    const inFile = await client.connection.sendRequest(EntitiesRequest, { uri: OPEN });
    const names = inFile.entities.map((e) => e.name);
    assert.ok(names.includes('Marisol Quenby') && names.includes('Sam Altman'), names.join(', '));
    const one = await client.connection.sendRequest(EntitiesRequest, { id: 'person:sam-altman', includeMentions: true });
    assert.equal(one.entities[0]?.mentions?.length, 3);
    assert.match(one.entities[0]!.mentions![0].preview, /Sam Altman/);
  });

  it('answers a cancelled request with nothing or a cancellation error, and keeps serving', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: OPEN }, position: { line: 2, character: 2 } }, source.token);
    source.cancel();
    const outcome = await pending.then(
      (value) => ({ value }),
      (error: { code?: number }) => ({ code: error.code }),
    );
    assert.ok(!('code' in outcome) || outcome.code === -32800, `unexpected ${JSON.stringify(outcome)}`);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: OPEN }, position: { line: 2, character: 2 } });
    assert.match(hoverValue(hover), /Quenby/);
  });
});

const CLAIMS_TEXT = 'Sam Altman is the chief executive of OpenAI. The lab is reportedly worth $80 billion, analysts believe.\n';

/** Codes and severities of diagnostics, sorted by code. */
function codes(diagnostics: ReadonlyArray<{ code?: number | string; severity?: number }>): string[] {
  return diagnostics.map((d) => `${d.code}:${d.severity}`).sort();
}

describe('pulled diagnostics and settings', () => {
  const client = LspTestClient.inProcess();
  const URI = 'file:///virtual/pull.md';

  before(async () => {
    await client.initialize({ pullDiagnostics: true, settings: { diagnostics: { severity: { hedgedClaim: 'error', vagueAttribution: 'off' } } } });
    await client.open(URI, CLAIMS_TEXT);
  });
  after(() => client.dispose());

  it('reports claims with the severities the settings ask for', async () => {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(codes((report as { items: Diagnostic[] }).items), ['hedged-claim:1', 'unsourced-figure:3']);
  });

  it('re-reads settings after didChangeConfiguration', async () => {
    await client.changeSettings({});
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(codes((report as { items: Diagnostic[] }).items), ['hedged-claim:2', 'unsourced-figure:3', 'vague-attribution:2']);
  });
});

describe('cancellation of a request waiting for analysis', () => {
  const client = LspTestClient.inProcess();

  before(() => client.initialize({ pullDiagnostics: true }));
  after(() => client.dispose());

  it('answers the cancelled request without waiting for the analysis it was queued behind', async () => {
    // Many distinct paragraphs: a cold analysis that takes a while and yields between documents' slices.
    const text = Array.from({ length: 400 }, (_, i) => `Marisol Quenby${i % 7} met Sam Altman in city ${i}. The talks lasted ${i} hours.`).join('\n\n');
    await client.open('file:///virtual/big-a.md', text);
    await client.open('file:///virtual/big-b.md', text.replace(/met/g, 'saw'));
    const order: string[] = [];
    const position = { line: 0, character: 20 };
    const source = new CancellationTokenSource();
    const waiting = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///virtual/big-a.md' }, position }).finally(() => order.push('waiting'));
    const cancelled = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///virtual/big-a.md' }, position }, source.token).catch(() => null).finally(() => order.push('cancelled'));
    source.cancel();
    await Promise.all([waiting, cancelled]);
    assert.deepEqual(order, ['cancelled', 'waiting']);
  });
});

describe('push diagnostics (clients without textDocument.diagnostic)', () => {
  const client = LspTestClient.inProcess();
  const URI = 'file:///virtual/push.md';
  const TEXT = CLAIMS_TEXT;

  before(async () => {
    const result = await client.initialize({ pullDiagnostics: false });
    assert.equal(result.capabilities.diagnosticProvider, undefined);
  });
  after(() => client.dispose());

  it('pushes diagnostics for the latest version after open and change', async () => {
    await client.open(URI, TEXT);
    await client.waitForPushed(URI, (p) => p.version === 1);
    const version = await client.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update: ' }]);
    const pushed = await client.waitForPushed(URI, (p) => p.version === version);
    assert.ok(pushed.diagnostics.every((d) => d.source === 'entity-lens'));
    assert.deepEqual(codes(pushed.diagnostics), ['hedged-claim:2', 'unsourced-figure:3', 'vague-attribution:2']);
  });

  it('pushes again when the settings change', async () => {
    await client.changeSettings({ diagnostics: { enable: false } });
    await client.waitForPushed(URI, (p) => p.diagnostics.length === 0);
  });

  it('clears diagnostics on close', async () => {
    await client.close(URI);
    await client.waitForPushed(URI, (p) => p.version === undefined && p.diagnostics.length === 0);
  });
});
