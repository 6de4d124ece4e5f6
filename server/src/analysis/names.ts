/**
 * Person and organization recognition in one paragraph (placeholder, being written).
 */
import type { BlockKind } from './prose';
import type { Mention, Span } from './types';

/** A capitalized chunk that was not recognized; propagation may still recognize it by name. */
export interface NameCandidate extends Span {
  readonly text: string;
}

/** Finds people and organizations in a paragraph. */
export function findNames(text: string, sentences: readonly Span[], figures: readonly Mention[], kind: BlockKind): { mentions: Mention[]; candidates: NameCandidate[] } {
  void text; void sentences; void figures; void kind;
  return { mentions: [], candidates: [] };
}
