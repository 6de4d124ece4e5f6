/**
 * Go to definition: the registry entry when there is one, otherwise the mention that introduces the entity
 * (its fullest form, first in the current document, else first in the workspace).
 */
import type { Disposable, Location, Position } from 'vscode-languageserver';
import type { EntityRecord } from '../analysis/index';
import { offsetOf, spanToLocation } from '../lsp/convert';
import { introducingMention, resolvedMentionAt } from '../workspace/lookup';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { withDocument, type FeatureContext } from './context';
import { positionParams } from './params';

/** Where an entity is defined, and whether that place is a registry entry. */
export function definitionOf(snapshot: IndexSnapshot, entity: EntityRecord, preferKey?: string): { location: Location; registry: boolean } | undefined {
  const entry = entity.registry;
  const source = entry && snapshot.registrySourceOf(entry);
  if (entry && source) {
    return { location: spanToLocation(source.document, entry.span), registry: true };
  }
  const ref = introducingMention(snapshot, entity, preferKey);
  const target = ref && snapshot.get(ref.uri);
  const mention = ref && target?.analysis.mentions[ref.index];
  return target && mention ? { location: spanToLocation(target.document, mention), registry: false } : undefined;
}

/** The definition of the entity at a position, or null. */
export function provideDefinition(snapshot: IndexSnapshot, doc: IndexedDocument, position: Position): Location | null {
  const found = resolvedMentionAt(snapshot, doc.key, offsetOf(doc.document, position));
  return (found && definitionOf(snapshot, found.entity, doc.key)?.location) ?? null;
}

/** Registers `textDocument/definition`. */
export function registerDefinition(ctx: FeatureContext): Disposable {
  return ctx.connection.onDefinition((params, token) => {
    const { uri, position } = positionParams(params);
    return withDocument(ctx.index, uri, token, null, (snapshot, doc) => provideDefinition(snapshot, doc, position));
  });
}
