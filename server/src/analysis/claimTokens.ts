/**
 * The token view claim detection works on: words and single punctuation marks of one sentence, each knowing
 * whether it sits inside a quotation. Quotations are found over the whole paragraph because a quote may span
 * several sentences, and one left open runs to the end of the paragraph (the news convention for a quote that
 * continues into the next paragraph).
 */
import { COMMON_CAPITALIZED } from './claimLexicon';
import { isFrequentWord } from './commonWords';
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
  /** For each token: its lower-case text, or '' for punctuation and quoted words (so patterns never match them). */
  readonly words: readonly string[];
  /** Index of the first word token (tokens before it are opening punctuation). */
  readonly firstWord: number;
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
const OPEN_SINGLE = '\u2018';
const CLOSE_SINGLE = '\u2019';

/**
 * Finds quoted spans (contents only, without the marks) in a paragraph. Double quotes may stay open to the end of
 * the paragraph. Curly single quotes count only when closed, because the closing mark is also the apostrophe; a
 * closing mark followed by a letter ("company\u2019s") is an apostrophe.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let opener = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === STRAIGHT || c === OPEN_CURLY || c === OPEN_SINGLE)) {
      open = i + 1;
      opener = c;
    } else if (open >= 0 && closes(text, i, opener)) {
      spans.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0 && opener !== OPEN_SINGLE) {
    spans.push({ start: open, end: text.length });
  }
  return spans;
}

function closes(text: string, i: number, opener: string): boolean {
  const c = text[i];
  if (opener === OPEN_SINGLE) {
    return c === CLOSE_SINGLE && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
  }
  return c === CLOSE_CURLY || (c === STRAIGHT && opener === STRAIGHT);
}

/** True when `[start, end)` overlaps any of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Tokenizes one sentence, marking tokens that fall inside the paragraph's quotations (sorted by start). */
export function sentenceTokens(text: string, span: Span, quotes: readonly Span[]): ClaimToken[] {
  const tokens: ClaimToken[] = [];
  const slice = text.slice(span.start, span.end);
  let q = 0;
  for (const match of slice.matchAll(TOKEN)) {
    const start = span.start + (match.index ?? 0);
    const end = start + match[0].length;
    // Tokens and quotations are both in text order, so one forward pointer finds the enclosing quotation.
    while (q < quotes.length && quotes[q].end < end) {
      q++;
    }
    const word = /^[\p{L}\p{N}]/u.test(match[0]);
    const quoted = q < quotes.length && quotes[q].start <= start && end <= quotes[q].end;
    tokens.push({ start, end, text: match[0], lower: match[0].toLowerCase().replace(/\u2019/g, "'"), word, quoted });
  }
  return tokens;
}

/** Builds the view of one sentence. */
export function sentenceView(text: string, span: Span, quotes: readonly Span[], mentions: readonly Mention[]): SentenceView {
  const names = mentions.filter((m) => m.kind !== 'figure' && m.start < span.end && span.start < m.end);
  const tokens = sentenceTokens(text, span, quotes);
  const words = tokens.map((t) => (t.word && !t.quoted ? t.lower : ''));
  const firstWord = tokens.findIndex((t) => t.word);
  return { text, span, tokens, words, firstWord: firstWord < 0 ? tokens.length : firstWord, names };
}

/** True for a punctuation token that ends a phrase: commas, colons, dashes, brackets and quotation marks. */
export function isBoundary(token: ClaimToken | undefined): boolean {
  return token === undefined || (!token.word && token.text !== "'" && token.text !== '&' && token.text !== '$');
}

/** True when no word precedes token `i` in its sentence. */
export function isSentenceInitial(view: SentenceView, i: number): boolean {
  return i <= view.firstWord;
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
  // At the start of a sentence every word is capitalized: "Rates" and "Shares" are ordinary words there.
  return !(isSentenceInitial(view, i) && isFrequentWord(bare));
}

/** Splits a user phrase into the lower-case words tokens are compared with ("Per the memo" -> per, the, memo). */
export function phraseWords(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => m[0].toLowerCase().replace(/\u2019/g, "'")).filter((w) => /^[\p{L}\p{N}]/u.test(w));
}

/** The lower-case word at `i`, or undefined for punctuation, quoted words and positions past the end. */
export function wordAt(view: SentenceView, i: number): string | undefined {
  const token = view.tokens[i];
  return token && token.word && !token.quoted ? token.lower : undefined;
}
