/**
 * Calendar expressions for the figure recognizer, with OntoNotes DATE spans: "March 3, 2024", "3 March 2024",
 * "Tuesday", "last year", "earlier this month", "the 1990s", "the second quarter of 2024", "Q3 2024",
 * "fiscal 2025", "the past five years", "the end of 2024". Bare years are matched with amounts (figures.ts),
 * because "2015" and "2,015" are told apart by what surrounds the number.
 */
import { parseNumber } from './figureNumbers';
import { at, glued, NUM, WORD, type Match, type Token } from './figureTokens';
import {
  AMBIGUOUS_MONTHS, BOUNDARIES, DAY_WORDS, EDGES, MONTH_CONTEXT, MONTHS, ORDINAL_SUFFIXES, ORDINALS, PERIODS, RELATIVE,
  SCALES, SEASONS, TIME_UNITS, WEEKDAYS,
} from './figureWords';

type Toks = readonly Token[];

function date(start: number, end: number, reason: string, confidence: number, value?: number): Match {
  return { start, end, reason, confidence, figure: value === undefined ? { kind: 'date' } : { kind: 'date', value } };
}

/** A plain four-digit number that can be a year. */
export function isYearToken(t: Token): boolean {
  return t.k === NUM && t.plain && !t.blocked && t.d === 4 && t.m >= 1000 && t.m <= 2100;
}

/** Matches a calendar expression starting at token `i`. */
export function matchDate(toks: Toks, i: number): Match | undefined {
  const t = toks[i]!;
  if (t.k !== WORD) {
    return decade(toks, i, i) ?? century(toks, i, i) ?? dayMonth(toks, i) ?? quarter(toks, i, i);
  }
  const w = t.w;
  if (w === 'the') {
    return theDate(toks, i);
  }
  if (EDGES.has(w)) {
    return edged(toks, i, i);
  }
  if (RELATIVE.has(w)) {
    return relative(toks, i, i);
  }
  if (MONTHS.has(w)) {
    return month(toks, i, i);
  }
  if (WEEKDAYS.has(w)) {
    return t.cap ? weekday(toks, i, i) : undefined;
  }
  if (DAY_WORDS.has(w)) {
    return date(i, i + 1, 'day', 0.7);
  }
  if (SEASONS.has(w)) {
    return season(toks, i, i);
  }
  if (ORDINALS.has(w)) {
    return quarter(toks, i, i) ?? century(toks, i, i);
  }
  return fiscal(toks, i) ?? quarterCode(toks, i);
}

/** "the 1990s", "the 21st century", "the second quarter", "the early 2000s", "the past year", "the end of 2024". */
function theDate(toks: Toks, i: number): Match | undefined {
  const n = at(toks, i + 1);
  if (n.k !== WORD) {
    return decade(toks, i + 1, i) ?? century(toks, i + 1, i) ?? quarter(toks, i + 1, i);
  }
  if (EDGES.has(n.w)) {
    return edged(toks, i + 1, i);
  }
  if (RELATIVE.has(n.w)) {
    return relative(toks, i + 1, i);
  }
  if (ORDINALS.has(n.w)) {
    return quarter(toks, i + 1, i) ?? century(toks, i + 1, i);
  }
  if (BOUNDARIES.has(n.w) && at(toks, i + 2).w === 'of') {
    const k = i + 3;
    // "the end of the year", "the turn of the century"; else "the end of 2024", "the end of March".
    if (at(toks, k).w === 'the' && PERIODS.has(at(toks, k + 1).w)) {
      return date(i, k + 2, 'boundary', 0.8);
    }
    if (isYearToken(at(toks, k))) {
      return date(i, k + 1, 'boundary', 0.85, at(toks, k).m);
    }
    // Not another "the ...": "the end of the end of ..." would recurse once per repetition.
    const inner = at(toks, k).k === WORD && at(toks, k).w !== 'the' ? matchDate(toks, k) : undefined;
    return inner && { ...inner, start: i, reason: 'boundary' };
  }
  return undefined;
}

/** "1990s", "'90s" (from `i`, span from `start`). */
function decade(toks: Toks, i: number, start: number): Match | undefined {
  const t = at(toks, i);
  const apostrophe = t.w === "'" || t.w === '’';
  const n = apostrophe ? at(toks, i + 1) : t;
  const s = apostrophe ? at(toks, i + 2) : at(toks, i + 1);
  if (n.k !== NUM || n.blocked || !n.plain || n.m % 10 !== 0 || s.w !== 's' || !glued(n, s) || (apostrophe && !glued(t, n))) {
    return undefined;
  }
  if (n.d === 4 && n.m >= 1000 && n.m <= 2090) {
    return date(start, apostrophe ? i + 3 : i + 2, 'decade', 0.9, n.m);
  }
  // "the 90s" and "'90s" are decades; "his 50s" is an age, left alone.
  return n.d === 2 && (apostrophe || start < i) ? date(start, apostrophe ? i + 3 : i + 2, 'decade', 0.85, (n.m >= 30 ? 1900 : 2000) + n.m) : undefined;
}

