/**
 * Measure words for the inconsistent-figure check (consistency.ts): what a figure near them measures.
 * "a $1.2bn funding round", "raised $6.6 billion", "valuing it at about $800 billion", "total funding to $3bn".
 * The vocabulary is small on purpose: a figure with no clear measure is not compared at all.
 */

/** Measure phrases (lower-case words) and the normalized measure they name. Longer phrases win ties. */
const MEASURES: ReadonlyArray<readonly [string, string]> = [
  ['valuation valuations valued valuing value values', 'valuation'],
  ['funding round|round|funding|series a|series b|series c|series d', 'funding-round'],
  // "raised $X" is a round or a running total: compared only with other "raised" figures (see `measureFor`).
  ['raised raise raises raising', 'raised'],
  ['total funding|funding to date|raised in total', 'total-funding'],
  ['revenue revenues sales turnover', 'revenue'],
  ['profit profits earnings|net income|operating income', 'profit'],
  ['loss losses lost', 'losses'],
  ['share sale|share offering|tender offer|secondary sale|ipo', 'share-sale'],
  ['stake', 'stake'],
  ['price prices priced cost costs charges charge fee fees', 'price'],
  // Not compared with anything else, but near a figure they keep "price" or "revenue" from claiming it.
  ['premium discount savings', 'other'],
];

/** One phrase and its measure. */
interface MeasurePhrase {
  readonly words: readonly string[];
  readonly measure: string;
}

/** Phrases are written "a b|c d" (multi-word, split on "|") or "a b c" (single words) in the table above. */
const PHRASES: readonly MeasurePhrase[] = MEASURES.flatMap(([spec, measure]) =>
  (spec.includes('|') ? spec.split('|') : spec.split(' ')).map((p) => ({ words: p.split(' '), measure })),
);

/** How many words away from the figure a measure word may be. */
const WINDOW = 4;

/** Prefixes of bound figures, which state a limit rather than the figure ("at least $2bn"). */
export const BOUND_PREFIXES: readonly string[] = ['more than', 'less than', 'fewer than', 'over ', 'under ', 'up to', 'at least', 'at most',
  'as much as', 'as little as', 'upwards of', 'well over', 'just over', 'just under', 'well under'];

/** Words right next to a figure that make it an increment, not a total ("$2bn more", "another $1bn"). */
const INCREMENT_WORDS: ReadonlySet<string> = new Set(['more', 'another', 'additional', 'extra', 'further', 'new']);

/** Verbs right before a figure that make it a change ("grew 40%", "fell $2bn"); "grew to $5bn" is a level. */
const CHANGE_BEFORE: ReadonlySet<string> = new Set(['by', 'grew', 'grown', 'rose', 'risen', 'fell', 'fallen', 'dropped', 'declined', 'increased',
  'decreased', 'jumped', 'climbed', 'slid', 'surged', 'gained', 'cut', 'up', 'down', 'slumped', 'soared', 'plunged']);

/** Words right after a figure that make it a change ("a 40% increase", "25% lower"). */
const CHANGE_AFTER: ReadonlySet<string> = new Set(['increase', 'rise', 'drop', 'decline', 'jump', 'gain', 'growth', 'higher', 'lower', 'fall', 'cut', 'less']);

/** Words that make a "raised" figure a running total ("has raised $640m since 2021", "so far"). */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['since', 'total', 'far', 'date', 'altogether', 'cumulative', 'overall']);

/** Words before an organization that make it the source of a figure, not its owner ("according to PitchBook"). */
export const SOURCE_BEFORE: ReadonlyArray<readonly string[]> = [['according', 'to'], ['data', 'from'], ['figures', 'from'], ['compiled', 'by'], ['reported', 'by'], ['per']];

/** Speech verbs after an organization: it is a source ("Harrowgate said a valuation of...") unless what follows
 * is about itself ("Kestrel said it had closed a $1.2bn round"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'reported', 'reports', 'estimated', 'estimates', 'wrote',
  'believes', 'argued', 'argues', 'noted', 'notes', 'calculated', 'calculates', 'according']);

/** Words that, after a speech verb, make the speaker the subject of its own statement. */
export const SELF_WORDS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their', 'we', 'our']);

/** What a figure states: a level ("revenue of $5m") or a change ("revenue grew 40%"). */
export type FigureRole = 'level' | 'change';

