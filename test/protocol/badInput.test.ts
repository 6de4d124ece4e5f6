/**
 * Bad input never crashes the server: positions past the end, unknown URIs, closed documents, malformed params
 * and a flood of rapid edits all get empty results or ContentModified, and the server keeps answering.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DefinitionRequest,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  SemanticTokensRequest,
  type Hover,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///virtual/flood.md';
const TEXT = 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n';
const CONTENT_MODIFIED = LSPErrorCodes.ContentModified;

/** Sends a request and returns its result, or the error code it failed with. */
async function outcome<T>(promise: Promise<T>): Promise<{ value?: T; code?: number }> {
  return promise.then(
    (value) => ({ value }),
    (error: { code?: number }) => ({ code: error.code ?? -1 }),
  );
}

function hoverValue(hover: Hover | null | undefined): string {
  return hover ? (hover.contents as { value: string }).value : '';
}

describe('bad input', () => {
  const client = LspTestClient.inProcess();
  const send = client.connection;

  before(async () => {
    await client.initialize({ pullDiagnostics: true });
    await client.open(URI, TEXT);
  });
  after(() => client.dispose());

  it('answers positions past the end with nothing', async () => {
    const position = { line: 999, character: 999 };
    assert.equal(await send.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position }), null);
    assert.equal(await send.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position }), null);
    assert.deepEqual(await send.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await send.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: -5 } }), null);
  });

  it('answers unknown URIs with empty results', async () => {
    const textDocument = { uri: 'file:///nowhere/unknown.md' };
    const position = { line: 0, character: 0 };
    assert.equal(await send.sendRequest(HoverRequest.type, { textDocument, position }), null);
    assert.deepEqual(await send.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
    assert.deepEqual(await send.sendRequest(DocumentHighlightRequest.type, { textDocument, position }), []);
    assert.deepEqual(await send.sendRequest(SemanticTokensRequest.type, { textDocument }), { data: [] });
    assert.deepEqual(await send.sendRequest(DocumentDiagnosticRequest.type, { textDocument }), { kind: 'full', items: [] });
  });

  it('answers requests for a closed document with empty results', async () => {
    const closed = 'untitled:closed-1';
    await client.open(closed, TEXT);
    assert.match(hoverValue(await send.sendRequest(HoverRequest.type, { textDocument: { uri: closed }, position: { line: 0, character: 2 } })), /Sam Altman/);
    await client.close(closed);
    assert.equal(await send.sendRequest(HoverRequest.type, { textDocument: { uri: closed }, position: { line: 0, character: 2 } }), null);
  });

  it('survives malformed params and edits to unknown documents', async () => {
    const bad = await outcome(send.sendRequest('textDocument/hover', { nonsense: true }));
    assert.ok(bad.value === null || bad.code !== undefined);
    await client.change('file:///nowhere/never-opened.md', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.match(hoverValue(await send.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 2 } })), /Sam Altman/);
  });

  it('survives a flood of rapid edits with interleaved requests', async () => {
    const requests: Array<Promise<{ value?: unknown; code?: number }>> = [];
    let text = TEXT;
    for (let i = 0; i < 200; i++) {
      const insert = i % 2 === 0 ? 'x' : 'Altman ';
      void client.change(URI, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: insert }]);
      text = text + insert;
      requests.push(outcome(send.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 2 } })));
      requests.push(outcome(send.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } })));
    }
    for (const result of await Promise.all(requests)) {
      assert.ok(result.code === undefined || result.code === CONTENT_MODIFIED, `unexpected error ${result.code}`);
    }
    const final = await send.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 2 } });
    assert.match(hoverValue(final), /Mentions: \d+ in this file/);
  });
});
