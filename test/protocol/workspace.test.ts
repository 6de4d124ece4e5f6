/**
 * The workspace over the protocol: file-watcher events, closing a document that exists on disk, and a restart
 * that reuses the persisted analysis cache.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol';
import { EntitiesRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { waitFor } from '../support/wait';

const A_TEXT = 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n';
const NEW_TEXT = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';

async function started(folder: string, storagePath?: string): Promise<LspTestClient> {
  const client = LspTestClient.inProcess();
  await client.initialize({ folders: [folder], initializationOptions: storagePath ? { storagePath } : undefined });
  await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index');
  return client;
}

async function symbolNames(client: LspTestClient, query: string): Promise<string[]> {
  return ((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).map((s) => s.name);
}

describe('workspace files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-watch-'));
  const storage = mkdtempSync(join(tmpdir(), 'entity-lens-storage-'));
  const uri = (name: string): string => pathToFileURL(join(dir, name)).href;
  let client: LspTestClient;

  before(async () => {
    writeFileSync(join(dir, 'a.md'), A_TEXT);
    writeFileSync(join(dir, 'skip.json'), '{}');
    client = await started(dir, storage);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });

  it('indexes created files and forgets deleted ones', async () => {
    writeFileSync(join(dir, 'new.md'), NEW_TEXT);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('new.md'), type: FileChangeType.Created }] });
    assert.deepEqual(await waitForSymbols(client, 'Quenby', (names) => names.length > 0), ['Marisol Quenby']);
    unlinkSync(join(dir, 'new.md'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('new.md'), type: FileChangeType.Deleted }] });
    assert.deepEqual(await waitForSymbols(client, 'Quenby', (names) => names.length === 0), []);
  });

  it('reverts a closed document to its disk contents', async () => {
    await client.open(uri('a.md'), 'Unsaved text about Marisol Quenby, chief executive of Kestrel Orbital Inc., here.\n');
    assert.deepEqual(await waitForSymbols(client, 'Quenby', (names) => names.length > 0), ['Marisol Quenby']);
    await client.close(uri('a.md'));
    assert.deepEqual(await waitForSymbols(client, 'Quenby', (names) => names.length === 0), []);
    assert.deepEqual(await symbolNames(client, 'Altman'), ['Sam Altman']);
  });

  it('reuses the persisted cache after a restart', async () => {
    await client.dispose();
    client = await started(dir, storage);
    const line = await waitFor(() => client.log.find((m) => m.startsWith('Indexed')), 'the index log line');
    assert.match(line, /1 analyses reused from the cache/);
    const { entities } = await client.connection.sendRequest(EntitiesRequest, {});
    assert.ok(entities.some((e) => e.name === 'Sam Altman'));
  });
});

/** Asks for workspace symbols until the answer satisfies `done` (watcher events are handled asynchronously). */
async function waitForSymbols(client: LspTestClient, query: string, done: (names: string[]) => boolean): Promise<string[]> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const names = await symbolNames(client, query);
    if (done(names)) {
      return names;
    }
  }
  throw new Error(`workspace symbols for ${query} never settled`);
}
