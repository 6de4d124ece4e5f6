/**
 * The token view claim detection works on: words and single punctuation marks of one sentence, each knowing
 * whether it sits inside a quotation. Quotations are found over the whole paragraph because a quote may span
 * several sentences, and one left open runs to the end of the paragraph (the news convention for a quote that
 * continues into the next paragraph).
 */
import { COMMON_CAPITALIZED } from './claimLexicon';
import type { Mention, Span } from './types';

/** A word or a punctuation mark. */
export interface ClaimToken extends Span {
  readonly text: string;
  readonly lower: string;
  /** True for words (letters or digits), false for punctuation. */
  readonly word: boolean;
  /** True inside a quotation; the quotation marks themselves are not quoted. */
  readonly quoted: boolean;
}

/** One sentence prepared for cue and attribution matching. */
export interface SentenceView {
  /** The paragraph text (offsets are paragraph-relative). */
  readonly text: string;
  readonly span: Span;
  readonly tokens: readonly ClaimToken[];
  /** Person and organization mentions inside the sentence. */
  readonly names: readonly Mention[];
}

// Words may carry inner apostrophes, dots, ampersands and hyphens ("Osei-Brandt", "U.S", "AT&T", "company's").
// The separator is required before each repeat, so the pattern cannot backtrack catastrophically.
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019.&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Quotation marks that close and open: straight double quotes pair up in order. */
const STRAIGHT = '"';
const OPEN_CURLY = '\u201c';
const CLOSE_CURLY = '\u201d';

/** Finds quoted spans (contents only, without the marks) in a paragraph. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let opener = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === STRAIGHT || c === OPEN_CURLY)) {
      open = i + 1;
      opener = c;
    } else if (open >= 0 && (c === CLOSE_CURLY || (c === STRAIGHT && opener === STRAIGHT))) {
      spans.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) {
    spans.push({ start: open, end: text.length });
  }
  return spans;
}

/** True when `[start, end)` overlaps any of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Tokenizes one sentence, marking tokens that fall inside the paragraph's quotations. */
export function sentenceTokens(text: string, span: Span, quotes: readonly Span[]): ClaimToken[] {
  const tokens: ClaimToken[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(TOKEN)) {
    const start = span.start + (match.index ?? 0);
    const end = start + match[0].length;
    const word = /^[\p{L}\p{N}]/u.test(match[0]);
    const quoted = quotes.some((q) => q.start <= start && end <= q.end);
    tokens.push({ start, end, text: match[0], lower: match[0].toLowerCase().replace(/\u2019/g, "'"), word, quoted });
  }
  return tokens;
}

/** Builds the view of one sentence. */
export function sentenceView(text: string, span: Span, quotes: readonly Span[], mentions: readonly Mention[]): SentenceView {
  const names = mentions.filter((m) => m.kind !== 'figure' && m.start < span.end && span.start < m.end);
  return { text, span, tokens: sentenceTokens(text, span, quotes), names };
}

/** True for a punctuation token that ends a phrase: commas, colons, dashes, brackets and quotation marks. */
export function isBoundary(token: ClaimToken | undefined): boolean {
  return token === undefined || (!token.word && token.text !== "'" && token.text !== '&' && token.text !== '$');
}

/** True when no word precedes token `i` in its sentence. */
export function isSentenceInitial(tokens: readonly ClaimToken[], i: number): boolean {
  for (let j = 0; j < i; j++) {
    if (tokens[j].word) {
      return false;
    }
  }
  return true;
}

/** True when the token overlaps a person or organization mention. */
export function inMention(view: SentenceView, token: ClaimToken): boolean {
  return view.names.some((m) => m.start < token.end && token.start < m.end);
}

/**
 * True when the token names something: it is part of a mention, or a capitalized word that is not a common
 * function word, day or month. Words in `generic` (group nouns, modifiers) never count, so "Analysts" at the
 * start of a sentence is not a name.
 */
export function isNameToken(view: SentenceView, i: number, generic: (lower: string) => boolean): boolean {
  const token = view.tokens[i];
  if (!token.word) {
    return false;
  }
  if (inMention(view, token)) {
    return true;
  }
  const bare = token.lower.replace(/'s$/, '');
  if (!/^\p{Lu}/u.test(token.text) || COMMON_CAPITALIZED.has(bare) || generic(bare)) {
    return false;
  }
  return !/^\d/.test(token.text);
}

/** Splits a user phrase into the lower-case words tokens are compared with ("Per the memo" -> per, the, memo). */
export function phraseWords(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => m[0].toLowerCase().replace(/\u2019/g, "'")).filter((w) => /^[\p{L}\p{N}]/u.test(w));
}
