/**
 * Turns an amount piece (figureNumbers.ts) into a figure: money, percent, or, for a number without a unit,
 * a duration, a year, an age, a count, or nothing (a measurement, a label such as "Gemini 3", "one of").
 */
import { isYearToken } from './figureDates';
import { valueOf, type Piece } from './figureNumbers';
import { at, END, glued, NUM, WORD, type Match, type Token } from './figureTokens';
import { DURATION_TAILS, FUNCTION_WORDS, LABEL_WORDS, MONTHS, NON_COUNT_UNITS, ONE_AFTER, ONE_BEFORE, TIME_UNITS, WEEKDAYS } from './figureWords';
import type { FigureValue } from './types';

type Toks = readonly Token[];

/** Words before a number that make it a year even before a plural noun or below 1900 ("in 1998", "since 1500"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'circa', 'year']);
/** Words before a number that make a following plural a year's noun ("the 2020 elections"). */
const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 's']);
/** Plurals without -s: "2000 people" is a count. */
const PLURALS = new Set(['people', 'staff', 'children', 'men', 'women', 'personnel', 'police']);
/** Verbs in -s that follow years ("2015 marks"), so they do not make the number a count. */
const VERBS_IN_S = new Set(['was', 'has', 'is', 'does', 'marks', 'sees', 'remains', 'means', 'brings', 'looks', 'seems', 'begins', 'ends', 'starts']);

/**
 * Classifies `piece` (span from `start`). `other` is the other end of a range: the piece takes its unit when it
 * has none ("5 to 10 percent") and its scale when it is smaller without it ("$5-10 million").
 */
export function classify(toks: Toks, start: number, piece: Piece, other: Piece | undefined, approx: boolean, range = false): Match | undefined {
  const unitPiece = piece.unit ? piece : other?.unit ? other : undefined;
  const shift = unitPiece?.shift ?? 0;
  const num = piece.num;
  const scaled = other !== undefined && num.exp === 0 && other.num.exp > 0 && valueOf(num) < valueOf(other.num, 0, 0);
  const value = scaled ? valueOf(num, shift, other.num.exp, other.num.mult) : valueOf(num, shift);
  const extra = { ...(approx || num.vague || range ? { approximate: true } : {}), ...(num.vague || range ? { lowerBound: value } : {}) };
  if (unitPiece?.unit === 'money') {
    const figure: FigureValue = { kind: 'money', value, currency: unitPiece.currency!, ...extra };
    return { start, end: piece.end, figure, reason: 'money', confidence: num.vague ? 0.7 : num.digits ? 0.95 : 0.85 };
  }
  if (unitPiece?.unit === 'percent') {
    const reason = unitPiece.point ? 'percentage-point' : 'percent';
    return { start, end: piece.end, figure: { kind: 'percent', value, ...extra }, reason, confidence: 0.95 };
  }
  // "40m" and "5k" without a currency may be metres or a race.
  return num.shortScale ? { start, end: piece.end, reason: 'unit', confidence: 0 } : count(toks, start, piece, value, extra, approx);
}

/** A number without a unit: a duration, a measurement (not a figure), a year, an age, a label, or a count. */
function count(toks: Toks, start: number, piece: Piece, value: number, extra: Partial<FigureValue>, approx: boolean): Match | undefined {
  const { end, num } = piece;
  const hyphen = at(toks, end).w === '-' && glued(toks[end - 1]!, at(toks, end)) && glued(at(toks, end), at(toks, end + 1));
  const unitAt = hyphen ? end + 1 : end;
  const unit = at(toks, unitAt).w;
  if (TIME_UNITS.has(unit)) {
    return duration(toks, start, piece, unitAt, approx);
  }
  if (NON_COUNT_UNITS.has(unit)) {
    return { start, end: unitAt + 1, reason: 'unit', confidence: 0 };
  }
  if (num.article) {
    return undefined;
  }
  const year = yearOf(toks, piece);
  if (year !== undefined) {
    // "around 2015" stays a year without its approximator; the scan goes on at the number.
    return approx ? undefined : year;
  }
  if (!approx && isAge(toks, piece)) {
    return { start, end, figure: { kind: 'date' }, reason: 'age', confidence: 0.7 };
  }
  if ((!approx && isLabel(toks, num.start)) || (!num.digits && !isCount(toks, start, piece, approx, hyphen))) {
    return { start, end, reason: 'label', confidence: 0 };
  }
  const head = toks[num.start]!;
  const confidence = num.vague ? 0.6 : num.digits ? 0.8 : 0.7;
  const reason = num.vague ? 'vague-number' : head.k === WORD ? 'number-word' : 'number';
  return { start, end, figure: { kind: 'quantity', value, ...extra }, reason, confidence };
}

