/**
 * Finding the two people of a rivalry overlap by id or name, and suggesting the nearest person names when a
 * name matches nobody.
 */
import type { EntityRecord, ResolvedWorkspace } from './resolve';

/** A name or id that matches no person; `suggestions` are the nearest person names. */
export class OverlapNameError extends Error {
  override readonly name = 'OverlapNameError';

  constructor(readonly query: string, readonly suggestions: readonly string[]) {
    super(`no person named '${query}'${suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : ''}`);
  }
}

/** The person with id `query`, or the best person match of the name `query`. Throws {@link OverlapNameError}. */
export function findPerson(workspace: ResolvedWorkspace, query: string): EntityRecord {
  const byId = workspace.entity(query);
  if (byId?.kind === 'person') {
    return byId;
  }
  const found = workspace.find(query).find((e) => e.kind === 'person');
  if (found) {
    return found;
  }
  throw new OverlapNameError(query, suggestPersons(workspace, query));
}

const MAX_SUGGESTIONS = 3;

/** The person names (canonical names, via any alias) nearest to `query` by edit distance, best first. */
export function suggestPersons(workspace: ResolvedWorkspace, query: string, limit = MAX_SUGGESTIONS): string[] {
  const q = query.toLowerCase().trim();
  const scored = workspace.entities
    .filter((e) => e.kind === 'person')
    .map((e) => ({ name: e.name, distance: Math.min(...[e.name, ...e.aliases].map((n) => editDistance(q, n.toLowerCase()))) }))
    .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  // Only names about as near as the nearest one: a typo gets one suggestion, not a list of strangers.
  const best = scored[0]?.distance ?? 0;
  return scored.filter((s) => s.distance <= best + 2).slice(0, limit).map((s) => s.name);
}

/** Levenshtein distance (insert, delete, substitute), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}
