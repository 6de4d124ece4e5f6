/**
 * Find references: every mention of the entity in the workspace, aliases included. The declaration is the
 * definition: a registry entry is added with `includeDeclaration`, an introducing mention is left out without it.
 */
import type { Disposable, Location, Position } from 'vscode-languageserver';
import { offsetOf, spanToLocation } from '../lsp/convert';
import { orderedMentions, resolvedMentionAt } from '../workspace/lookup';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { withDocument, type FeatureContext } from './context';
import { definitionOf } from './definition';
import { fields, optionalBoolean, positionParams } from './params';

/** The references of the entity at a position. */
export function provideReferences(snapshot: IndexSnapshot, doc: IndexedDocument, position: Position, includeDeclaration: boolean): Location[] {
  const found = resolvedMentionAt(snapshot, doc.key, offsetOf(doc.document, position));
  if (!found) {
    return [];
  }
  const definition = definitionOf(snapshot, found.entity, doc.key);
  const locations: Location[] = includeDeclaration && definition?.registry ? [definition.location] : [];
  for (const ref of orderedMentions(snapshot, found.entity.id)) {
    const target = snapshot.get(ref.uri);
    const mention = target?.analysis.mentions[ref.index];
    if (target && mention) {
      const location = spanToLocation(target.document, mention);
      if (includeDeclaration || definition?.registry || !sameLocation(location, definition?.location)) {
        locations.push(location);
      }
    }
  }
  return locations;
}

function sameLocation(a: Location, b: Location | undefined): boolean {
  return b !== undefined && a.uri === b.uri && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

/** Registers `textDocument/references`. */
export function registerReferences(ctx: FeatureContext): Disposable {
  return ctx.connection.onReferences((params, token) => {
    const { uri, position } = positionParams(params);
    const includeDeclaration = optionalBoolean(fields(params.context, 'context'), 'includeDeclaration', 'context.includeDeclaration') ?? false;
    return withDocument(ctx.index, uri, token, [], (snapshot, doc) => provideReferences(snapshot, doc, position, includeDeclaration));
  });
}
