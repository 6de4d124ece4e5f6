/**
 * Hover: the card of the entity or figure under the cursor.
 */
import type { Disposable, Hover, Position } from 'vscode-languageserver';
import { offsetOf, spanToRange } from '../lsp/convert';
import { renderEntityCard, renderFigureCard } from '../lsp/hoverCard';
import { resolvedMentionAt } from '../workspace/lookup';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { withDocument, type FeatureContext } from './context';
import { entityCard, figureCard } from './hoverModel';

/** Options of the hover provider. */
export interface HoverOptions {
  /** Add a "Show all mentions" command link (only for clients that run our commands). */
  readonly commandLinks: boolean;
}

/** The hover at a position, or null when no entity is there. */
export function provideHover(snapshot: IndexSnapshot, doc: IndexedDocument, position: Position, options: HoverOptions): Hover | null {
  const found = resolvedMentionAt(snapshot, doc.key, offsetOf(doc.document, position));
  if (!found) {
    return null;
  }
  const value = found.entity.kind === 'figure' ? renderFigureCard(figureCard(snapshot, doc, found)) : renderEntityCard(entityCard(snapshot, doc, found.entity, options.commandLinks));
  return { contents: { kind: 'markdown', value }, range: spanToRange(doc.document, found.mention) };
}

/** Registers `textDocument/hover`. */
export function registerHover(ctx: FeatureContext): Disposable {
  const options: HoverOptions = { commandLinks: ctx.client.commandLinks };
  return ctx.connection.onHover((params, token) =>
    withDocument(ctx.index, params.textDocument.uri, token, null, (snapshot, doc) => provideHover(snapshot, doc, params.position, options)),
  );
}
