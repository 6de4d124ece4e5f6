/**
 * Analysis of one paragraph: a pure function of the paragraph's text, so its result can be memoized by text.
 * Offsets in a ParagraphAnalysis are relative to the paragraph start; document.ts shifts them.
 */
import { NO_DEADLINE, type Deadline } from './budget';
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

/** Analyzes one paragraph of (masked) text; `deadline` is looked at between phases and inside their loops. */
export function analyzeParagraph(text: string, kind: BlockKind = 'paragraph', claimOptions?: ClaimOptions, deadline: Deadline = NO_DEADLINE): ParagraphAnalysis {
  const sentences = splitSentences(text);
  deadline.check();
  const figures = findFigures(text, deadline);
  deadline.check();
  const { mentions: names, candidates } = findNames(text, sentences, figures, kind, deadline);
  deadline.check();
  const mentions = [...names, ...figures].sort((a, b) => a.start - b.start);
  const claims = kind === 'heading' || kind === 'table' ? [] : findClaims({ text, sentences, mentions, kind, options: claimOptions }, deadline);
  return { sentences, mentions, candidates, claims };
}
