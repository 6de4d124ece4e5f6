/**
 * Number phrases ("1.2bn", "twenty-five", "two hundred million", "hundreds of billions") and amount pieces
 * (a number with its currency or percent sign) for the figure recognizer.
 */
import { at, glued, NUM, SYM, WORD, type Token } from './figureTokens';
import {
  APPROXIMATORS, CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, F_CURRENCY, F_NUMBER, QUALIFIER_TAILS, QUALIFIERS, SCALE_WORDS,
  SCALES, SHORT_SCALES, SUBUNITS, SYMBOL_PREFIXES, TENS, TIME_UNITS, UNITS, VAGUE, WEAK_CURRENCY,
} from './figureWords';

/** A number phrase over tokens `[start, end)`; its value is m × 10^(x + exp) × mult (exact for decimals). */
export interface NumberPhrase {
  readonly start: number;
  readonly end: number;
  readonly m: number;
  readonly x: number;
  readonly exp: number;
  readonly mult: number;
  /** Written with digits. */
  readonly digits: boolean;
  /** A bare integer: no separators, decimals, scale or sign (year and version candidates). */
  readonly plain: boolean;
  /** "hundreds of billions": value is the lower bound. */
  readonly vague: boolean;
  /** "40m", "5k": one-letter scales, money only. */
  readonly shortScale: boolean;
  /** "a year": the article counts as one, but only in durations ("a year ago", "more than a decade"). */
  readonly article: boolean;
}

/** A number with its unit: currency before or after, or a percent sign or word after. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly num: NumberPhrase;
  readonly unit?: 'money' | 'percent';
  readonly currency?: string;
  /** "percentage point(s)". */
  readonly point: boolean;
  /** Decimal shift of a subunit: "80 cents" is -2. */
  readonly shift: number;
}

/** The exact value of a number phrase; `shift` moves the decimal point ("80 cents" is shift -2). */
export function valueOf(p: NumberPhrase, shift = 0, exp = p.exp, mult = p.mult): number {
  const e = p.x + exp + shift;
  const v = e >= 0 ? p.m * 10 ** e : p.m / 10 ** -e;
  return v * mult;
}

/** Number of tokens of the approximator at `i` ("more than" is 2), or 0. */
export function approxLength(toks: readonly Token[], i: number): number {
  const phrases = APPROXIMATORS.get(at(toks, i).w);
  for (const phrase of phrases ?? []) {
    if (phrase.every((w, k) => at(toks, i + k).w === w && at(toks, i + k).k === WORD)) {
      return phrase.length;
    }
  }
  return 0;
}

/** Parses a number phrase at `i`. */
export function parseNumber(toks: readonly Token[], i: number): NumberPhrase | undefined {
  const t = at(toks, i);
  if (t.k === NUM) {
    return parseDigits(toks, i);
  }
  if (t.k === WORD) {
    return (t.f & F_NUMBER) !== 0 ? parseWords(toks, i) : undefined;
  }
  const n = at(toks, i + 1);
  // A sign glued to the number and not to what precedes it: "-2%", "+3%" ("5-10" is a range).
  if ((t.w === '-' || t.w === '−' || t.w === '+') && n.k === NUM && glued(t, n) && at(toks, i - 1).e !== t.s) {
    const p = parseDigits(toks, i + 1);
    return p && { ...p, start: i, m: t.w === '+' ? p.m : -p.m, plain: false };
  }
  return undefined;
}

function phrase(start: number, end: number, m: number, exp: number, extra: Partial<NumberPhrase> = {}): NumberPhrase {
  return { start, end, m, x: 0, exp, mult: 1, digits: false, plain: false, vague: false, shortScale: false, article: false, ...extra };
}

function parseDigits(toks: readonly Token[], i: number): NumberPhrase | undefined {
  const t = toks[i]!;
  if (t.blocked) {
    return undefined;
  }
  const n = at(toks, i + 1);
  let exp = 0;
  let shortScale = false;
  if (n.k === WORD && glued(t, n)) {
    // "1.2bn", "$5k"; any other glued suffix ("3rd", "1990s", "5G") makes this no plain number.
    const scale = SCALES.get(n.w) ?? SHORT_SCALES.get(n.w);
    if (scale === undefined) {
      return undefined;
    }
    exp = scale;
    shortScale = SHORT_SCALES.has(n.w);
  } else if (n.k === WORD && SCALES.has(n.w)) {
    exp = SCALES.get(n.w)!;
  }
  const end = exp > 0 ? i + 2 : i + 1;
  return { start: i, end, m: t.m, x: t.x, exp, mult: 1, digits: true, plain: t.plain && end === i + 1, vague: false, shortScale, article: false };
}

