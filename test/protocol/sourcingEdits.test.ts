/**
 * Issue 4 and 6 in the editor, over a real JSON-RPC connection: code actions for claims and mentions, a
 * registry correction applied as a WorkspaceEdit that re-types every mention of the name at once, acknowledgements
 * through workspace/applyEdit, suppression comments, inconsistent figures with related information, and settings
 * changes taking effect without a restart.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentDiagnosticRequest,
  HoverRequest,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import * as jsonl from '../../server/src/formats/jsonl';
import { AcknowledgeClaimRequest, AcknowledgementsRequest, CorrectRegistryRequest, DictionaryRequest, EntitiesRequest, ExportAnnotationsRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { positionOf } from '../support/markers';

const A_TEXT = 'Kestrel Orbital was valued at $800 billion in the latest funding round.\n';
const B_TEXT = 'Kestrel Orbital was valued at $750 billion in the latest funding round.\n';
const C_TEXT = '# Notes\n\nRain fell. The firm is reportedly profitable.\n';
const D_TEXT = '# Draft\n\n<!-- entity-lens-disable-next-line hedged-claim -->\nThe firm is reportedly profitable.\n\nThe rival is reportedly in talks.\n';
const E_TEXT = 'The word on the street is that the firm will merge.\n';

/** Polls an async check until it gives a value, with a deadline. */
async function until<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const value = await check();
    if (value) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until the first index is complete. */
async function indexed(client: LspTestClient): Promise<void> {
  await until(async () => (await client.connection.sendRequest(EntitiesRequest, {})).complete, 'the first index', 20_000);
}

