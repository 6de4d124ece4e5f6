/**
 * Workspace trust over the protocol (issue 7): in a workspace the user has not trusted, the registry's links are
 * shown on hover cards as text, not links; granting trust (`entityLens/workspaceTrust`) makes them links without
 * a restart; clients that say nothing about trust (other editors) get links. The card's own links stay.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { EntitiesRequest, WorkspaceTrustNotification, type InitializationOptions } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { positionOf } from '../support/markers';
import { renderMarkdown, type RenderedMarkdown } from '../support/renderedMarkdown';

const LINK = 'https://example.org/kestrel';
const REGISTRY = JSON.stringify({ entities: [{ name: 'Kestrel Orbital', kind: 'organization', links: [LINK] }] });
const TEXT = 'Kestrel Orbital said the launch slipped.\n';

describe('registry links and workspace trust, over the protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-trust-'));
  writeFileSync(join(dir, 'entities.json'), REGISTRY);
  const uri = pathToFileURL(join(dir, 'a.md')).href;
  const clients: LspTestClient[] = [];

  /** A client initialized with `options`, with the article open. */
  async function start(options: InitializationOptions): Promise<LspTestClient> {
    const client = LspTestClient.inProcess();
    clients.push(client);
    await client.initialize({ folders: [dir], initializationOptions: options });
    for (let tries = 0; !(await client.connection.sendRequest(EntitiesRequest, {})).complete; tries++) {
      assert.ok(tries < 2000, 'index did not complete');
    }
    await client.open(uri, TEXT);
    return client;
  }

  async function card(client: LspTestClient): Promise<RenderedMarkdown> {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(TEXT, 'Kestrel', 1) });
    assert.ok(hover, 'expected a hover');
    return renderMarkdown((hover.contents as { value: string }).value);
  }

  const registryLinks = (rendered: RenderedMarkdown): string[] => rendered.links.filter((l) => /^https?:/.test(l.href)).map((l) => l.href);

  after(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows registry links as text in an untrusted workspace, and as links once trust is granted', async () => {
    const client = await start({ commandLinks: true, workspaceTrusted: false });
    const untrusted = await card(client);
    assert.deepEqual(registryLinks(untrusted), []);
    assert.ok(untrusted.text.includes(`Links: ${LINK}`), untrusted.text);
    assert.ok(untrusted.links.some((l) => l.href.startsWith('command:entityLens.showMentions')), 'the card\'s own command link stays');
    assert.ok(untrusted.links.some((l) => l.href.startsWith('file:')), 'place links stay');

    await client.connection.sendNotification(WorkspaceTrustNotification, { trusted: true });
    const trusted = await card(client);
    assert.deepEqual(registryLinks(trusted), [LINK]);
    assert.deepEqual(trusted.links.find((l) => l.href === LINK)?.text, LINK);
  });

  it('makes registry links links in a trusted workspace and for clients that say nothing about trust', async () => {
    assert.deepEqual(registryLinks(await card(await start({ workspaceTrusted: true }))), [LINK]);
    assert.deepEqual(registryLinks(await card(await start({}))), [LINK]);
  });
});
