/**
 * A pulled diagnostics request that the client cancels while it waits for the workspace snapshot stops waiting:
 * it is answered with a cancellation before the request it was queued behind.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, DocumentDiagnosticRequest, HoverRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

describe('cancellation of a pulled diagnostics request', () => {
  const client = LspTestClient.inProcess();

  before(() => client.initialize({ pullDiagnostics: true }));
  after(() => client.dispose());

  it('answers with a cancellation without waiting for the analysis it was queued behind', async () => {
    // Many distinct paragraphs: a cold analysis that takes a while and yields between slices.
    const text = Array.from({ length: 400 }, (_, i) => `Marisol Quenby${i % 7} met Orla Vantreece in city ${i}. The talks lasted ${i} hours.`).join('\n\n');
    await client.open('file:///virtual/pull-a.md', text);
    await client.open('file:///virtual/pull-b.md', text.replace(/met/g, 'saw'));
    const order: string[] = [];
    const source = new CancellationTokenSource();
    const waiting = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///virtual/pull-a.md' }, position: { line: 0, character: 20 } }).finally(() => order.push('waiting'));
    const cancelled = client.connection
      .sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///virtual/pull-a.md' } }, source.token)
      .then(
        () => 'answered',
        (error: unknown) => (error instanceof ResponseError ? error.code : String(error)),
      )
      .finally(() => order.push('cancelled'));
    source.cancel();
    const [, outcome] = await Promise.all([waiting, cancelled]);
    assert.equal(outcome, LSPErrorCodes.RequestCancelled);
    assert.deepEqual(order, ['cancelled', 'waiting']);
  });

  it('serves the next pull with the document\'s diagnostics', async () => {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///virtual/pull-a.md' } });
    assert.equal((report as { kind: string }).kind, 'full');
  });
});