function parseWords(toks: readonly Token[], i: number): NumberPhrase | undefined {
  const w = toks[i]!.w;
  const n = at(toks, i + 1);
  if (w === 'a' || w === 'an') {
    // "a billion-dollar deal" is the compound "billion-dollar", not "a billion".
    if (SCALE_WORDS.has(n.w) && !(at(toks, i + 2).w === '-' && glued(n, at(toks, i + 2)))) {
      return phrase(i, i + 2, 1, SCALES.get(n.w)!);
    }
    if (n.w === 'dozen') {
      return phrase(i, i + 2, 1, 0, { mult: 12 });
    }
    if (n.w === 'few' && SCALE_WORDS.has(at(toks, i + 2).w)) {
      return phrase(i, i + 3, 1, SCALES.get(at(toks, i + 2).w)!, { vague: true });
    }
    return TIME_UNITS.has(n.w) ? phrase(i, i + 1, 1, 0, { article: true }) : undefined;
  }
  // "several hundred", like "a few thousand", is vague: at least the magnitude.
  if (w === 'several' && SCALE_WORDS.has(n.w)) {
    return phrase(i, i + 2, 1, SCALES.get(n.w)!, { vague: true });
  }
  if (w === 'half' && n.w === 'a' && SCALE_WORDS.has(at(toks, i + 2).w)) {
    return phrase(i, i + 3, 5, SCALES.get(at(toks, i + 2).w)! - 1);
  }
  const vague = VAGUE.get(w);
  if (vague !== undefined) {
    return parseVague(toks, i, vague);
  }
  const small = parseSmall(toks, i);
  if (small === undefined) {
    return undefined;
  }
  let [v, j] = small;
  if (at(toks, j).w === 'hundred') {
    v *= 100;
    j++;
    const rest = parseSmall(toks, at(toks, j).w === 'and' ? j + 1 : j);
    if (rest) {
      v += rest[0];
      j = rest[1];
    }
  }
  const scale = at(toks, j).w;
  if (SCALE_WORDS.has(scale)) {
    return phrase(i, j + 1, v, SCALES.get(scale)!);
  }
  return scale === 'dozen' ? phrase(i, j + 1, v, 0, { mult: 12 }) : phrase(i, j, v, 0);
}

/** "seven", "twenty", "twenty-five": [value, end]. */
function parseSmall(toks: readonly Token[], i: number): [number, number] | undefined {
  const t = at(toks, i);
  const unit = UNITS.get(t.w);
  if (unit !== undefined) {
    return [unit, i + 1];
  }
  const tens = TENS.get(t.w);
  if (tens === undefined) {
    return undefined;
  }
  const dash = at(toks, i + 1);
  const next = at(toks, i + 2);
  const ones = UNITS.get(next.w);
  return dash.w === '-' && glued(t, dash) && glued(dash, next) && ones !== undefined && ones > 0 && ones < 10
    ? [tens + ones, i + 3]
    : [tens, i + 1];
}

/** "hundreds", "tens of thousands", "hundreds of billions": the lower bound's power of ten. */
function parseVague(toks: readonly Token[], i: number, exp: number): NumberPhrase | undefined {
  const dozens = toks[i]!.w === 'dozens';
  let j = i + 1;
  while (at(toks, j).w === 'of' && (VAGUE.get(at(toks, j + 1).w) ?? 0) >= 3 && exp < 12) {
    exp += VAGUE.get(at(toks, j + 1).w)!;
    j += 2;
  }
  // "tens" alone is not a magnitude, nor is "dozens of thousands" a common one.
  if ((toks[i]!.w === 'tens' && j === i + 1) || (dozens && j > i + 1)) {
    return undefined;
  }
  return phrase(i, j, 1, exp, { vague: true, mult: dozens ? 12 : 1 });
}

