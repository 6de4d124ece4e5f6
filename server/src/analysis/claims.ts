/**
 * Unsourced-claim detection (DESIGN.md §5). Placeholder until the claims module lands: reports nothing.
 */
import type { BlockKind } from './prose';
import type { Claim, Mention, Span } from './types';

/** Input to claim detection: one paragraph's text, its sentences and its mentions (paragraph-relative). */
export interface ClaimInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
  /** The block's structural kind: quotes are treated as quoted material. */
  readonly kind: BlockKind;
}

/** Finds the claims in a paragraph that need a source and have none in reach. */
export function findClaims(input: ClaimInput): Claim[] {
  void input;
  return [];
}