/** "three years", "10 years ago", "a decade ago", "more than a decade", "52-year-old". */
function duration(toks: Toks, start: number, piece: Piece, unitAt: number, approx: boolean): Match | undefined {
  const tail = at(toks, unitAt + 1);
  const tailed = DURATION_TAILS.has(tail.w) && !glued(toks[unitAt]!, tail);
  // "a year" is a duration only with "ago" or an approximator; "one day" is an idiom ("one day, he ...").
  if ((piece.num.article && !approx && !tailed) || (toks[piece.num.start]!.w === 'one' && toks[unitAt]!.w === 'day' && !approx)) {
    return undefined;
  }
  let end = tailed ? unitAt + 2 : unitAt + 1;
  if (!tailed && tail.w === '-' && glued(toks[unitAt]!, tail) && at(toks, unitAt + 2).w === 'old') {
    end = unitAt + 3;
  }
  return { start, end, figure: approx ? { kind: 'date', approximate: true } : { kind: 'date' }, reason: 'duration', confidence: 0.8 };
}

/** "2020-2023" and "2020–23" (one span, valued by the first year), "between 2020 and 2023" (two), or undefined. */
export function yearRange(toks: Toks, first: Piece, last: Piece, joined: boolean): Match | undefined {
  const a = toks[first.num.start]!;
  const b = toks[last.num.start]!;
  if (!first.num.plain || !last.num.plain || !isYearToken(a) || b.k !== NUM) {
    return undefined;
  }
  const upper = b.d === 4 ? b.m : b.d === 2 && joined ? a.m - (a.m % 100) + b.m : -1;
  if (upper <= a.m || upper > 2100) {
    return undefined;
  }
  if (joined) {
    return { start: first.start, end: last.end, figure: { kind: 'year', value: a.m }, reason: 'year-range', confidence: 0.85 };
  }
  const high: Match = { start: last.start, end: last.end, figure: { kind: 'year', value: upper }, reason: 'year', confidence: 0.85 };
  return { start: first.start, end: first.end, figure: { kind: 'year', value: a.m }, reason: 'year', confidence: 0.85, next: high };
}

/** A bare year ("in 2015", "2015's"), or undefined when the number is a count ("2000 people", "1200 engineers"). */
function yearOf(toks: Toks, piece: Piece): Match | undefined {
  const t = toks[piece.num.start]!;
  if (!piece.num.plain || !isYearToken(t)) {
    return undefined;
  }
  const prev = at(toks, piece.start - 1);
  const next = at(toks, piece.end);
  const strong = prev.k === WORD && YEAR_PREPOSITIONS.has(prev.w);
  const plural = next.k === WORD && !next.cap &&
    (PLURALS.has(next.w) || (next.w.length > 3 && next.w.endsWith('s') && !next.w.endsWith('ss') && !VERBS_IN_S.has(next.w)));
  if ((!strong && plural && !YEAR_DETERMINERS.has(prev.w)) || (t.m < 1900 && !strong)) {
    return undefined;
  }
  return { start: piece.start, end: piece.end, figure: { kind: 'year', value: t.m }, reason: 'year', confidence: strong ? 0.9 : 0.8 };
}

/** "Whitaker, 31, said": an age after a name between commas (OntoNotes DATE). */
function isAge(toks: Toks, piece: Piece): boolean {
  const t = toks[piece.num.start]!;
  const name = at(toks, piece.start - 2);
  const next = at(toks, piece.end);
  return piece.num.plain && t.k === NUM && t.m >= 1 && t.m <= 120 && at(toks, piece.start - 1).w === ',' && isName(name) &&
    (next.w === ',' || next.w === ';' || next.w === ')' || (next.w === '.' && at(toks, piece.end + 1).cap) || next === END);
}

function isName(t: Token): boolean {
  return t.k === WORD && t.cap && !FUNCTION_WORDS.has(t.w) && !MONTHS.has(t.w) && !WEEKDAYS.has(t.w);
}

/** "Gemini 3", "Fortune 500", "version 2", "No. 1": a number after a name or a label word names something. */
function isLabel(toks: Toks, i: number): boolean {
  const p = at(toks, i - 1);
  if (p.k === WORD) {
    return LABEL_WORDS.has(p.w) || (isName(p) && !glued(p, toks[i]!));
  }
  return p.w === '.' && LABEL_WORDS.has(at(toks, i - 2).w) && glued(at(toks, i - 2), p);
}

/** Whether a spelled number is a count: not "one of", "no one", "one-time", "Five Guys". */
function isCount(toks: Toks, start: number, piece: Piece, approx: boolean, hyphen: boolean): boolean {
  const head = toks[piece.num.start]!;
  const next = at(toks, piece.end);
  if (hyphen || (head.cap && next.k === WORD && next.cap && !piece.num.vague)) {
    return false;
  }
  if (head.w !== 'one' || piece.end !== piece.num.start + 1) {
    return true;
  }
  return !ONE_BEFORE.has(at(toks, start - 1).w) && !ONE_AFTER.has(next.w) && (approx || (next.k === WORD && !next.cap));
}
