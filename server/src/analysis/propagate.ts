/**
 * Document-level propagation (placeholder, being written).
 */
import type { NameCandidate } from './names';
import type { Registry } from './registry';
import type { Mention } from './types';

/** Names recognized elsewhere: normalized key -> kind. */
export type KnownNames = ReadonlyMap<string, 'person' | 'organization'>;

/** Recognizes known names among the candidates and applies the registry. */
export function propagateNames(text: string, mentions: readonly Mention[], candidates: readonly NameCandidate[], registry: Registry, known?: KnownNames): Mention[] {
  void text; void candidates; void registry; void known;
  return [...mentions];
}
