/**
 * Classifies the noun phrase that could be a source: the subject before "said", the object of "according to",
 * the agent after "reviewed by". A source must name something; a group, a quantity of people or a report nobody
 * signed does not.
 */
import {
  BE_FORMS, CLAUSE_OPENERS, DESCRIBED_SOURCES, DETERMINERS, FAMILIAR_HEADS, GROUP_MODIFIERS, GROUP_NOUNS,
  HEDGE_ADVERBS, PRONOUNS, QUANTIFIER_SUBJECTS, REPORT_MODIFIERS, REPORT_NOUNS, SOURCE_NOUNS, VAGUE_QUANTIFIERS,
  VERB_ADVERBS,
} from './claimLexicon';
import { isBoundary, isNameToken, wordAt, type ClaimToken, type SentenceView } from './claimTokens';

/** What a phrase says about a source. */
export type PhraseKind = 'named' | 'vague' | 'unknown' | 'empty';

/** A half-open range of token indexes. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** Longest subject or object phrase considered, in tokens; longer ones are cut from the far end. */
const MAX_PHRASE = 10;

/** Words that never name anyone, even capitalized at the start of a sentence. */
export function isGeneric(lower: string): boolean {
  return (
    GROUP_NOUNS.has(lower) || GROUP_MODIFIERS.has(lower) || VAGUE_QUANTIFIERS.has(lower) || REPORT_NOUNS.has(lower) ||
    REPORT_MODIFIERS.has(lower) || SOURCE_NOUNS.has(lower) || QUANTIFIER_SUBJECTS.has(lower)
  );
}

/** True for an adverb or auxiliary inside a verb group: "has also said", "is widely believed". */
export function isVerbAdverb(word: string): boolean {
  return VERB_ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word));
}

// Words ending in -ly that are nouns or adjectives, not adverbs ("the daily reported", "the family said").
const LY_NOUNS = new Set([
  'family', 'rally', 'ally', 'supply', 'assembly', 'monopoly', 'anomaly', 'daily', 'weekly', 'monthly', 'quarterly',
  'yearly', 'early', 'apply', 'reply', 'comply', 'imply', 'multiply',
]);

/** An unquoted lower-case adverb token: a capitalized "Kelly" before "said" is the speaker, not an adverb. */
function isAdverbToken(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  return token !== undefined && /^\p{Ll}/u.test(token.text) && isVerbAdverb(view.words[k]);
}

