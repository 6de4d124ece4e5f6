/**
 * The shipped bundle: spawns `node server/dist/server.js --stdio` and does initialize plus one hover, which
 * proves the bundle (compromise included) loads and answers over stdio.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

// Compiled to out/test/protocol/bundle.test.js; the bundle is at the repository root's server/dist.
const BUNDLE = join(__dirname, '..', '..', '..', 'server', 'dist', 'server.js');
const URI = 'file:///virtual/bundle.md';
const TEXT = 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n';

describe('bundled server over stdio', { skip: !existsSync(BUNDLE) && 'run npm run build:server first' }, () => {
  const client = existsSync(BUNDLE) ? LspTestClient.spawn(BUNDLE) : undefined;
  after(() => client?.dispose());

  it('initializes and hovers', async () => {
    const result = await client!.initialize({ pullDiagnostics: false });
    assert.equal(result.serverInfo?.name, 'entity-lens');
    await client!.open(URI, TEXT);
    const hover = await client!.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 47 } });
    assert.match((hover?.contents as { value: string }).value, /^\*\*Sam Altman\*\* · _person_/);
  });
});