/**
 * The role of a figure from its neighbouring words, or undefined when it is not comparable: an increment
 * ("another $1bn"), an earlier value ("from $2.5 million"), or a share ("40% of revenue").
 */
export function figureRole(before: readonly string[], after: readonly string[], percent: boolean): FigureRole | undefined {
  const prev = before[0] ?? '';
  const next = after[0] ?? '';
  if (INCREMENT_WORDS.has(prev) || INCREMENT_WORDS.has(next) || prev === 'from' || (percent && next === 'of')) {
    return undefined;
  }
  return CHANGE_BEFORE.has(prev) || CHANGE_AFTER.has(next) || CHANGE_AFTER.has(after[1] ?? '') ? 'change' : 'level';
}

/**
 * The measure of a figure: the nearest measure phrase, with "raised" turned into total funding when the
 * sentence speaks of a running total, and a round or share sale "at $X" left out (a size or a valuation?).
 */
export function measureFor(before: readonly string[], after: readonly string[], sentenceWords: readonly string[]): string | undefined {
  const measure = nearestMeasure(before, after);
  if (measure === undefined || measure === 'other') {
    return undefined;
  }
  if (measure === 'raised' && sentenceWords.some((w) => TOTAL_WORDS.has(w))) {
    return 'total-funding';
  }
  const sizes = new Set(['raised', 'funding-round', 'share-sale']);
  return before[0] === 'at' && sizes.has(measure) ? undefined : measure;
}

/** Words that make a sentence a forecast or a plan, whose figures are compared only with other forecasts. */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(['expects', 'expected', 'expect', 'forecast', 'forecasts', 'projected',
  'projects', 'target', 'targets', 'aims', 'plans', 'planned', 'could', 'would', 'might', 'will', 'hopes', 'seeks', 'seeking']);

// Words, plus clause punctuation as separate tokens: a measure is looked for only within the figure's clause.
const WORD_OR_BREAK = /[\p{L}\p{N}]+|[,;:()\u2013\u2014]/gu;
const BREAKS = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);

/** Lower-case words and clause breaks of a stretch of text, in order. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD_OR_BREAK) ?? []).map((w) => w.toLowerCase());
}

/**
 * The measure nearest to a figure, given the words before it (nearest first) and after it (nearest first).
 * Undefined when there is none within the window and clause, or when two different measures are equally near.
 */
export function nearestMeasure(before: readonly string[], after: readonly string[]): string | undefined {
  const found = [...matches(before, true), ...matches(after, false)];
  if (found.length === 0) {
    return undefined;
  }
  const best = Math.min(...found.map((f) => f.distance));
  const nearest = found.filter((f) => f.distance === best);
  const longest = Math.max(...nearest.map((f) => f.length));
  const measures = new Set(nearest.filter((f) => f.length === longest).map((f) => f.measure));
  return measures.size === 1 ? [...measures][0] : undefined;
}

interface MeasureMatch {
  readonly measure: string;
  readonly distance: number;
  readonly length: number;
}

/**
 * Phrase matches in a word list that runs away from the figure; `reversed` lists are read backwards, so a
 * phrase's words appear in reverse there. The distance is that of the phrase word nearest the figure.
 */
function matches(words: readonly string[], reversed: boolean): MeasureMatch[] {
  const limit = clauseLimit(words);
  const found: MeasureMatch[] = [];
  for (let d = 0; d < limit; d++) {
    for (const phrase of PHRASES) {
      const n = phrase.words.length;
      if (d + n > limit) {
        continue;
      }
      const slice = words.slice(d, d + n);
      const inOrder = reversed ? [...slice].reverse() : slice;
      if (inOrder.every((w, k) => w === phrase.words[k])) {
        found.push({ measure: phrase.measure, distance: d, length: n });
      }
    }
  }
  return found;
}

/** How many words of a list lie within the window and before the first clause break. */
function clauseLimit(words: readonly string[]): number {
  const brk = words.findIndex((w) => BREAKS.has(w));
  return Math.min(brk < 0 ? words.length : brk, WINDOW + 1);
}

/** A measure as a phrase for messages ("funding-round" -> "funding round"). */
export function measureLabel(measure: string): string {
  return measure === 'raised' ? 'amount raised' : measure.replace(/-/g, ' ');
}