/** Classifies tokens `[range.from, range.to)` of a sentence as a source phrase. */
export function classifyPhrase(view: SentenceView, range: TokenRange): PhraseKind {
  const tokens = view.tokens.slice(range.from, range.to).filter((t) => t.word);
  if (tokens.length === 0) {
    return 'empty';
  }
  // Anonymity wins over any name in the phrase: "people close to Quenby" and "sources at Acme" are not sources.
  if (isAnonymous(tokens)) {
    return 'vague';
  }
  for (let i = range.from; i < range.to; i++) {
    if (isNameToken(view, i, isGeneric)) {
      return 'named';
    }
  }
  const last = tokens[tokens.length - 1].lower;
  if (tokens.length === 1 && PRONOUNS.has(last)) {
    return 'named';
  }
  // A phrase headed by a role or document is described even when a group word modifies it ("official data").
  if (DESCRIBED_SOURCES.has(last.replace(/'s$/, '')) && !isUnsignedReport(tokens)) {
    return 'named';
  }
  if (isVagueGroup(tokens)) {
    return 'vague';
  }
  return tokens.some((t) => DESCRIBED_SOURCES.has(t.lower.replace(/'s$/, ''))) || PRONOUNS.has(last) ? 'named' : 'unknown';
}

function isAnonymous(tokens: readonly ClaimToken[]): boolean {
  const lowers = tokens.map((t) => t.lower);
  if (lowers.some((w) => SOURCE_NOUNS.has(w))) {
    return true;
  }
  return lowers.some((w, i) => FAMILIAR_HEADS.has(w) && isFamiliarMarker(lowers, i + 1));
}

/** True when the words at `i` say how someone knows rather than who they are: "familiar with", "close to". */
export function isFamiliarMarker(lowers: readonly string[], i: number): boolean {
  const [a, b, c] = [lowers[i], lowers[i + 1], lowers[i + 2]];
  switch (a) {
    case 'familiar':
    case 'close':
    case 'briefed':
    case 'knowledgeable':
    case 'involved':
    case 'privy':
      return true;
    case 'aware':
      return b === 'of';
    case 'with':
      return b === 'knowledge' || ((b === 'direct' || b === 'firsthand') && c === 'knowledge');
    case 'in':
      return b === 'the' && c === 'know';
    default:
      return false;
  }
}

const UNSIGNED_HEADS = new Set(['report', 'survey', 'study', 'poll']);

/** "According to a report" names no one; "according to the report" points back at one already named. */
function isUnsignedReport(tokens: readonly ClaimToken[]): boolean {
  const first = tokens[0].lower;
  const head = tokens[tokens.length - 1].lower;
  return UNSIGNED_HEADS.has(head) && (first === 'a' || first === 'an' || first === 'one' || first === 'another');
}

function isVagueGroup(tokens: readonly ClaimToken[]): boolean {
  const lowers = tokens.map((t) => t.lower);
  const head = lowers[lowers.length - 1];
  const first = lowers[0];
  if (REPORT_NOUNS.has(head) || (lowers.length === 1 && QUANTIFIER_SUBJECTS.has(head))) {
    return true;
  }
  if (isUnsignedReport(tokens)) {
    return true;
  }
  if (head === 'estimates' || head === 'estimate' || head === 'accounts') {
    return !DETERMINERS.has(first) || first === 'a';
  }
  if (!lowers.some((w) => GROUP_NOUNS.has(w))) {
    return false;
  }
  // A definite group ("the analyst", "the people") refers back to someone introduced earlier; others stay vague.
  return !(DETERMINERS.has(first) && first !== 'a' && first !== 'an');
}

/**
 * The subject phrase before a verb at token `verb`: skips auxiliaries and adverbs ("has also said"), then runs back
 * to a clause boundary (punctuation, a quotation, a conjunction or relative pronoun) or MAX_PHRASE tokens.
 */
export function subjectBefore(view: SentenceView, verb: number): TokenRange {
  let to = verb;
  while (to > 0 && isAdverbToken(view, to - 1)) {
    to--;
  }
  let from = to;
  while (from > 0 && to - from < MAX_PHRASE) {
    const prev = view.tokens[from - 1];
    if (prev.quoted || isBoundary(prev) || CLAUSE_OPENERS.has(prev.lower)) {
      break;
    }
    from--;
  }
  return { from, to };
}

/** The phrase after token `at` up to the next boundary, clause opener or MAX_PHRASE tokens. */
export function phraseAfter(view: SentenceView, at: number): TokenRange {
  let to = at;
  while (to < view.tokens.length && to - at < MAX_PHRASE) {
    const token = view.tokens[to];
    if (token.quoted || isBoundary(token) || (to > at && CLAUSE_OPENERS.has(token.lower))) {
      break;
    }
    to++;
  }
  return { from: at, to };
}

/**
 * The subject of the verb at token `verb`, looking through an appositive or a relative clause set off by commas:
 * in "Jane Doe, an analyst, said" and "Doe, who covers chips, said" the subject is "Jane Doe" / "Doe".
 */
export function subjectOf(view: SentenceView, verb: number): TokenRange {
  const direct = subjectBefore(view, verb);
  const before = view.tokens[direct.from - 1];
  if (direct.to > direct.from) {
    const first = view.tokens[direct.from].lower;
    // Only an appositive that names no one ("Jane Doe, an analyst, said") hands the subject to the phrase before it;
    // "Revenue rose, the governor's office said" keeps its own subject.
    const appositive = before?.text === ',' && (DETERMINERS.has(first) || DESCRIBED_SOURCES.has(first));
    if (!appositive || classifyPhrase(view, direct) !== 'vague') {
      return direct;
    }
    return hostBefore(view, direct.from - 1) ?? direct;
  }
  if (before?.text !== ',') {
    return direct;
  }
  // "X, who leads Y, told": the clause between the commas is a relative clause or an aside.
  const clause = subjectBefore(view, direct.from - 1);
  const opener = view.tokens[clause.from - 1];
  if (RELATIVE.has(opener?.lower ?? '')) {
    return hostBefore(view, clause.from - 1) ?? direct;
  }
  // Any other clause set off by commas is parenthetical: "Bloomberg, citing people familiar with it, reported".
  if (opener?.text === ',' && clause.to > clause.from) {
    return hostBefore(view, clause.from - 1) ?? direct;
  }
  return direct;
}

const RELATIVE = new Set(['who', 'whose', 'which']);

/** The phrase ending right before token `at` (a comma or relative pronoun), skipping one comma. */
function hostBefore(view: SentenceView, at: number): TokenRange | undefined {
  let to = at;
  if (RELATIVE.has(view.tokens[to]?.lower ?? '') && view.tokens[to - 1]?.text === ',') {
    to--;
  }
  const host = subjectBefore(view, to);
  return host.to > host.from ? host : undefined;
}

const NEGATIONS = new Set(['not', 'never']);

/**
 * Rules out verbs that are not speech acts here: passives ("is said to", "was reported"), adjectives and nouns after
 * a determiner ("an estimated $5bn", "its forecast"), the headline hedge "said to be", negations ("did not say")
 * and verbs hedged themselves ("the firm reportedly expects").
 */
export function isActiveVerb(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isAdverbToken(view, k)) {
    if (HEDGE_ADVERBS.has(wordAt(view, k) ?? '') || NEGATIONS.has(wordAt(view, k) ?? '')) {
      return false;
    }
    k--;
  }
  const before = wordAt(view, k) ?? '';
  if (BE_FORMS.has(before) || before === "it's" || DETERMINERS.has(before) || before === 'to' || before.endsWith("n't")) {
    return false;
  }
  return !(wordAt(view, i + 1) === 'to' && ['be', 'have', 'been'].includes(wordAt(view, i + 2) ?? ''));
}
