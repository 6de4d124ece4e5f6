/**
 * Queries over a snapshot that several features share: the mention under a cursor, an entity's mentions in a
 * stable order, and the mention that introduces an entity.
 */
import { normalizeKey, type DocumentAnalysis, type EntityRecord, type Mention, type MentionRef, type Span } from '../analysis/index';
import type { IndexSnapshot } from './snapshot';

/** A mention with its document key and the entity it resolves to. */
export interface ResolvedMention {
  readonly key: string;
  readonly index: number;
  readonly mention: Mention;
  readonly entity: EntityRecord;
}

/** The index of the mention containing `offset` (end inclusive, so a cursor just after a name counts), or -1. */
export function mentionIndexAt(analysis: DocumentAnalysis, offset: number): number {
  return spanIndexAt(analysis.mentions, offset);
}

/** Binary search for the span containing `offset` in spans sorted by start; -1 when none does. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 && offset <= spans[found].end ? found : -1;
}

/** The mention at an offset of a document, resolved to its entity. */
export function resolvedMentionAt(snapshot: IndexSnapshot, uri: string, offset: number | undefined): ResolvedMention | undefined {
  const doc = snapshot.get(uri);
  const index = doc && offset !== undefined ? mentionIndexAt(doc.analysis, offset) : -1;
  if (!doc || index < 0) {
    return undefined;
  }
  const id = snapshot.workspace.entityIdOf(doc.key, index);
  const entity = id === undefined ? undefined : snapshot.workspace.entity(id);
  return entity && { key: doc.key, index, mention: doc.analysis.mentions[index], entity };
}

/** An entity's mentions ordered by document key, then position. */
export function orderedMentions(snapshot: IndexSnapshot, id: string): readonly MentionRef[] {
  return snapshot.orderedMentions(id);
}

/** The mention at a reference. */
export function mentionOf(snapshot: IndexSnapshot, ref: MentionRef): Mention | undefined {
  return snapshot.get(ref.uri)?.analysis.mentions[ref.index];
}

/**
 * The mention that introduces an entity: its fullest form (the canonical name, else the most words), first in
 * the preferred document, else first in the workspace.
 */
export function introducingMention(snapshot: IndexSnapshot, entity: EntityRecord, preferKey?: string): MentionRef | undefined {
  const refs = orderedMentions(snapshot, entity.id);
  const canonical = normalizeKey(entity.name);
  const score = (ref: MentionRef): number => {
    const mention = mentionOf(snapshot, ref);
    const name = mention ? normalizeKey(mention.kind === 'figure' ? mention.text : mention.name) : '';
    return (name === canonical ? 1000 : 0) + name.split(' ').length;
  };
  const scores = refs.map(score);
  const best = scores.reduce((a, b) => Math.max(a, b), 0);
  const fullest = refs.filter((_, i) => scores[i] === best);
  return fullest.find((ref) => ref.uri === preferKey) ?? fullest[0];
}
