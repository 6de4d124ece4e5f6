/**
 * Figure recognition: money, percentages, counts, years and dates in one paragraph of masked prose, with
 * normalized values ("$1.2bn" -> 1.2e9 USD) and OntoNotes 5 spans, because the batch mode is scored by exact
 * span: approximators ("about", "more than") are inside a span, the preposition before a year ("in") is not.
 *
 * A linear scan over tokens (figureTokens.ts) tries, at each token that can start a figure: an approximator and
 * an amount, a calendar expression (figureDates.ts), then an amount (figureNumbers.ts). No regular expression
 * runs over the paragraph, so there is no backtracking to go wrong; most words are skipped by a flag test.
 *
 * Conventions, chosen here and relied on by consumers:
 * - Vague magnitudes ("hundreds of billions of dollars", "multibillion-dollar", "dozens", "thousands") are
 *   approximate, and their value equals their lowerBound: the magnitude of the unit (1e11, 1e9, 12, 1e3).
 * - A range in words gives two spans, as in the gold conventions (test/fixtures/newswire/README.md): "$5 million
 *   to $10 million", "between 5% and 10%" is "5%" and "10%", "5 to 10 percent" is "5" and "10 percent" (the ends
 *   share unit and scale). A hyphenated range is one token in OntoNotes, hence one span: "$5-10 million" and
 *   "2020-2023" have the low end as value (and, but for years, as lowerBound) and are approximate. Scores and
 *   votes ("3-1", "118-111") are one quantity without a value.
 * - Durations ("three years", "a decade ago", "52-year-old") and ages ("Whitaker, 31,") are dates without a
 *   value; "the 1990s" is a date whose value is 1990; a bare year ("in 2015") is a year; any other date has
 *   the value of the year it names, if it names one ("March 3, 2024" -> 2024).
 * - Not figures: numbers in URLs, footnote markers, versions and names ("Gemini 3", "COVID-19", "A320"),
 *   ordinals, times, phone numbers, measurements ("5 miles"), and "one" as a pronoun ("one of", "no one").
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { classify, yearRange } from './figureCounts';
import { isYearToken, matchDate } from './figureDates';
import { approxLength, parsePiece, valueOf, type Piece } from './figureNumbers';
import { at, glued, NUM, tokenize, WORD, type Match, type Token } from './figureTokens';
import { CURRENCY_WORDS, F_APPROX, F_DATE, F_NUMBER, MULTI, SUBUNITS } from './figureWords';
import type { FigureValue, Mention } from './types';

type Toks = readonly Token[];

/** Words near "2-3" that make it a score or a vote, not a range. */
const SCORE_WORDS = new Set(['won', 'win', 'wins', 'beat', 'beats', 'lost', 'lose', 'loss', 'losses', 'defeat', 'defeated', 'victory',
  'record', 'lead', 'led', 'draw', 'drew', 'score', 'scored', 'tie', 'tied', 'vote', 'votes', 'voted', 'set', 'game', 'match', 'final']);

/** Finds money, percentages, quantities, years and dates in a paragraph (paragraph-relative offsets), sorted by start. */
export function findFigures(text: string, deadline: Deadline = NO_DEADLINE): Mention[] {
  const toks = tokenize(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    deadline.tick();
    const t = toks[i]!;
    // The fast path: most words start no figure.
    const m = t.k === WORD && t.f === 0 ? undefined : matchAt(toks, i);
    if (m === undefined) {
      i++;
      continue;
    }
    let end = m.end;
    for (let part: Match | undefined = m; part !== undefined; part = part.next) {
      if (part.figure !== undefined) {
        mentions.push(toMention(text, toks, part, part.figure));
      }
      end = part.end;
    }
    i = Math.max(end, i + 1);
  }
  return mentions;
}

function toMention(text: string, toks: Toks, m: Match, figure: FigureValue): Mention {
  const start = toks[m.start]!.s;
  const end = toks[m.end - 1]!.e;
  return { start, end, text: text.slice(start, end), kind: 'figure', name: '', figure, confidence: m.confidence, reason: m.reason };
}

function matchAt(toks: Toks, i: number): Match | undefined {
  const t = toks[i]!;
  const approx = (t.f & F_APPROX) !== 0 ? approxLength(toks, i) : 0;
  const approximated = approx > 0 ? matchAmount(toks, i + approx, i) : undefined;
  if (approximated !== undefined) {
    return approximated;
  }
  if ((t.f & F_DATE) !== 0 || t.k === NUM || t.w === "'" || t.w === '’') {
    const d = matchDate(toks, i);
    if (d !== undefined) {
      return d;
    }
  }
  return matchAmount(toks, i, -1);
}

