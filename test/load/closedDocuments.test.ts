/**
 * Closed documents release what they held (issue 7, "Load"), checked through the protocol with the internal
 * stats request: after many distinct untitled documents were opened, edited, hovered, diagnosed and closed, the
 * index holds none of them (documents, analyses, text, known names, settings), and the paragraph cache stayed
 * within its bound. A closed workspace file keeps only its disk contents.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DocumentDiagnosticRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { ParagraphCache } from '../../server/src/analysis/index';
import { InternalStatsRequest, type InternalStatsResult } from '../../server/src/protocol';
import { generateText } from '../bench/corpus';
import { LspTestClient } from '../support/lspClient';
import { waitFor } from '../support/wait';

const CACHE_CAPACITY = 200;
const DOCUMENTS = 60;
const OPEN_AT_ONCE = 4;
const DISK_TEXT = 'Ilse Marrow, chief executive of Brenholt Freight, said the depot would close.\n';

describe('closed documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-closed-'));
  const fileUri = pathToFileURL(join(dir, 'notes.md')).href;
  let client: LspTestClient;
  let baseline: InternalStatsResult;
  const stats = (): Promise<InternalStatsResult> => client.connection.sendRequest(InternalStatsRequest, {});

  before(async () => {
    writeFileSync(join(dir, 'notes.md'), DISK_TEXT);
    client = LspTestClient.inProcess({ cache: new ParagraphCache(CACHE_CAPACITY), workers: false });
    await client.initialize({ folders: [dir] });
    await waitFor(() => client.progress.some((v) => (v as { kind?: string }).kind === 'end'), 'the first index');
    baseline = await stats();
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('forgets untitled documents once closed, and keeps its caches within their bounds', async () => {
    let whileOpen: InternalStatsResult | undefined;
    for (let i = 0; i < DOCUMENTS; i += OPEN_AT_ONCE) {
      const uris = Array.from({ length: OPEN_AT_ONCE }, (_, j) => `untitled:Untitled-${i + j}`);
      for (const [j, uri] of uris.entries()) {
        // Distinct texts with distinct casts: every document brings paragraphs and names of its own.
        await client.open(uri, generateText({ size: 1500, seed: 1000 + i + j, castSize: 4 }));
        for (let k = 0; k < 3; k++) {
          await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `Edit ${k} by Quillon Ashgrove. ` }]);
        }
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 12 } });
        await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      }
      whileOpen ??= await stats();
      for (const uri of uris) {
        await client.close(uri);
      }
    }
    assert.ok(whileOpen, 'stats read while documents were open');
    assert.equal(whileOpen.openDocuments, OPEN_AT_ONCE, 'open documents are counted (the check below is not vacuous)');
    assert.ok(whileOpen.knownNames > baseline.knownNames && whileOpen.textChars > baseline.textChars);
    const final = await stats();
    assert.equal(final.documents, baseline.documents, 'no closed untitled document is left in the index');
    assert.equal(final.openDocuments, 0);
    assert.equal(final.syncedDocuments, 0);
    assert.equal(final.analyses, baseline.analyses, 'no analysis of a closed document is left');
    assert.equal(final.textChars, baseline.textChars, 'no text of a closed document is left');
    assert.equal(final.knownNames, baseline.knownNames, 'names only closed documents used are forgotten');
    assert.ok(final.settingsEntries <= baseline.settingsEntries, `settings of closed documents are forgotten (${final.settingsEntries})`);
    assert.ok(final.paragraphCache.paragraphs <= CACHE_CAPACITY && final.paragraphCache.propagated <= CACHE_CAPACITY, 'the paragraph cache stays within its bound');
    assert.equal(final.paragraphCache.paragraphs, CACHE_CAPACITY, 'the bound was reached (the check above is not vacuous)');
    assert.equal(final.paragraphCache.capacity, CACHE_CAPACITY);
  });

  it('keeps only the disk contents of a closed workspace file', async () => {
    await client.open(fileUri, `${DISK_TEXT}Unsaved: Quillon Ashgrove joined Brenholt Freight.\n`);
    await client.change(fileUri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'More unsaved text. ' }]);
    assert.ok((await stats()).textChars > baseline.textChars);
    await client.close(fileUri);
    // The disk contents replace the buffer after a file read: wait for it.
    let final = await stats();
    for (const deadline = Date.now() + 10_000; final.textChars !== baseline.textChars && Date.now() < deadline; ) {
      final = await stats();
    }
    assert.equal(final.documents, baseline.documents);
    assert.equal(final.openDocuments, 0);
    assert.equal(final.textChars, baseline.textChars, 'the unsaved text is gone');
    assert.equal(final.knownNames, baseline.knownNames, 'names only the unsaved text used are forgotten');
  });
});
