/**
 * Document symbols: the entities of a document grouped by kind (People, Organizations, Figures), each at its
 * first mention.
 */
import { SymbolKind, type Disposable, type DocumentSymbol } from 'vscode-languageserver';
import type { EntityKind } from '../analysis/index';
import { spanToRange, toSymbolKind } from '../lsp/convert';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { withDocument, type FeatureContext } from './context';
import { documentUri } from './params';

const GROUPS: ReadonlyArray<[EntityKind, string]> = [['person', 'People'], ['organization', 'Organizations'], ['figure', 'Figures']];

/** The document's entities as a symbol outline. */
export function provideDocumentSymbols(snapshot: IndexSnapshot, doc: IndexedDocument): DocumentSymbol[] {
  const first = new Map<string, { index: number; count: number }>();
  doc.analysis.mentions.forEach((_, index) => {
    const id = snapshot.workspace.entityIdOf(doc.key, index);
    const seen = id === undefined ? undefined : first.get(id);
    if (id !== undefined) {
      first.set(id, { index: seen?.index ?? index, count: (seen?.count ?? 0) + 1 });
    }
  });
  const groups: DocumentSymbol[] = [];
  for (const [kind, label] of GROUPS) {
    const children: DocumentSymbol[] = [];
    for (const [id, { index, count }] of first) {
      const entity = snapshot.workspace.entity(id);
      if (entity?.kind === kind) {
        const range = spanToRange(doc.document, doc.analysis.mentions[index]);
        children.push({ name: entity.name, detail: `${count} ${count === 1 ? 'mention' : 'mentions'}`, kind: toSymbolKind(kind), range, selectionRange: range });
      }
    }
    if (children.length > 0) {
      // A group must contain its children's ranges; children are in document order.
      const range = { start: children[0].range.start, end: children[children.length - 1].range.end };
      groups.push({ name: label, detail: String(children.length), kind: SymbolKind.Namespace, range, selectionRange: range, children });
    }
  }
  return groups;
}

/** Registers `textDocument/documentSymbol`. */
export function registerDocumentSymbol(ctx: FeatureContext): Disposable {
  return ctx.connection.onDocumentSymbol((params, token) =>
    withDocument(ctx.index, documentUri(params), token, [], (snapshot, doc) => provideDocumentSymbols(snapshot, doc)),
  );
}
