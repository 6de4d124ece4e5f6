/**
 * The WorkspaceIndex: per-version analyses, cross-file propagation of known names, open documents winning over
 * disk contents, and the persisted cache's encoding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache } from '../../server/src/analysis/index';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/workspace/analysisCodec';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

const A = 'file:///ws/a.md';
const B = 'file:///ws/b.md';
const A_TEXT = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';
const B_TEXT = 'Engineers said Kestrel Orbital had missed a deadline.\n';

function doc(uri: string, text: string, version = 0): TextDocument {
  return TextDocument.create(uri, 'markdown', version, text);
}

async function namesIn(index: WorkspaceIndex, uri: string): Promise<string[]> {
  const snapshot = await index.snapshot();
  return snapshot?.get(uri)?.analysis.mentions.filter((m) => m.kind !== 'figure').map((m) => m.text) ?? [];
}

describe('WorkspaceIndex', () => {
  it('recognizes a name from one file in every file, and forgets it when that file goes', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    index.setDocument(doc(B, B_TEXT), false);
    const alone = await namesIn(index, B);
    index.setDocument(doc(A, A_TEXT), false);
    assert.ok((await namesIn(index, B)).includes('Kestrel Orbital'), 'propagated from a.md');
    index.removeDocument(A);
    assert.deepEqual(await namesIn(index, B), alone);
  });

  it('re-analyzes only documents that contain a changed name', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    const C = 'file:///ws/c.md';
    index.setDocument(doc(B, B_TEXT), false);
    index.setDocument(doc(C, 'The weather in Denver was mild on Tuesday.\n'), false);
    const before = (await index.snapshot())!;
    index.setDocument(doc(A, A_TEXT), false);
    const after = (await index.snapshot())!;
    assert.notEqual(after.get(B)!.analysis, before.get(B)!.analysis, 'b.md mentions Kestrel Orbital: propagated again');
    assert.equal(after.get(C)!.analysis, before.get(C)!.analysis, 'c.md mentions no changed name: kept');
  });

  it('keeps one analysis per document version', () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    const document = doc(A, A_TEXT, 1);
    index.setDocument(document, true);
    const first = index.analysisOf(A)?.analysis;
    assert.equal(index.analysisOf(A)?.analysis, first, 'same version, same object');
    TextDocument.update(document, [{ text: 'Update: ' , range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], 2);
    assert.notEqual(index.analysisOf(A)?.analysis, first);
    assert.equal(index.analysisOf(A)?.analysis.length, A_TEXT.length + 'Update: '.length);
  });

  it('lets open documents win over disk contents', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    index.setDocument(doc(A, 'Open text about Kestrel Orbital Inc. and more.\n', 3), true);
    index.setDocument(doc(A, A_TEXT), false);
    const snapshot = await index.snapshot();
    assert.match(snapshot!.get(A)!.document.getText(), /^Open text/);
  });

  it('keys documents by a normalized URI', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    index.setDocument(doc('file:///ws/with%20space.md', A_TEXT), false);
    const snapshot = await index.snapshot();
    assert.ok(snapshot?.get('file:///ws/with space.md') ?? snapshot?.get('file:///ws/with%20space.md'));
    assert.equal(index.analysisOf('file:///ws/with%20space.md')?.analysis.length, A_TEXT.length);
  });
});

describe('persisted analysis encoding', () => {
  it('round-trips an analysis', async () => {
    const index = new WorkspaceIndex(new ParagraphCache());
    index.setDocument(doc(A, A_TEXT), false);
    const analysis = (await index.snapshot())!.get(A)!.analysis;
    const encoded = JSON.parse(JSON.stringify(encodeAnalysis(A_TEXT, analysis)));
    // Compared as JSON: the engine may set optional fields to undefined, which JSON drops.
    assert.deepEqual(decodeAnalysis(A_TEXT, encoded), JSON.parse(JSON.stringify(analysis)));
    assert.equal(decodeAnalysis(A_TEXT + 'x', encoded), undefined, 'a different text is rejected');
  });
});
