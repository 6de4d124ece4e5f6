/**
 * Workspace symbols: entities whose name or alias matches the query, located at their definition.
 */
import type { Disposable, SymbolInformation } from 'vscode-languageserver';
import { toSymbolKind } from '../lsp/convert';
import type { IndexSnapshot } from '../workspace/snapshot';
import type { FeatureContext } from './context';
import { definitionOf } from './definition';
import { fields, stringField } from './params';

/** At most this many symbols are returned, so that an empty query stays fast on a large workspace. */
const MAX_SYMBOLS = 500;

/** Entities matching a query (all entities for an empty query), as symbols. */
export function provideWorkspaceSymbols(snapshot: IndexSnapshot, query: string): SymbolInformation[] {
  const entities = query.trim() ? snapshot.workspace.find(query) : snapshot.workspace.entities;
  const symbols: SymbolInformation[] = [];
  for (const entity of entities.slice(0, MAX_SYMBOLS)) {
    const definition = definitionOf(snapshot, entity);
    if (definition) {
      symbols.push({ name: entity.name, kind: toSymbolKind(entity.kind), location: definition.location, containerName: entity.kind });
    }
  }
  return symbols;
}

/** Registers `workspace/symbol`. */
export function registerWorkspaceSymbol(ctx: FeatureContext): Disposable {
  return ctx.connection.onWorkspaceSymbol(async (params, token) => {
    const query = stringField(fields(params), 'query');
    const snapshot = await ctx.index.snapshot(token);
    return snapshot && !token.isCancellationRequested ? provideWorkspaceSymbols(snapshot, query) : [];
  });
}
