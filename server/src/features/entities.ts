/**
 * `entityLens/entities`: the index for the client's tree view and status bar, converted by hand into the
 * protocol's DTOs so that analysis types never cross the wire.
 */
import type { Disposable } from 'vscode-languageserver';
import type { MentionRef } from '../analysis/index';
import { spanToLocation } from '../lsp/convert';
import { EntitiesRequest, type EntitiesParams, type EntitiesResult, type EntityMentionDto, type EntitySummaryDto } from '../protocol';
import { uriKey } from '../util/uri';
import { orderedMentions } from '../workspace/lookup';
import type { IndexSnapshot } from '../workspace/snapshot';
import type { FeatureContext } from './context';
import { entitiesParams } from './requestParams';

/** Longest line preview sent for a mention. */
const PREVIEW_CHARS = 120;

/** Answers an entities request from a snapshot. */
export function provideEntities(snapshot: IndexSnapshot, params: EntitiesParams): EntitiesResult {
  const key = params.uri === undefined ? undefined : uriKey(params.uri);
  const inDocument = key === undefined ? undefined : countsInDocument(snapshot, key);
  const ids = params.id !== undefined ? [params.id] : inDocument ? [...inDocument.keys()] : snapshot.workspace.entities.map((e) => e.id);
  const entities: EntitySummaryDto[] = [];
  for (const id of ids) {
    const entity = snapshot.workspace.entity(id);
    const count = inDocument ? (inDocument.get(id) ?? 0) : snapshot.workspace.mentionsOf(id).length;
    if (entity && count > 0) {
      const refs = params.includeMentions ? orderedMentions(snapshot, id).filter((ref) => key === undefined || ref.uri === key) : [];
      const mentions = params.includeMentions ? refs.flatMap((ref) => mentionDto(snapshot, ref)) : undefined;
      entities.push({ id, kind: entity.kind, name: entity.name, aliases: entity.aliases, mentionCount: count, mentions });
    }
  }
  return { entities, complete: snapshot.complete };
}

/** Mention counts per entity id in one document. */
function countsInDocument(snapshot: IndexSnapshot, key: string): Map<string, number> {
  const counts = new Map<string, number>();
  const doc = snapshot.get(key);
  doc?.analysis.mentions.forEach((_, index) => {
    const id = snapshot.workspace.entityIdOf(key, index);
    if (id !== undefined) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  });
  return counts;
}

function mentionDto(snapshot: IndexSnapshot, ref: MentionRef): EntityMentionDto[] {
  const doc = snapshot.get(ref.uri);
  const mention = doc?.analysis.mentions[ref.index];
  if (!doc || !mention) {
    return [];
  }
  const location = spanToLocation(doc.document, mention);
  const line = location.range.start.line;
  const text = doc.document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return [{ location, preview: text.trim().slice(0, PREVIEW_CHARS) }];
}

/** Registers `entityLens/entities`. */
export function registerEntities(ctx: FeatureContext): Disposable {
  return ctx.connection.onRequest(EntitiesRequest, async (raw, token) => {
    const params = entitiesParams(raw);
    const snapshot = await ctx.index.snapshot(token);
    return snapshot && !token.isCancellationRequested ? provideEntities(snapshot, params) : { entities: [], complete: false };
  });
}
