/**
 * Document highlights: the other mentions, in this document, of the entity under the cursor.
 */
import { DocumentHighlightKind, type Disposable, type DocumentHighlight, type Position } from 'vscode-languageserver';
import { offsetOf, spanToRange } from '../lsp/convert';
import { resolvedMentionAt } from '../workspace/lookup';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { withDocument, type FeatureContext } from './context';
import { positionParams } from './params';

/** Highlights of the entity at a position in its document. */
export function provideDocumentHighlights(snapshot: IndexSnapshot, doc: IndexedDocument, position: Position): DocumentHighlight[] {
  const found = resolvedMentionAt(snapshot, doc.key, offsetOf(doc.document, position));
  if (!found) {
    return [];
  }
  return snapshot.workspace
    .mentionsOf(found.entity.id)
    .filter((ref) => ref.uri === doc.key)
    .map((ref) => ({ range: spanToRange(doc.document, doc.analysis.mentions[ref.index]), kind: DocumentHighlightKind.Text }));
}

/** Registers `textDocument/documentHighlight`. */
export function registerDocumentHighlight(ctx: FeatureContext): Disposable {
  return ctx.connection.onDocumentHighlight((params, token) => {
    const { uri, position } = positionParams(params);
    return withDocument(ctx.index, uri, token, [], (snapshot, doc) => provideDocumentHighlights(snapshot, doc, position));
  });
}
