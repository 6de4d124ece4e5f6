/**
 * Relation extraction (DESIGN.md §3): person -> organization, organization -> organization and
 * organization -> sector facts, each with the sentence it came from. Placeholder until the relations module lands.
 */
import type { Mention, RelationFact, RoleFact, Span } from './types';

/** One block's text (masked), its sentences and its final (propagated) mentions; offsets block-relative. */
export interface RelationInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
}

/** Relations and roles stated in one block. */
export function extractRelations(input: RelationInput): { relations: RelationFact[]; roles: RoleFact[] } {
  void input;
  return { relations: [], roles: [] };
}
