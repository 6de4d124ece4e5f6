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
import { positionParams } from './params';
import { findingAt, sourcingNotes } from './sourcingHover';
import { renderSourcingNotes } from '../lsp/sourcingCard';
import type { AcknowledgementRecord } from '../analysis/index';

/** Options of the hover provider. */
export interface HoverOptions {
  /** Add a "Show all mentions" command link (only for clients that run our commands). */
  readonly commandLinks: boolean;
  /** Acknowledged claims show their reason (issue 4). */
  readonly acknowledgements?: readonly AcknowledgementRecord[];
  /** False in a workspace the user has not trusted: registry links are shown as text. */
  readonly workspaceTrusted?: boolean;
}

/** The hover at a position, or null when no entity is there. */
export function provideHover(snapshot: IndexSnapshot, doc: IndexedDocument, position: Position, options: HoverOptions): Hover | null {
  const offset = offsetOf(doc.document, position);
  const found = resolvedMentionAt(snapshot, doc.key, offset);
  if (!found) {
    return claimHover(snapshot, doc, offset, options);
  }
  const notes = found.entity.kind === 'figure' ? sourcingNotes(snapshot, doc, found.mention, options.acknowledgements ?? []) : undefined;
  const value =
    found.entity.kind === 'figure'
      ? [renderFigureCard(figureCard(snapshot, doc, found)), ...(notes ? [renderSourcingNotes(notes)] : [])].join('\n\n')
      : renderEntityCard({ ...entityCard(snapshot, doc, found.entity, options.commandLinks), inertLinks: options.workspaceTrusted === false });
  return { contents: { kind: 'markdown', value }, range: spanToRange(doc.document, found.mention) };
}

/** The hover on a claim's cue ("reportedly"): why it is flagged, or the reason it was acknowledged with. */
function claimHover(snapshot: IndexSnapshot, doc: IndexedDocument, offset: number | undefined, options: HoverOptions): Hover | null {
  const finding = offset === undefined ? undefined : findingAt(snapshot, doc, offset);
  const notes = finding && sourcingNotes(snapshot, doc, finding, options.acknowledgements ?? []);
  return finding && notes ? { contents: { kind: 'markdown', value: renderSourcingNotes(notes, 'Sourcing') }, range: spanToRange(doc.document, finding) } : null;
}

/** Registers `textDocument/hover`. */
export function registerHover(ctx: FeatureContext): Disposable {
  const options: HoverOptions = { commandLinks: ctx.client.commandLinks };
  return ctx.connection.onHover((params, token) => {
    const { uri, position } = positionParams(params);
    return withDocument(ctx.index, uri, token, null, (snapshot, doc) =>
      provideHover(snapshot, doc, position, { ...options, acknowledgements: ctx.index.acknowledgements, workspaceTrusted: ctx.trust?.trusted ?? true }),
    );
  });
}
