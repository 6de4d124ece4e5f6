/**
 * Runaway analysis through the protocol (issue 7): a document that runs out of its time budget is abandoned with
 * one Information diagnostic at its start naming the setting, hovers on another document keep working, and an
 * edit or a setting change tries the document again. The server's clock is fake and moves 10 ms per read, so a
 * budget of 1 s is 100 reads: a short document never needs that many, one of 300 paragraphs always does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, DocumentDiagnosticRequest, HoverRequest, type Diagnostic, type Hover } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const SHORT = 'file:///virtual/short.md';
const LONG = 'file:///virtual/long.md';
const SHORT_TEXT = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';
const LONG_TEXT = Array.from({ length: 300 }, (_, i) => `Tobiah Okonkwo-Reyes of Pemberly Dynamics said on day ${i} that the launch had slipped.`).join('\n\n');
const ABANDONED = /^Entity Lens stopped analyzing this document after 1 s \(setting entityLens\.analysis\.timeBudgetSeconds\)/;

function steppingClock(): () => number {
  let reads = 0;
  return () => 10 * reads++;
}

function hoverValue(hover: Hover | null): string {
  return hover ? (hover.contents as { value: string }).value : '';
}

describe('runaway analysis', () => {
  const client = LspTestClient.inProcess({ clock: steppingClock(), workers: false });
  const send = client.connection;
  const diagnostics = async (uri: string): Promise<Diagnostic[]> => ((await send.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { items: Diagnostic[] }).items;
  const hover = async (uri: string, character: number): Promise<string> => hoverValue(await send.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character } }));
  const abandonedNotices = async (uri: string): Promise<Diagnostic[]> => (await diagnostics(uri)).filter((d) => d.code === 'analysis-abandoned');

  before(async () => {
    await client.initialize({ pullDiagnostics: true, settings: { analysis: { timeBudgetSeconds: 1 } } });
    await client.open(SHORT, SHORT_TEXT);
    // Diagnostics wait for the first index, which starts once the settings (and so the budget) are read.
    await diagnostics(SHORT);
    await client.open(LONG, LONG_TEXT);
  });
  after(() => client.dispose());

  it('abandons the long document with one notice at its start', async () => {
    const items = await diagnostics(LONG);
    assert.equal(items.length, 1, JSON.stringify(items));
    const [notice] = items;
    assert.equal(notice!.code, 'analysis-abandoned');
    assert.equal(notice!.severity, DiagnosticSeverity.Information);
    assert.equal(notice!.source, 'entity-lens');
    assert.match(notice!.message as string, ABANDONED);
    assert.deepEqual(notice!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(await hover(LONG, 2), '', 'nothing recognized in the abandoned document');
  });

  it('keeps serving the other document', async () => {
    assert.match(await hover(SHORT, 2), /Marisol Quenby/);
    assert.deepEqual(await abandonedNotices(SHORT), []);
  });

  it('tries the document again when it is edited', async () => {
    await client.change(LONG, [{ text: SHORT_TEXT }]);
    assert.deepEqual(await abandonedNotices(LONG), []);
    assert.match(await hover(LONG, 2), /Marisol Quenby/);
  });

  it('tries it again when the budget setting changes (0: no limit)', async () => {
    await client.change(LONG, [{ text: LONG_TEXT }]);
    assert.equal((await abandonedNotices(LONG)).length, 1, 'abandoned again');
    await client.changeSettings({ analysis: { timeBudgetSeconds: 0 } });
    assert.deepEqual(await abandonedNotices(LONG), []);
    assert.match(await hover(LONG, 2), /Tobiah Okonkwo-Reyes/);
  });
});
