/**
 * A request made while the user types waits for the changes made before it, not for every change made while it
 * waits: a refresh analyzes what was stale when each pass started and does not chase later edits, and a document
 * edited during the last pass is in the snapshot at the version analyzed last, with that version's text, so a
 * feature never pairs an analysis with a text it was not made from.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache } from '../../server/src/analysis/index';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { generateCorpus, generateText } from '../bench/corpus';

const DRAFT = 'file:///ws/draft.md';
/** Edits made at most while one request waits; the old refresh chased edits until they stopped. */
const EDIT_LIMIT = 3000;

describe('snapshots while the user types', () => {
  it('answers a request made mid-typing without waiting for the typing to stop, with a consistent copy of the draft', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    for (const doc of generateCorpus(400 * 1024, 11)) {
      index.setDocument(TextDocument.create(doc.uri, doc.languageId, 1, doc.text), false);
    }
    const draft = TextDocument.create(DRAFT, 'markdown', 1, generateText({ seed: 12, size: 120 * 1024, markdown: true }));
    index.setDocument(draft, true);
    await index.snapshot();

    // Typing: one character per turn of the event loop, into the open document, updated in place as the server does.
    let edits = 0;
    let typing = true;
    const type = (): void => {
      if (!typing || edits >= EDIT_LIMIT) {
        return;
      }
      edits++;
      TextDocument.update(draft, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }], draft.version + 1);
      index.setDocument(draft, true);
      setImmediate(type);
    };
    // A known name in a new file makes every document that mentions its words stale: a long refresh.
    index.setDocument(TextDocument.create('file:///ws/new.md', 'markdown', 1, 'Analysts at Corvane Holdings said it grew.\n'), false);
    const pending = index.snapshot();
    setImmediate(type);
    const snapshot = await pending;
    const editsWhileWaiting = edits;
    typing = false;

    assert.ok(snapshot);
    assert.ok(editsWhileWaiting < EDIT_LIMIT, `the request waited for ${editsWhileWaiting} edits, i.e. until typing stopped`);
    const held = snapshot.get(DRAFT)!;
    assert.ok(held, 'the draft is in the snapshot');
    assert.equal(held.document.version, held.version);
    assert.equal(held.document.getText().length, held.analysis.length, 'the held text is the text analyzed');
    assert.ok(held.version <= draft.version);

    // Once typing stops, the next request gets the draft's latest version.
    const settled = (await index.snapshot())!;
    const latest = settled.get(DRAFT)!;
    assert.equal(latest.version, draft.version);
    assert.equal(latest.analysis.length, draft.getText().length);
    assert.deepEqual(latest.analysis, index.analysisOf(DRAFT)!.analysis);
  });
});
