/**
 * The figure recognizer's tokenizer: one linear pass over the paragraph, no regular expressions.
 * It drops what can never hold a figure (URLs, e-mail addresses, footnote markers) and marks numbers that are
 * parts of identifiers, times, versions or phone numbers as blocked, so the matchers never see them as counts.
 */
import { F_DATE, LEXICON } from './figureWords';
import type { FigureValue } from './types';

export const NUM = 0;
export const WORD = 1;
export const SYM = 2;

/** One token. Every token has the same shape, which keeps property access monomorphic and fast. */
export interface Token {
  readonly s: number;
  readonly e: number;
  readonly k: number;
  /** Lower-cased word, the symbol, or the digits as written. */
  readonly w: string;
  /** Word has an upper-case letter ("May", "iPhone", "USD"). */
  readonly cap: boolean;
  /** Lexicon flags (figureWords.ts). */
  readonly f: number;
  /** Numbers: value is m × 10^x, exactly, so 3.4 million is 34 × 10^5 and not 3.4 × 10^6. */
  readonly m: number;
  readonly x: number;
  /** Numbers: digits before the decimal point, and whether thousands separators or decimals were written. */
  readonly d: number;
  readonly plain: boolean;
  /** A number that is part of an identifier, time, version or phone number. */
  readonly blocked: boolean;
}

/**
 * A match over tokens `[start, end)`. A match without `figure` consumed tokens that are not a figure
 * ("5 miles", "3 p.m.", "version 3"), so that no shorter match is tried inside them.
 */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly figure?: FigureValue;
  readonly reason: string;
  readonly confidence: number;
  /** The other end of a range, matched together because it shares the first's unit ("$5-10 million"). */
  readonly next?: Match;
}

/** Glued: no space between two tokens. */
export function glued(a: Token, b: Token): boolean {
  return a.e === b.s && a !== END && b !== END;
}

/** Past the last token: an empty symbol, so matchers can look ahead without bounds checks. */
export const END: Token = { s: -1, e: -1, k: SYM, w: '', cap: false, f: 0, m: 0, x: 0, d: 0, plain: false, blocked: true };

/** The token at `i`, or END. */
export function at(toks: readonly Token[], i: number): Token {
  return i >= 0 && i < toks.length ? toks[i]! : END;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
/** Latin, Greek and Cyrillic letters; currency signs, dashes, quotes and emoji (surrogates) are all above U+2000. */
const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);

/** Splits a paragraph into tokens. Offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): Token[] {
  const toks: Token[] = [];
  const skips = findSkips(text);
  let skip = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (skip < skips.length && i >= skips[skip]!) {
      // Inside a URL, e-mail address or footnote marker: jump over it.
      i = Math.max(i, skips[skip + 1]!);
      skip += 2;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c)) {
      i = readNumber(text, i, toks);
    } else if (isLetter(c)) {
      i = readWord(text, i, toks);
    } else if (c === 0x5b && skipFootnote(text, i) > i) {
      i = skipFootnote(text, i);
    } else {
      // Emoji are surrogate pairs: one token for both halves keeps the next offset on a code point boundary.
      const e = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      toks.push(token(i, e, SYM, text.slice(i, e), false, 0));
      i = e;
    }
  }
  return toks;
}

function token(s: number, e: number, k: number, w: string, cap: boolean, f: number): Token {
  return { s, e, k, w, cap, f, m: 0, x: 0, d: 0, plain: false, blocked: false };
}

function readWord(text: string, start: number, toks: Token[]): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      i++;
    } else if (c === 46 && i - start <= 3 && isAsciiLetter(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 46) {
      // Dotted abbreviations stay one word: "U.S.", "a.m.", "p.m." (the final period stays a symbol).
      i += 2;
    } else {
      break;
    }
  }
  const raw = text.slice(start, i);
  const w = raw.toLowerCase();
  let f = LEXICON.get(w) ?? 0;
  if (f === 0 && w.length > 2 && w.startsWith('fy') && isDigit(w.charCodeAt(2))) {
    f = F_DATE;
  }
  toks.push(token(start, i, WORD, w, raw !== w, f));
  return i;
}

/** Reads "1,200.50" (commas only before groups of three digits) and decides whether the number is blocked. */
function readNumber(text: string, start: number, toks: Token[]): number {
  let i = start;
  let m = 0;
  let x = 0;
  let d = 0;
  let plain = true;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      m = m * 10 + (c - 48);
      d++;
      i++;
    } else if (c === 44 && d > 0 && isGroup(text, i + 1)) {
      plain = false;
      i++;
    } else {
      break;
    }
  }
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    plain = false;
    i++;
    while (isDigit(text.charCodeAt(i))) {
      m = m * 10 + (text.charCodeAt(i) - 48);
      x--;
      i++;
    }
  }
  const tail = Math.max(blockedTail(text, start, i, d), phoneEnd(text, start, toks));
  const blocked = tail > i || isGluedToName(start, toks) || isAreaCode(text, start, i, d);
  const end = Math.max(i, tail);
  toks.push({ s: start, e: end, k: NUM, w: text.slice(start, end), cap: false, f: 0, m, x, d, plain, blocked });
  return end;
}