/** Polls pulled diagnostics until `check` accepts them. */
async function diagnosticsUntil(client: LspTestClient, uri: string, check: (items: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
  let last: Diagnostic[] = [];
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { items: Diagnostic[] };
    last = report.items;
    if (check(last)) {
      return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}; last diagnostics: ${JSON.stringify(last.map((d) => [d.code, d.message]))}`);
}

async function hoverAt(client: LspTestClient, uri: string, text: string, needle: string): Promise<string> {
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle) });
  return hover ? (hover.contents as { value: string }).value : '';
}

async function codeActions(client: LspTestClient, uri: string, text: string, needle: string, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
  const position = positionOf(text, needle);
  const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics } });
  return (result ?? []) as CodeAction[];
}

/** The new text of the single file a whole-file edit writes. */
function fileText(edit: WorkspaceEdit, uri: string): string {
  const change = edit.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri);
  assert.ok(change, `the edit changes ${uri}: ${JSON.stringify(edit)}`);
  return (change.edits[0] as { newText: string }).newText;
}

describe('sourcing and correction edits over JSON-RPC', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-edits-'));
  const uri = (name: string): string => pathToFileURL(join(dir, name)).href;
  const client = LspTestClient.inProcess();
  const applied: WorkspaceEdit[] = [];

  before(async () => {
    for (const [name, text] of Object.entries({ 'a.md': A_TEXT, 'b.md': B_TEXT, 'c.md': C_TEXT })) {
      writeFileSync(join(dir, name), text);
    }
    client.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      applied.push(params.edit);
      return { applied: true };
    });
    await client.initialize({ folders: [dir], pullDiagnostics: true, workspaceEdit: true });
    await indexed(client);
    await client.open(uri('a.md'), A_TEXT);
    await client.open(uri('b.md'), B_TEXT);
    await client.open(uri('c.md'), C_TEXT);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers quick fixes for a claim and corrections for a mention', async () => {
    const diagnostics = await diagnosticsUntil(client, uri('c.md'), (items) => items.some((d) => d.code === 'hedged-claim'), 'the hedged claim');
    const onClaim = await codeActions(client, uri('c.md'), C_TEXT, 'reportedly', diagnostics);
    assert.deepEqual(onClaim.map((a) => a.title), ['Insert attribution ("according to …")', 'Acknowledge with a reason…', 'Suppress hedged-claim on this line with a comment']);
    assert.equal(onClaim[0].diagnostics?.[0]?.code, 'hedged-claim');
    const onMention = await codeActions(client, uri('a.md'), A_TEXT, 'Kestrel');
    assert.ok(onMention.some((a) => a.title === 'Mark "Kestrel Orbital" as organization'), JSON.stringify(onMention.map((a) => a.title)));
  });

  it('marks a name as organization in a new entities.json; once applied, every mention of it is an organization', async () => {
    const onMention = await codeActions(client, uri('a.md'), A_TEXT, 'Kestrel');
    const edit = onMention.find((a) => a.title === 'Mark "Kestrel Orbital" as organization')!.edit!;
    const registryUri = uri('entities.json');
    assert.deepEqual(edit.documentChanges?.[0], { kind: 'create', uri: registryUri, options: { ignoreIfExists: true } } satisfies CreateFile);
    const registryText = fileText(edit, registryUri);
    // The editor applies the edit and syncs the registry buffer (didOpen), before any save.
    await client.open(registryUri, registryText, 'json');
    const kestrel = await until(async () => {
      const { entities } = await client.connection.sendRequest(EntitiesRequest, {});
      return entities.find((e) => e.name === 'Kestrel Orbital' && e.kind === 'organization');
    }, 'Kestrel Orbital as an organization');
    assert.equal(kestrel.mentionCount, 2);
    for (const [name, text] of [['a.md', A_TEXT], ['b.md', B_TEXT]] as const) {
      assert.match(await hoverAt(client, uri(name), text, 'Kestrel'), /^\*\*Kestrel Orbital\*\* · _organization_/);
    }
  });

  it('reports the now comparable figures as inconsistent, with the other place as related information', async () => {
    const items = await diagnosticsUntil(client, uri('a.md'), (d) => d.some((x) => x.code === 'inconsistent-figure'), 'an inconsistent figure');
    const finding = items.find((d) => d.code === 'inconsistent-figure')!;
    assert.equal(finding.severity, DiagnosticSeverity.Warning);
    assert.match(String(finding.message), /\$800 billion here but \$750 billion in b\.md/);
    assert.equal(finding.relatedInformation?.[0]?.location.uri, uri('b.md'));
    assert.deepEqual(finding.relatedInformation?.[0]?.location.range, { start: { line: 0, character: 30 }, end: { line: 0, character: 42 } });
    const hover = await hoverAt(client, uri('a.md'), A_TEXT, '$800');
    assert.match(hover, /Elsewhere \(Kestrel Orbital's valuation\): \$750 billion in \[b\.md:1\]/);
  });

  it('sets a sector through workspace/applyEdit, editing the registry it wrote', async () => {
    applied.length = 0;
    const result = await client.connection.sendRequest(CorrectRegistryRequest, { uri: uri('a.md'), correction: { type: 'setSector', name: 'Kestrel Orbital', sector: 'satellite internet' } });
    assert.deepEqual(result, { applied: true });
    const registry = JSON.parse(fileText(applied[0]!, uri('entities.json'))) as { entities: unknown[] };
    assert.deepEqual(registry.entities, [{ name: 'Kestrel Orbital', kind: 'organization', sectors: ['satellite internet'] }]);
    const change = applied[0]!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1, 'the open registry buffer is edited at its version');
  });

  it('acknowledges a claim through workspace/applyEdit; then it no longer warns and the hover shows the reason', async () => {
    applied.length = 0;
    const sentence = 'The firm is reportedly profitable.';
    const result = await client.connection.sendRequest(AcknowledgeClaimRequest, { uri: uri('c.md'), code: 'hedged-claim', sentence, reason: 'Source: interview notes, 2 May' });
    assert.deepEqual(result, { applied: true });
    const ackUri = uri('.entity-lens/acknowledgements.json');
    assert.deepEqual(applied[0]!.documentChanges?.[0], { kind: 'create', uri: ackUri, options: { ignoreIfExists: true } });
    const text = fileText(applied[0]!, ackUri);
    const parsed = JSON.parse(text) as { acknowledgements: Array<Record<string, string>> };
    assert.deepEqual({ ...parsed.acknowledgements[0], date: undefined }, { sentence, code: 'hedged-claim', reason: 'Source: interview notes, 2 May', file: 'c.md', date: undefined });
    await client.open(ackUri, text, 'json');
    await diagnosticsUntil(client, uri('c.md'), (items) => !items.some((d) => d.code === 'hedged-claim'), 'the acknowledged claim to go');
    assert.match(await hoverAt(client, uri('c.md'), C_TEXT, 'reportedly'), /Acknowledged \(`hedged-claim`\): Source: interview notes, 2 May/);
    const { acknowledgements } = await client.connection.sendRequest(AcknowledgementsRequest, {});
    assert.equal(acknowledgements.length, 1);
    assert.equal(acknowledgements[0]!.locations[0]?.uri, uri('c.md'));
    assert.equal(acknowledgements[0]!.locations[0]?.range.start.line, 2);
  });

  it('honours a suppression comment for the next line only', async () => {
    await client.open(uri('d.md'), D_TEXT);
    const items = await diagnosticsUntil(client, uri('d.md'), (d) => d.length > 0, 'diagnostics of d.md');
    assert.deepEqual(items.map((d) => [d.code, d.range.start.line]), [['hedged-claim', 5]]);
  });

  it('exports annotations and a dictionary of the workspace for the client to write', async () => {
    const brat = await client.connection.sendRequest(ExportAnnotationsRequest, { format: 'brat' });
    const paths = brat.files.map((f) => f.path);
    for (const expected of ['a.md.txt', 'a.md.ann', 'b.md.ann', 'annotation.conf']) {
      assert.ok(paths.includes(expected), `${expected} in ${JSON.stringify(paths)}`);
    }
    assert.ok(paths.every((p) => !p.startsWith('/') && !p.split('/').includes('..')), 'relative paths inside the picked folder');
    const lines = await client.connection.sendRequest(ExportAnnotationsRequest, { format: 'jsonl' });
    assert.deepEqual(lines.files.map((f) => f.path), ['entities.jsonl']);
    const records = jsonl.readAll(lines.files[0]!.text);
    assert.equal(records.length, lines.documents);
    assert.ok(records.some((r) => r.text === A_TEXT && r.spans.some((span) => span.label === 'ORG' && A_TEXT.slice(span.start, span.end) === 'Kestrel Orbital')));
    const dictionary = await client.connection.sendRequest(DictionaryRequest, { format: 'ltex', lang: 'en-GB' });
    const words = (JSON.parse(dictionary.text) as { 'ltex.dictionary': Record<string, string[]> })['ltex.dictionary']['en-GB']!;
    assert.ok(words.includes('Kestrel'), JSON.stringify(words));
    assert.equal(words.length, dictionary.words);
  });

  it('applies settings changes without a restart: severities and own cues', async () => {
    await client.open(uri('e.md'), E_TEXT);
    await diagnosticsUntil(client, uri('e.md'), (d) => d.length === 0, 'no finding without the cue');
    await client.changeSettings({ diagnostics: { severity: { hedgedClaim: 'error', inconsistentFigure: 'off' } }, claims: { hedgeCues: ['word on the street'] } });
    const items = await diagnosticsUntil(client, uri('e.md'), (d) => d.some((x) => x.code === 'hedged-claim'), 'the own cue');
    assert.equal(items[0]?.severity, DiagnosticSeverity.Error);
    await diagnosticsUntil(client, uri('a.md'), (d) => !d.some((x) => x.code === 'inconsistent-figure'), 'inconsistent-figure off');
    await client.changeSettings({});
    await diagnosticsUntil(client, uri('e.md'), (d) => d.length === 0, 'the cue gone again');
  });
});