/** An amount at `i`; `approx` is the index of an approximator before it, or -1. */
function matchAmount(toks: Toks, i: number, approx: number): Match | undefined {
  const t = at(toks, i);
  const multi = (t.f & F_NUMBER) !== 0 && t.k === WORD ? matchMulti(toks, i, approx) : undefined;
  if (multi !== undefined) {
    return multi;
  }
  // "between 5% and 10%": like the preposition before a year, "between" stays outside the spans.
  const between = t.w === 'between' && approx < 0;
  const first = parsePiece(toks, between ? i + 1 : i);
  if (first === undefined) {
    return undefined;
  }
  const start = approx >= 0 ? approx : first.start;
  const score = between ? undefined : matchScore(toks, start, first);
  if (score !== undefined) {
    return score;
  }
  const last = rangeEnd(toks, first, between, start);
  if (last === undefined) {
    return between ? undefined : classify(toks, start, first, undefined, approx >= 0);
  }
  // OntoNotes never splits a token, and "5-10" is one token: a hyphenated range is one span ("$5-10 million",
  // "2020-2023"). A range in words gives two spans ("$5 million to $10 million"). Either way the ends share a unit
  // and a scale: "$5-10 million" runs from $5m.
  const dash = at(toks, first.end);
  const joined = dash.k !== WORD && glued(toks[first.end - 1]!, dash) && glued(dash, toks[last.start]!);
  const years = yearRange(toks, first, last, joined);
  if (years !== undefined) {
    return years;
  }
  if (joined) {
    const unit = first.unit ? first : last;
    const merged: Piece = { ...first, end: last.end, unit: unit.unit, currency: unit.currency, point: unit.point, shift: unit.shift };
    return classify(toks, start, merged, last, approx >= 0, true) ?? classify(toks, start, first, undefined, approx >= 0);
  }
  const low = classify(toks, start, first, last, approx >= 0);
  const high = classify(toks, last.start, last, first, false);
  return low?.figure && high?.figure ? { ...low, next: high } : classify(toks, start, first, undefined, approx >= 0);
}

/** "3-1", "118-111", a "5-4 vote": scores and records are one count (OntoNotes CARDINAL) without a value. */
function matchScore(toks: Toks, start: number, first: Piece): Match | undefined {
  const a = toks[first.num.start]!;
  const dash = at(toks, first.end);
  const second = first.unit || first.end !== first.num.start + 1 || !a.plain || a.k !== NUM || a.d > 3 || !(dash.w === '-' || dash.w === '–') ||
    !glued(a, dash) ? undefined : parsePiece(toks, first.end + 1);
  const b = second && toks[second.num.start]!;
  if (!second || !b || b.k !== NUM || !b.plain || b.d > 3 || second.unit || second.end !== second.num.start + 1 || !glued(dash, b)) {
    return undefined;
  }
  // An ascending pair is a range ("5-10 people") unless a sports or vote word is near.
  if (b.m > a.m && !nearScoreWord(toks, first.num.start - 4, second.end + 3)) {
    return undefined;
  }
  return { start, end: second.end, figure: { kind: 'quantity' }, reason: 'score', confidence: 0.7 };
}

function nearScoreWord(toks: Toks, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    if (SCORE_WORDS.has(toks[k]!.w)) {
      return true;
    }
  }
  return false;
}

/** "multibillion-dollar", "multi-billion-euro", "billion-dollar": vague money. */
function matchMulti(toks: Toks, i: number, approx: number): Match | undefined {
  const t = toks[i]!;
  const split = t.w === 'multi' && at(toks, i + 1).w === '-' && glued(t, at(toks, i + 1));
  const j = split ? i + 2 : i;
  const exp = split ? MULTI.get('multi' + at(toks, j).w) : MULTI.get(t.w);
  const dash = at(toks, j + 1).w === '-' && glued(at(toks, j), at(toks, j + 1));
  const word = at(toks, dash ? j + 2 : j + 1).w;
  const currency = CURRENCY_WORDS.get(word);
  // A bare "billion" needs the hyphen ("billion-dollar"); "multibillion dollar" does not.
  if (exp === undefined || currency === undefined || SUBUNITS.has(word) || (!dash && !toks[j]!.w.startsWith('multi') && !split)) {
    return undefined;
  }
  const value = 10 ** exp;
  const figure: FigureValue = { kind: 'money', value, currency, approximate: true, lowerBound: value };
  return { start: approx >= 0 ? approx : i, end: dash ? j + 3 : j + 2, figure, reason: 'money', confidence: 0.8 };
}

/** The second piece of a range after `first`: "to $10 million", "-10 million", "and 10%" (after "between"). */
function rangeEnd(toks: Toks, first: Piece, between: boolean, spanStart: number): Piece | undefined {
  const c = at(toks, first.end);
  const dash = c.w === '-' || c.w === '–' || c.w === '—';
  if ((between ? c.w !== 'and' : !dash && c.w !== 'to') || first.num.vague) {
    return undefined;
  }
  // "from 40 to 60" states a change, two figures.
  if (c.w === 'to' && at(toks, spanStart - 1).w === 'from') {
    return undefined;
  }
  const second = parsePiece(toks, first.end + 1);
  if (second === undefined || second.num.vague || (first.unit && second.unit && (first.unit !== second.unit || first.currency !== second.currency))) {
    return undefined;
  }
  // A range goes up ("3-2" is a score); the low end may still take the high end's scale ("$5-10 million").
  const shortYear = dash && isYearToken(toks[first.num.start]!) && first.num.plain && second.num.plain && toks[second.num.start]!.d === 2;
  if (!shortYear && valueOf(second.num) <= valueOf(first.num) && valueOf(second.num, 0, 0) <= valueOf(first.num)) {
    return undefined;
  }
  // "rose 12% to 500 stores" is a change too: after "to", a unit on the left needs one on the right; and a
  // currency sign on the right only ("in 2024 to €40m") starts a new figure.
  const signOnRight = !first.unit && second.start < second.num.start;
  return (c.w === 'to' && first.unit && !second.unit) || signOnRight ? undefined : second;
}