function isGroup(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3));
}

/**
 * The end of a run that makes this number a time, ratio, fraction, version, IP address or phone number
 * ("3:30", "24/7", "3.2.1", "212-555-1234", "555-1234"), or `end` when there is none.
 */
function blockedTail(text: string, start: number, end: number, digits: number): number {
  const c = text.charCodeAt(end);
  if ((c === 58 || c === 47 || c === 46) && isDigit(text.charCodeAt(end + 1))) {
    let i = end + 1;
    while (isDigit(text.charCodeAt(i)) || ((text.charCodeAt(i) === 58 || text.charCodeAt(i) === 47 || text.charCodeAt(i) === 46) && isDigit(text.charCodeAt(i + 1)))) {
      i++;
    }
    return i;
  }
  if (c === 45 && isDigit(text.charCodeAt(end + 1))) {
    let i = end + 1;
    while (isDigit(text.charCodeAt(i))) {
      i++;
    }
    const second = i - end - 1;
    const third = text.charCodeAt(i) === 45 && isDigit(text.charCodeAt(i + 1));
    if (third || (digits === 3 && second === 4 && end - start === 3)) {
      while (isDigit(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && isDigit(text.charCodeAt(i + 1)))) {
        i++;
      }
      return i;
    }
  }
  return end;
}

/** "COVID-19", "F-150", "GPT-4": a number glued by a hyphen to a word is part of a name ("mid-2024" is not). */
function isGluedToName(start: number, toks: readonly Token[]): boolean {
  const prev = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (!prev || prev.e !== start) {
    return false;
  }
  if (prev.w === '^' || prev.w === '#') {
    return true;
  }
  return prev.w === '-' && before !== undefined && before.k === WORD && before.e === prev.s && before.w !== 'mid';
}

/**
 * "+1 212 555 1234": after a glued plus sign, a run of eight or more digits (with spaces, dots, dashes and
 * parentheses) is a phone number and ends where its last digit does; "+3%" is not. Returns -1 for no phone.
 */
function phoneEnd(text: string, start: number, toks: readonly Token[]): number {
  const prev = toks[toks.length - 1];
  if (!prev || prev.e !== start || prev.w !== '+') {
    return -1;
  }
  let digits = 0;
  let end = -1;
  for (let i = start; i < text.length && i < start + 24; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      end = i + 1;
    } else if (c !== 32 && c !== 45 && c !== 46 && c !== 40 && c !== 41) {
      break;
    }
  }
  return digits >= 8 ? end : -1;
}

/** "(212) 555-1234": a parenthesized three-digit number before another number is an area code. */
function isAreaCode(text: string, start: number, end: number, digits: number): boolean {
  return digits === 3 && end - start === 3 && text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41 &&
    text.charCodeAt(end + 1) === 32 && isDigit(text.charCodeAt(end + 2));
}

/** "[1]", "[^2]", "[3, 4]": returns the offset after the marker, or `i` when this bracket is not a marker. */
function skipFootnote(text: string, i: number): number {
  const caret = text.charCodeAt(i + 1) === 94;
  for (let j = i + 1; j < text.length && j < i + 40; j++) {
    const c = text.charCodeAt(j);
    if (c === 93) {
      return j > i + 1 ? j + 1 : i;
    }
    if (!caret && !isDigit(c) && c !== 44 && c !== 32 && c !== 45 && c !== 0x2013) {
      return i;
    }
  }
  return i;
}

/**
 * Offsets of URLs and e-mail addresses as a flat [start, end, start, end, ...] list, found with indexOf so that
 * ordinary prose costs almost nothing: a chunk (a run of non-space characters) is skipped when it holds "://",
 * starts with "www.", holds "@" between word characters, or holds "host.tld/".
 */
function findSkips(text: string): number[] {
  const hits: number[] = [];
  for (const needle of ['://', 'www.', '@', '/']) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (needle !== '/' || looksLikeHostPath(text, at)) {
        hits.push(at);
      }
    }
  }
  if (hits.length === 0) {
    return hits;
  }
  hits.sort((a, b) => a - b);
  const spans: number[] = [];
  for (const hit of hits) {
    if (spans.length > 0 && hit < spans[spans.length - 1]!) {
      // Already inside the previous chunk; expanding again would make many hits in one chunk quadratic.
      continue;
    }
    let s = hit;
    while (s > 0 && !isSpace(text.charCodeAt(s - 1))) {
      s--;
    }
    let e = hit;
    while (e < text.length && !isSpace(text.charCodeAt(e))) {
      e++;
    }
    if (spans.length > 0 && s <= spans[spans.length - 1]!) {
      spans[spans.length - 1] = Math.max(e, spans[spans.length - 1]!);
    } else {
      spans.push(s, e);
    }
  }
  return spans;
}

/** "x.com/a1": a slash after a dotted host name (letters on both sides of the last dot). */
function looksLikeHostPath(text: string, slash: number): boolean {
  for (let i = slash - 1; i > 0 && i > slash - 64; i--) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      return false;
    }
    if (c === 46 && isAsciiLetter(text.charCodeAt(i + 1)) && isAsciiLetter(text.charCodeAt(i - 1))) {
      return true;
    }
  }
  return false;
}
