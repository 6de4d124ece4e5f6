/**
 * The "done when" of issue 3, through the protocol on the seed workspace: hovering "Altman" shows his card,
 * definition jumps to the registry entry, references span several files, and the entity index fills.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DefinitionRequest, HoverRequest, ReferencesRequest, type Location } from 'vscode-languageserver-protocol';
import { EntitiesRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { positionOf } from '../support/markers';
import { waitFor } from '../support/wait';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const ARTICLE = join(SEEDS, 'altman-stoke-space.md');

describe('seed workspace', { skip: !existsSync(ARTICLE) && 'no seed article' }, () => {
  const client = LspTestClient.inProcess();
  const uri = pathToFileURL(ARTICLE).href;
  const text = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8') : '';
  const position = positionOf(text, 'Altman explored', 2);

  before(async () => {
    await client.initialize({ folders: [SEEDS] });
    await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index', 60_000);
    await client.open(uri, text);
  });
  after(() => client.dispose());

  it('hovers "Altman" with his card', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.match((hover?.contents as { value: string }).value, /^\*\*Sam Altman\*\* · _person_/);
  });

  it('jumps to the registry entry and lists mentions across files', async () => {
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location;
    assert.match(definition.uri, /entities\.json$/);
    const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } })) ?? [];
    assert.ok(new Set(references.map((r) => r.uri)).size >= 2, `mentions in ${new Set(references.map((r) => r.uri)).size} files`);
  });

  it('fills the entity index', async () => {
    const { entities, complete } = await client.connection.sendRequest(EntitiesRequest, {});
    assert.equal(complete, true);
    for (const kind of ['person', 'organization']) {
      assert.ok(entities.some((e) => e.kind === kind), kind);
    }
  });
});