/** Parses a number with its currency or percent unit at `i`. */
export function parsePiece(toks: readonly Token[], i: number): Piece | undefined {
  const t = at(toks, i);
  let j = i;
  let currency: string | undefined;
  if (t.k === SYM) {
    currency = CURRENCY_SYMBOLS.get(t.w);
    j = currency === undefined ? i : i + 1;
  } else if ((t.f & F_CURRENCY) !== 0 && t.cap) {
    const sign = at(toks, i + 1);
    // "US$", "HK$", "A$", "CN¥": short prefixes glued to the sign.
    const prefixed = sign.w === '$' ? t.w !== 'cn' && t.w !== 'gh' : (sign.w === '¥' && t.w === 'cn') || (sign.w === '¢' && t.w === 'gh');
    if (glued(t, sign) && t.e - t.s <= 2 && prefixed) {
      currency = SYMBOL_PREFIXES.get(t.w);
      j = i + 2;
    } else if (sign.k === NUM && CODES.has(t.w)) {
      currency = CODES.get(t.w);
      j = i + 1;
    }
  }
  const num = parseNumber(toks, j);
  if (!num || (currency !== undefined && !num.digits)) {
    return undefined;
  }
  if (currency !== undefined) {
    return { start: i, end: num.end, num, unit: 'money', currency, point: false, shift: 0 };
  }
  return parseSuffix(toks, i, num);
}

/** The unit after a number: "%", "percent", "per cent", "percentage points", "euros", "Canadian dollars", "of dollars". */
function parseSuffix(toks: readonly Token[], start: number, num: NumberPhrase): Piece {
  const j = num.end;
  const u = at(toks, j);
  const piece = (end: number, unit?: 'money' | 'percent', currency?: string, point = false, shift = 0): Piece =>
    ({ start, end, num, unit, currency, point, shift });
  if (u.w === '%' && u.s - toks[j - 1]!.e <= 1) {
    return piece(j + 1, 'percent');
  }
  if (u.k !== WORD && u.w !== '-') {
    return piece(j);
  }
  if (u.w === '-' && at(toks, j + 1).w === 'percent' && glued(toks[j - 1]!, u) && glued(u, at(toks, j + 1))) {
    return piece(j + 2, 'percent');
  }
  if (u.w === 'percent' || u.w === 'pct' || (u.w === 'per' && at(toks, j + 1).w === 'cent')) {
    return piece(u.w === 'per' ? j + 2 : j + 1, 'percent');
  }
  if (u.w === 'percentage' && (at(toks, j + 1).w === 'point' || at(toks, j + 1).w === 'points')) {
    return piece(j + 2, 'percent', undefined, true);
  }
  if (u.w === 'basis' && (at(toks, j + 1).w === 'point' || at(toks, j + 1).w === 'points')) {
    // "25 basis points" is 0.25 percentage points.
    return piece(j + 2, 'percent', undefined, true, -2);
  }
  if (u.cap && CODES.has(u.w) && u.w !== 'rs') {
    return piece(j + 1, 'money', CODES.get(u.w));
  }
  // "hundreds of millions of dollars": only vague magnitudes take "of" before the currency.
  const money = currencyWord(toks, num.vague && u.w === 'of' ? j + 1 : j, num);
  return money ? piece(money[1], 'money', money[0], false, money[2]) : piece(j);
}

/** "dollars", "Canadian dollars", "U.S. dollars", "Swiss francs", "pounds sterling": [ISO code, end, decimal shift]. */
function currencyWord(toks: readonly Token[], j: number, num: NumberPhrase): [string, number, number] | undefined {
  let k = j;
  let qualifier: string | undefined;
  const q = QUALIFIERS.get(at(toks, k).w);
  if (q !== undefined) {
    const tail = QUALIFIER_TAILS.get(at(toks, k).w);
    if (tail !== undefined && at(toks, k + 1).w !== tail) {
      return undefined;
    }
    qualifier = q;
    k += tail !== undefined ? 2 : 1;
    // The final period of "U.S." is a token of its own.
    k += at(toks, k).w === '.' && glued(at(toks, k - 1), at(toks, k)) ? 1 : 0;
  }
  const word = at(toks, k).w;
  let code = CURRENCY_WORDS.get(word);
  if (code === undefined) {
    return undefined;
  }
  const sterling = at(toks, k + 1).w === 'sterling' && word !== 'sterling';
  // "250 pounds" may be weight and "3 won" a verb: these need a scale, a qualifier or "sterling".
  if (WEAK_CURRENCY.has(word) && num.exp === 0 && !num.vague && !sterling && qualifier === undefined) {
    return undefined;
  }
  if (qualifier && word.startsWith('dollar')) {
    code = qualifier;
  }
  return [code, sterling ? k + 2 : k + 1, SUBUNITS.has(word) ? -2 : 0];
}
