/**
 * A small tokenizer for name recognition: words with their casing and the punctuation that matters around them
 * (a possessive "'s", a following period or comma). Offsets are UTF-16 and relative to the text given.
 */
import type { Span } from './types';

/** One word of the text. */
export interface Token extends Span {
  /** The word without a possessive "'s". */
  readonly text: string;
  readonly lower: string;
  /** Starts with an upper-case letter (or a digit followed by capitals, as in "3M"). */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("NASA", "U.S"). */
  readonly allCaps: boolean;
  /** An upper-case letter after the first character ("DeepVantis", "vLumen", "eBay"). */
  readonly innerCap: boolean;
  /** Followed directly by "'s" / "’s" (or "'" after a final s). */
  readonly possessive: boolean;
  /** Followed directly by a period. */
  readonly period: boolean;
  /** The next non-space character after the token (and its possessive/period), or "" at the end. */
  readonly next: string;
  /** The previous non-space character before the token, or "" at the start. */
  readonly prev: string;
  /** Index of the sentence the token is in. */
  readonly sentence: number;
  /** First word of its sentence (after any opening quote or bracket). */
  readonly first: boolean;
}

// Words: letters/digits with inner hyphens, apostrophes, periods (U.S, J.K) or ampersands (AT&T).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\u2019.&][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /^['\u2019]s$/i;

/** Tokenizes `text` (one paragraph) into words, assigning each to its sentence. */
export function tokenize(text: string, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lastSentence = -1;
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    let word = match[0];
    const start = match.index;
    let possessive = false;
    if (word.length > 2 && POSSESSIVE.test(word.slice(-2))) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s$/.test(word) && /^['\u2019](?![\p{L}])/u.test(text.slice(start + word.length, start + word.length + 2))) {
      possessive = true;
    }
    const end = start + word.length;
    while (sentence < sentences.length - 1 && start >= sentences[sentence].end) {
      sentence++;
    }
    const after = start + match[0].length + (possessive && match[0] === word ? 1 : 0);
    tokens.push(makeToken(text, word, start, end, after, possessive, sentence, sentence !== lastSentence));
    lastSentence = sentence;
  }
  return tokens;
}

function makeToken(text: string, word: string, start: number, end: number, after: number, possessive: boolean, sentence: number, first: boolean): Token {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  // Casing from comparisons with the lower- and upper-cased word: the tokenizer runs on every word of the
  // workspace, and these avoid a regular expression per property.
  const hasUpper = word !== lower;
  const hasLower = word !== upper;
  const c0 = word[0];
  const firstUpper = c0 !== c0.toLowerCase();
  const digitLead = c0 >= '0' && c0 <= '9';
  return {
    start,
    end,
    text: word,
    lower,
    cap: firstUpper || (digitLead && hasUpper && /^\p{N}+\p{Lu}/u.test(word)),
    allCaps: hasUpper && !hasLower && countLetters(word) >= 2,
    innerCap: hasUpper && hasLower && word.slice(1) !== lower.slice(1) && /^.[\p{L}\p{N}]*\p{Lu}/u.test(word),
    possessive,
    period: text[end] === '.',
    next: nextChar(text, after),
    prev: prevChar(text, start),
    sentence,
    first,
  };
}

function countLetters(word: string): number {
  let n = 0;
  for (const ch of word) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      n++;
    }
  }
  return n;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0xfeff || code === 0x1680;
}

function nextChar(text: string, at: number): string {
  for (let i = at; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) {
      return text[i];
    }
  }
  return '';
}

function prevChar(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    if (!isSpace(text.charCodeAt(i))) {
      return text[i];
    }
  }
  return '';
}
