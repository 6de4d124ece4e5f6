/**
 * Registry and acknowledgement edits while another window of the workspace changes the same files: an edit is
 * computed from the file as it is on disk now (not from the index's copy, which predates the other window's
 * save until a watcher event arrives), so applying it keeps both changes; an open buffer is edited at its
 * version, so the editor refuses the edit if the buffer moved on.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ApplyWorkspaceEditRequest, type TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AcknowledgeClaimRequest, CorrectRegistryRequest, EntitiesRequest } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { waitFor } from '../support/wait';

const DOC_TEXT = 'Kestrel Orbital was valued at $800 billion. The firm is reportedly profitable. Heron Labs is reportedly hiring.\n';

type Registry = { entities: Array<{ name: string; kind?: string; sectors?: string[] }> };
type Acknowledgements = { acknowledgements: Array<{ sentence: string; code: string; reason: string }> };

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What the editor does with an edit of a closed file: loads the file as it is on disk, applies the text edits. */
function appliedToDisk(edit: WorkspaceEdit, uri: string, path: string): string {
  const change = edit.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri);
  assert.ok(change, `the edit changes ${uri}: ${JSON.stringify(edit)}`);
  assert.equal(change.textDocument.version, null, 'a closed file has no version to check');
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, readFileSync(path, 'utf8')), change.edits as TextEdit[]);
}

describe('edits of shared files while another window changes them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-sidecar-'));
  const registryPath = join(dir, 'entities.json');
  const ackPath = join(dir, '.entity-lens', 'acknowledgements.json');
  const uri = (path: string): string => pathToFileURL(path).href;
  const client = LspTestClient.inProcess();
  const applied: WorkspaceEdit[] = [];

  before(async () => {
    writeFileSync(join(dir, 'a.md'), DOC_TEXT);
    writeFileSync(registryPath, json({ entities: [{ name: 'Kestrel Orbital', kind: 'organization' }] }));
    mkdirSync(join(dir, '.entity-lens'));
    writeFileSync(ackPath, json({ version: 1, acknowledgements: [{ sentence: 'The firm is reportedly profitable.', code: 'hedged-claim', reason: 'annual report' }] }));
    client.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      applied.push(params.edit);
      return { applied: true };
    });
    await client.initialize({ folders: [dir], workspaceEdit: true });
    await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index');
    assert.ok((await client.connection.sendRequest(EntitiesRequest, {})).complete);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a registry entry another window saved, when this window corrects the registry', async () => {
    // The other window saves; this server has no watcher event for it (yet).
    writeFileSync(registryPath, json({ entities: [{ name: 'Kestrel Orbital', kind: 'organization' }, { name: 'Heron Labs', kind: 'organization' }] }));
    applied.length = 0;
    const result = await client.connection.sendRequest(CorrectRegistryRequest, { uri: uri(join(dir, 'a.md')), correction: { type: 'setSector', name: 'Kestrel Orbital', sector: 'space launch' } });
    assert.deepEqual(result, { applied: true });
    const registry = JSON.parse(appliedToDisk(applied[0]!, uri(registryPath), registryPath)) as Registry;
    assert.deepEqual(
      registry.entities.sort((a, b) => a.name.localeCompare(b.name)),
      [
        { name: 'Heron Labs', kind: 'organization' },
        { name: 'Kestrel Orbital', kind: 'organization', sectors: ['space launch'] },
      ],
    );
  });

  it('keeps an acknowledgement another window saved, when this window acknowledges a claim', async () => {
    const theirs = { sentence: 'Heron Labs is reportedly hiring.', code: 'hedged-claim', reason: 'job board' };
    const existing = JSON.parse(readFileSync(ackPath, 'utf8')) as Acknowledgements;
    writeFileSync(ackPath, json({ version: 1, acknowledgements: [...existing.acknowledgements, theirs] }));
    applied.length = 0;
    const ours = { sentence: 'Kestrel Orbital was valued at $800 billion.', code: 'unsourced-figure', reason: 'filing, p. 4' };
    const result = await client.connection.sendRequest(AcknowledgeClaimRequest, { uri: uri(join(dir, 'a.md')), ...ours });
    assert.deepEqual(result, { applied: true });
    const { acknowledgements } = JSON.parse(appliedToDisk(applied[0]!, uri(ackPath), ackPath)) as Acknowledgements;
    const reasons = acknowledgements.map((a) => a.reason).sort();
    assert.deepEqual(reasons, ['annual report', 'filing, p. 4', 'job board']);
  });

  it('edits an open registry buffer, with its unsaved change, at its version', async () => {
    const buffer = json({ entities: [{ name: 'Kestrel Orbital', kind: 'organization' }, { name: 'Wren Partners', kind: 'organization' }] });
    await client.open(uri(registryPath), buffer, 'json');
    const version = await client.change(uri(registryPath), [{ text: buffer.replace('Wren Partners', 'Wren Partners LLP') }]);
    // What is on disk does not count while the buffer is open: the editor's buffer is what the edit applies to.
    writeFileSync(registryPath, json({ entities: [] }));
    applied.length = 0;
    const result = await client.connection.sendRequest(CorrectRegistryRequest, { uri: uri(join(dir, 'a.md')), correction: { type: 'setSector', name: 'Kestrel Orbital', sector: 'space launch' } });
    assert.deepEqual(result, { applied: true });
    const change = applied[0]!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: uri(registryPath), version });
    const registry = JSON.parse((change.edits[0] as { newText: string }).newText) as Registry;
    assert.deepEqual(registry.entities.map((e) => e.name), ['Kestrel Orbital', 'Wren Partners LLP']);
  });
});