/** "21st century", "twentieth century". */
function century(toks: Toks, i: number, start: number): Match | undefined {
  const t = at(toks, i);
  const ordinalNumber = t.k === NUM && t.plain && ORDINAL_SUFFIXES.has(at(toks, i + 1).w) && glued(t, at(toks, i + 1));
  const end = ordinalNumber ? i + 2 : i + 1;
  return (ordinalNumber || (ORDINALS.get(t.w) ?? 0) >= 19) && at(toks, end).w === 'century' ? date(start, end + 1, 'century', 0.85) : undefined;
}

/** "3 March", "3 March 2024". */
function dayMonth(toks: Toks, i: number): Match | undefined {
  const t = toks[i]!;
  let j = i + 1;
  j += ORDINAL_SUFFIXES.has(at(toks, j).w) && glued(t, at(toks, j)) ? 1 : 0;
  const m = at(toks, j);
  if (t.k !== NUM || !isDay(t) || !MONTHS.has(m.w) || !m.cap || m.w.length < 3) {
    return undefined;
  }
  const y = at(toks, j + 1);
  return isYearToken(y) ? date(i, j + 2, 'day-month', 0.95, y.m) : date(i, j + 1, 'day-month', 0.9);
}

function isDay(t: Token): boolean {
  return t.k === NUM && t.plain && !t.blocked && t.d <= 2 && t.m >= 1 && t.m <= 31;
}

/** "March", "March 3", "March 3, 2024", "Jan. 5", "May 2015", "May of 2015" (from `i`, span from `start`). */
function month(toks: Toks, i: number, start: number): Match | undefined {
  const t = toks[i]!;
  if (!t.cap) {
    return undefined;
  }
  let j = i + 1;
  const abbreviation = t.w.length <= 4 && t.w !== 'june' && t.w !== 'july' && t.w !== 'may';
  if (abbreviation && at(toks, j).w === '.' && glued(t, at(toks, j))) {
    j++;
  }
  const d = at(toks, j);
  if (isDay(d) && !SCALES.has(at(toks, j + 1).w) && at(toks, j + 1).w !== '%') {
    let k = j + 1;
    k += ORDINAL_SUFFIXES.has(at(toks, k).w) && glued(d, at(toks, k)) ? 1 : 0;
    // "March 3-5" is one date.
    const dash = at(toks, k);
    k += (dash.w === '-' || dash.w === '–') && glued(at(toks, k - 1), dash) && isDay(at(toks, k + 1)) && glued(dash, at(toks, k + 1)) ? 2 : 0;
    const comma = at(toks, k).w === ',' ? 1 : 0;
    const y = at(toks, k + comma);
    return isYearToken(y) ? date(start, k + comma + 1, 'month', 0.95, y.m) : date(start, k, 'month', 0.9);
  }
  if (isYearToken(d) || (d.w === 'of' && isYearToken(at(toks, j + 1)))) {
    const y = d.w === 'of' ? j + 1 : j;
    return date(start, y + 1, 'month', 0.95, at(toks, y).m);
  }
  // A month alone: not an abbreviation ("Jan Koum"), not before a capitalized word ("April Ryan"), and an
  // ambiguous name only in calendar context ("in May", "last June"; not "May said").
  const next = at(toks, j);
  const context = start < i || MONTH_CONTEXT.has(at(toks, i - 1).w) || (at(toks, i - 1).w === '-' && at(toks, i - 2).w === 'mid');
  if (abbreviation || (next.k === WORD && next.cap) || (AMBIGUOUS_MONTHS.has(t.w) && !context)) {
    return undefined;
  }
  return date(start, j, 'month', 0.8);
}

/** "Tuesday", "Tuesday, March 3"; not "The Sunday Times" or "Monday Night Football". */
function weekday(toks: Toks, i: number, start: number): Match | undefined {
  const next = at(toks, i + 1);
  if (start === i && next.k === WORD && next.cap && !MONTH_CONTEXT.has(at(toks, i - 1).w)) {
    return undefined;
  }
  if (at(toks, i + 1).w === ',' && MONTHS.has(at(toks, i + 2).w)) {
    const m = month(toks, i + 2, start);
    if (m && m.end > i + 3) {
      return { ...m, reason: 'weekday' };
    }
  }
  return date(start, i + 1, 'weekday', 0.85);
}

