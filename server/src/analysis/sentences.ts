/**
 * Sentence splitting for news prose. Abbreviations ("Mr.", "Inc.", "U.S."), initials ("J. K.") and decimals
 * do not end sentences; a closing quote or bracket after the stop stays with its sentence.
 */
import type { Span } from './types';

// Words that take a period and never end a sentence when followed by a capitalized word.
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr', 'rev',
  'hon', 'pres', 'supt', 'messrs', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'etc', 'approx', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|His|Her|Its|Their|In|On|At|But|And|Yet|So|As|After|Before|When|While|If|Still|Now|Then|There|Meanwhile|However|Some|Many|Most|Analysts|Shares)\b/;

// Only at the start of a run of stops: a stop that fails from the run's start fails from inside it too, and without
// the look-behind a 10 MB run of "!" was scanned once per character (ReDoS audit).
const STOP = /(?<![.!?])[.!?]+["'\u201d\u2019)\]]*(?=\s|$)/g;

/** Splits text into sentence spans (trimmed of surrounding white space). Never returns empty spans. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  // The first stop at or after `cached.from` is kept across line breaks: searching again from `start` for every
  // line scanned to the end of a block without stops each time, quadratic on a 5 MB table of names (issue 7).
  let cached: { from: number; match: RegExpExecArray | null } | undefined;
  const nextStop = (from: number): RegExpExecArray | null => {
    if (!cached || from < cached.from || (cached.match !== null && cached.match.index < from)) {
      STOP.lastIndex = from;
      cached = { from, match: STOP.exec(text) };
    }
    return cached.match;
  };
  for (const line of lineBreakSplits(text)) {
    let from = start;
    let match: RegExpExecArray | null;
    while ((match = nextStop(from)) !== null && match.index < line) {
      const end = match.index + match[0].length;
      from = end;
      if (isFinalStop(text, match.index, end)) {
        pushTrimmed(spans, text, start, end);
        start = skipSpace(text, end);
        from = start;
      }
    }
    if (line < text.length && start < line) {
      pushTrimmed(spans, text, start, line);
      start = skipSpace(text, line);
    }
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/**
 * Hard line breaks that end a sentence even without punctuation: a blank line, or a line that ends without
 * punctuation while the next starts with a capital (list items, headings inside one block). Returns break offsets
 * and finally text.length.
 */
function lineBreakSplits(text: string): number[] {
  const breaks: number[] = [];
  const newline = /\n/g;
  let match: RegExpExecArray | null;
  while ((match = newline.exec(text)) !== null) {
    const before = text.slice(0, match.index).trimEnd();
    const after = text.slice(match.index + 1).trimStart();
    if (before && after && !/[.!?,;:"'\u201d\u2019)]$/.test(before) && /^[\p{Lu}\d"'\u201c\u2018(]/u.test(after)) {
      breaks.push(match.index);
    }
  }
  breaks.push(text.length);
  return breaks;
}

function isFinalStop(text: string, stopStart: number, end: number): boolean {
  const next = text.slice(end, end + 40).trimStart();
  if (!next) {
    return true;
  }
  // A lower-case word or a comma after the stop means it was an abbreviation ("e.g. the", "Inc., which").
  if (/^[\p{Ll},;:]/u.test(next)) {
    return false;
  }
  if (end - stopStart > 1 || text[stopStart] !== '.') {
    return true;
  }
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stopStart - 12), stopStart))?.[1] ?? '';
  if (NEVER_FINAL.has(word.toLowerCase().replace(/^\.+/, ''))) {
    return false;
  }
  // A single capital letter or initials ("J." in "J. K. Rowling", "J.K.") are initials, not the end of a sentence, unless a word
  // that opens sentences follows ("... owns X. The company ...").
  return !/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || SENTENCE_OPENERS.test(next);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) {
    at++;
  }
  return at;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  if (end > start) {
    spans.push({ start, end });
  }
}
