/**
 * Analysis of one paragraph: a pure function of the paragraph's text, so its result can be memoized by text.
 * Offsets in a ParagraphAnalysis are relative to the paragraph start; document.ts shifts them.
 */
import { findClaims, type ClaimOptions } from './claims';
import { findFigures } from './figures';
import { findNames, type NameCandidate } from './names';
import type { BlockKind } from './prose';
import { splitSentences } from './sentences';
import type { Claim, Mention, Span } from './types';

/** What one paragraph yields before document-level propagation. */
export interface ParagraphAnalysis {
  readonly sentences: readonly Span[];
  /** Recognized people, organizations and figures, sorted by start. */
  readonly mentions: readonly Mention[];
  /** Capitalized chunks not recognized here; document-level propagation may recognize them. */
  readonly candidates: readonly NameCandidate[];
  readonly claims: readonly Claim[];
}

/** Analyzes one paragraph of (masked) text. */
export function analyzeParagraph(text: string, kind: BlockKind = 'paragraph', claimOptions?: ClaimOptions): ParagraphAnalysis {
  const sentences = splitSentences(text);
  const figures = findFigures(text);
  const { mentions: names, candidates } = findNames(text, sentences, figures, kind);
  const mentions = [...names, ...figures].sort((a, b) => a.start - b.start);
  const claims = kind === 'heading' || kind === 'table' ? [] : findClaims({ text, sentences, mentions, kind, options: claimOptions });
  return { sentences, mentions, candidates, claims };
}