/** "last year", "next week", "this spring", "last March", "the coming years", "the past five years". */
function relative(toks: Toks, i: number, start: number): Match | undefined {
  const w = toks[i]!.w;
  const n = at(toks, i + 1);
  // "past", "previous", "coming" and "following" are adjectives without an article ("past results").
  const bare = w === 'last' || w === 'next' || w === 'this' || w === 'recent';
  if (!bare && start === i) {
    return undefined;
  }
  if (w === 'recent') {
    return n.w.endsWith('s') && PERIODS.has(n.w) ? date(start, i + 2, 'relative', 0.8) : undefined;
  }
  if (PERIODS.has(n.w) && (start < i || !n.w.endsWith('s'))) {
    return date(start, i + 2, 'relative', 0.85);
  }
  if (MONTHS.has(n.w)) {
    return month(toks, i + 1, start);
  }
  if (WEEKDAYS.has(n.w) && n.cap) {
    return weekday(toks, i + 1, start);
  }
  const count = w === 'this' ? undefined : parseNumber(toks, i + 1);
  return count && !count.article && TIME_UNITS.has(at(toks, count.end).w) ? date(start, count.end + 1, 'duration', 0.85) : undefined;
}

/** "early 2025", "mid-2024", "mid-May", "late last year", "earlier this month", "the late 1990s". */
function edged(toks: Toks, i: number, start: number): Match | undefined {
  const w = toks[i]!.w;
  let j = i + 1;
  if (at(toks, j).w === '-' && glued(toks[i]!, at(toks, j))) {
    j++;
  } else if (w === 'mid') {
    return undefined;
  }
  const n = at(toks, j);
  const loose = w === 'earlier' || w === 'later';
  if (isYearToken(n) && !loose && !(at(toks, j + 1).k === WORD && glued(n, at(toks, j + 1)))) {
    return date(start, j + 1, 'edge', 0.85, n.m);
  }
  if (n.k === WORD && RELATIVE.has(n.w)) {
    const r = relative(toks, j, start);
    return r && r.reason === 'relative' ? r : undefined;
  }
  if (loose) {
    return undefined;
  }
  return n.k === WORD ? (MONTHS.has(n.w) ? month(toks, j, start) : undefined) : decade(toks, j, start);
}

/** "summer 2023", "summer of 2023" (seasons alone are too often verbs and nouns: "prices fall"). */
function season(toks: Toks, i: number, start: number): Match | undefined {
  const of = at(toks, i + 1).w === 'of' ? 1 : 0;
  const y = at(toks, i + 1 + of);
  return isYearToken(y) ? date(start, i + 2 + of, 'season', 0.85, y.m) : undefined;
}

/** "second quarter", "first half of 2025", "third-quarter", "2nd quarter 2024". */
function quarter(toks: Toks, i: number, start: number): Match | undefined {
  const t = at(toks, i);
  let j = i + 1;
  let n = t.k === WORD ? (ORDINALS.get(t.w) ?? 0) : 0;
  if (t.k === NUM && t.plain && ORDINAL_SUFFIXES.has(at(toks, j).w) && glued(t, at(toks, j))) {
    n = t.m;
    j++;
  }
  j += at(toks, j).w === '-' && glued(at(toks, j - 1), at(toks, j)) ? 1 : 0;
  const unit = at(toks, j).w;
  if (n < 1 || n > 4 || !(unit === 'quarter' || (unit === 'half' && n <= 2))) {
    return undefined;
  }
  return withYear(toks, j + 1, start, 'quarter', 0.85);
}

/** Appends " 2024" or " of 2024" to a date ending before `end`. */
function withYear(toks: Toks, end: number, start: number, reason: string, confidence: number): Match {
  const of = at(toks, end).w === 'of' ? 1 : 0;
  const y = at(toks, end + of);
  return isYearToken(y) ? date(start, end + of + 1, reason, confidence, y.m) : date(start, end, reason, confidence);
}

/** "Q3", "Q3 2024", "H1 2025". */
function quarterCode(toks: Toks, i: number): Match | undefined {
  const t = toks[i]!;
  return t.cap && /^(?:q[1-4]|h[12])$/.test(t.w) ? withYear(toks, i + 1, i, 'quarter', 0.85) : undefined;
}

/** "fiscal 2025", "fiscal year 2025", "FY2025", "FY25", "FY 2025". */
function fiscal(toks: Toks, i: number): Match | undefined {
  const t = toks[i]!;
  if (t.w === 'fiscal') {
    let j = i + 1;
    j += at(toks, j).w === '-' ? 1 : 0;
    j += at(toks, j).w === 'year' ? 1 : 0;
    return isYearToken(at(toks, j)) ? date(i, j + 1, 'fiscal', 0.9, at(toks, j).m) : undefined;
  }
  if (!t.w.startsWith('fy') || !t.cap) {
    return undefined;
  }
  const digits = t.w === 'fy' ? at(toks, i + 1) : undefined;
  const text = digits ? (digits.k === NUM && digits.plain ? digits.w : '') : t.w.slice(2);
  if (!/^(?:\d{2}|\d{4})$/.test(text)) {
    return undefined;
  }
  const year = text.length === 2 ? 2000 + Number(text) : Number(text);
  return date(i, digits ? i + 2 : i + 1, 'fiscal', 0.9, year);
}
