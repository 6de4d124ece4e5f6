/**
 * The vague-group pattern: an optional quantifier, group modifiers and a group noun as the subject of a speech or
 * cognition verb ("some industry analysts have argued"), or after an inverted verb (", say analysts"). The group
 * is vague only when nothing in it or right around it names someone: "Goldman analysts expect" and "analysts at
 * Morgan Stanley expect" are sourced.
 */
import {
  CLAUSE_OPENERS, COGNITION_VERBS, GROUP_MODIFIERS, GROUP_NOUNS, INVERTED_VERBS, SINGULAR_GROUP_NOUNS,
  SPEECH_VERBS, VAGUE_QUANTIFIERS,
} from './claimLexicon';
import { isFamiliarMarker, isGeneric, isVerbAdverb } from './claimPhrases';
import { inMention, isBoundary, isNameToken, type SentenceView } from './claimTokens';

/** A matched vague group, as a token range, with its group noun. */
export interface GroupMatch {
  readonly from: number;
  readonly to: number;
  readonly noun: string;
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'any', 'two', 'three', 'several', 'many', 'few', 'most']);
const PLURAL_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'numerous', 'various', 'certain', 'multiple', 'countless']);
const MULTI_QUANTIFIERS: readonly (readonly string[])[] = [
  ['a', 'number', 'of'], ['a', 'handful', 'of'], ['a', 'couple', 'of'], ['a', 'lot', 'of'], ['a', 'majority', 'of'],
  ['a', 'host', 'of'], ['a', 'few'], ['lots', 'of'], ['plenty', 'of'], ['dozens', 'of'], ['scores', 'of'],
];
const PREPOSITIONS = new Set(['at', 'of', 'in', 'on', 'from', 'with', 'across', 'within', 'for', 'outside', 'inside', 'covering']);
/** Verbs a group takes after "as": "as insiders describe it", "as analysts noted". */
const AS_VERBS = new Set(['describe', 'described', 'put', 'say', 'said', 'note', 'noted', 'see', 'saw', 'call', 'called']);

function word(view: SentenceView, i: number): string | undefined {
  const token = view.tokens[i];
  return token && token.word && !token.quoted ? token.lower : undefined;
}

/**
 * True when token `i` can start a subject: it opens the sentence or follows punctuation or a conjunction. After
 * "as" only when `afterAs` is set, since "as investors worried" is background, not attribution.
 */
export function isSubjectStart(view: SentenceView, i: number, afterAs: boolean): boolean {
  const prev = view.tokens[i - 1];
  if (prev === undefined || isBoundary(prev)) {
    return true;
  }
  if (prev.quoted || !CLAUSE_OPENERS.has(prev.lower)) {
    return false;
  }
  return prev.lower !== 'as' || afterAs;
}

/** Matches a vague group at token `i`, in subject position or after an inverted verb. */
export function matchGroup(view: SentenceView, i: number): GroupMatch | undefined {
  return forwardGroup(view, i) ?? invertedGroup(view, i);
}

function forwardGroup(view: SentenceView, i: number): GroupMatch | undefined {
  const noun = groupPhrase(view, i);
  if (!noun || !isSubjectStart(view, i, true)) {
    return undefined;
  }
  let k = skipPrepositional(view, noun.end);
  if (k < 0) {
    return undefined;
  }
  while (k < noun.end + 6 && isVerbAdverb(word(view, k) ?? '')) {
    k++;
  }
  const verb = word(view, k) ?? '';
  if (!SPEECH_VERBS.has(verb) && !COGNITION_VERBS.has(verb)) {
    return undefined;
  }
  if (word(view, i - 1) !== 'as') {
    return { from: i, to: k + 1, noun: noun.noun };
  }
  // "as insiders describe it": the cue is the whole aside.
  if (!AS_VERBS.has(verb)) {
    return undefined;
  }
  return { from: i - 1, to: word(view, k + 1) === 'it' ? k + 2 : k + 1, noun: noun.noun };
}

/** ", say analysts" and "\u201d said one analyst": the verb follows a comma or a closing quotation mark. */
function invertedGroup(view: SentenceView, i: number): GroupMatch | undefined {
  if (!INVERTED_VERBS.has(word(view, i) ?? '') || !isBoundary(view.tokens[i - 1]) || i === 0) {
    return undefined;
  }
  const noun = groupPhrase(view, i + 1);
  if (!noun || skipPrepositional(view, noun.end) < 0) {
    return undefined;
  }
  return { from: i, to: noun.end, noun: noun.noun };
}

/** Quantifier, modifiers and a group noun starting at `i`; `end` is exclusive. */
function groupPhrase(view: SentenceView, i: number): { noun: string; end: number } | undefined {
  let j = i;
  let quantified = false;
  let plural = false;
  const multi = MULTI_QUANTIFIERS.find((q) => q.every((w, k) => word(view, i + k) === w));
  if (multi) {
    j += multi.length;
    quantified = plural = true;
  } else if (VAGUE_QUANTIFIERS.has(word(view, j) ?? '')) {
    quantified = INDEFINITE.has(word(view, j) ?? '');
    plural = PLURAL_QUANTIFIERS.has(word(view, j) ?? '');
    j++;
  }
  while (j < i + 6 && GROUP_MODIFIERS.has(word(view, j) ?? '') && !GROUP_NOUNS.has(word(view, j) ?? '')) {
    // A modifier that is part of a recognized name ("Silicon Valley Bank analysts") names the group.
    if (inMention(view, view.tokens[j])) {
      return undefined;
    }
    j++;
  }
  const noun = word(view, j) ?? '';
  // After "some", "many" or "most" any plural is an unnamed group: "some listeners have complained".
  const anyPlural = plural && /[^s]s$/.test(noun) && /^\p{Ll}/u.test(view.tokens[j]?.text ?? '') && !inMention(view, view.tokens[j]);
  if (!(GROUP_NOUNS.has(noun) || anyPlural) || (SINGULAR_GROUP_NOUNS.has(noun) && !quantified)) {
    return undefined;
  }
  return { noun, end: j + 1 };
}

/**
 * Skips "at Morgan Stanley" / "of the plan" after a group noun. Returns the index after it, the same index when
 * there is none, or -1 when it names someone (or says how they know, which the familiar-source cue reports).
 */
export function skipPrepositional(view: SentenceView, at: number): number {
  if (!PREPOSITIONS.has(word(view, at) ?? '')) {
    return at;
  }
  if (isFamiliarMarker(view.words, at - 1) || isFamiliarMarker(view.words, at)) {
    return -1;
  }
  let k = at + 1;
  while (k < at + 6 && view.tokens[k] !== undefined && !isBoundary(view.tokens[k])) {
    if (isNameToken(view, k, isGeneric)) {
      return -1;
    }
    const w = word(view, k) ?? '';
    if (SPEECH_VERBS.has(w) || COGNITION_VERBS.has(w)) {
      return k;
    }
    k++;
  }
  return k;
}
