/**
 * Hedge and vague-attribution cues in one sentence, matched as short grammatical patterns over word classes
 * (claimLexicon.ts) instead of a flat phrase list. Tokens inside quotations never match.
 */
import type { ClaimCode } from './types';
import {
  BE_FORMS, CONSENSUS_ADVERBS, CONSENSUS_PARTICIPLES, COGNITION_VERBS, FAMILIAR_HEADS, GROUP_MODIFIERS,
  GROUP_NOUNS, HEDGE_ADVERBS, HEDGE_PARTICIPLES, QUANTIFIER_SUBJECTS, REPORT_MODIFIERS, REPORT_NOUNS,
  REPORT_VERBS, SOURCE_NOUNS, SPEECH_VERBS, STRONG_ATTRIBUTION_VERBS, VAGUE_QUANTIFIERS,
  isThirdPersonForm,
} from './claimLexicon';
import { classifyPhrase, isActiveVerb, isFamiliarMarker, isVerbAdverb, phraseAfter, subjectOf } from './claimPhrases';
import { isSubjectStart, matchGroup, skipPrepositional, type GroupMatch } from './claimGroups';
import { wordAt, type SentenceView } from './claimTokens';

/** What kind of cue it is, which decides the message. */
export type CueFamily = 'report' | 'allegation' | 'passive' | 'anonymous' | 'group' | 'consensus' | 'quantifier' | 'custom';

/** A cue found in a sentence, as a token range. */
export interface Cue {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
  readonly code: ClaimCode;
  readonly family: CueFamily;
  /** The key word for the message: the participle ("said"), the group noun ("analysts"). */
  readonly key?: string;
}

/** Finds every cue in the sentence; overlapping cues are resolved later. `extra` are user hedge phrases. */
export function findCues(view: SentenceView, extra: readonly (readonly string[])[] = []): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const found = cueAt(view, i) ?? customCue(view, i, extra);
    if (found) {
      cues.push(found);
    }
  }
  return cues;
}

function cueAt(view: SentenceView, i: number): Cue | undefined {
  const word = wordAt(view, i);
  if (word === undefined) {
    return undefined;
  }
  if (HEDGE_ADVERBS.has(word)) {
    return { from: i, to: i + 1, code: 'hedged-claim', family: word === 'allegedly' ? 'allegation' : 'report', key: word };
  }
  return (
    passiveCue(view, i) ?? bareParticipleCue(view, i) ?? reportNounCue(view, i) ?? accordingToCue(view, i) ??
    familiarCue(view, i) ?? sourcesCue(view, i) ?? groupCue(view, i) ?? quantifierCue(view, i) ?? estimatesCue(view, i) ??
    vagueSubjectCue(view, i)
  );
}

/** "is said to", "were later reported to", "it is understood (that)", "it is widely believed", "is widely seen as". */
function passiveCue(view: SentenceView, i: number): Cue | undefined {
  const word = wordAt(view, i) ?? '';
  const itIs = word === "it's";
  if (!BE_FORMS.has(word) && !itIs) {
    return undefined;
  }
  let j = i + 1;
  let consensus = false;
  while (j < i + 3 && (isVerbAdverb(wordAt(view, j) ?? '') || CONSENSUS_ADVERBS.has(wordAt(view, j) ?? ''))) {
    consensus ||= CONSENSUS_ADVERBS.has(wordAt(view, j) ?? '');
    j++;
  }
  const participle = wordAt(view, j) ?? '';
  const next = wordAt(view, j + 1);
  const code: ClaimCode = consensus ? 'vague-attribution' : 'hedged-claim';
  const family: CueFamily = consensus ? 'consensus' : 'passive';
  const hedging = HEDGE_PARTICIPLES.has(participle) || (consensus && CONSENSUS_PARTICIPLES.has(participle));
  if (!hedging) {
    return undefined;
  }
  if (next === 'to' || (consensus && next === 'as')) {
    return { from: i, to: j + 2, code, family, key: participle };
  }
  const impersonal = itIs || wordAt(view, i - 1) === 'it' || (wordAt(view, i - 1) === 'has' && wordAt(view, i - 2) === 'it');
  if (!impersonal) {
    return undefined;
  }
  const start = itIs ? i : wordAt(view, i - 1) === 'it' ? i - 1 : i - 2;
  return { from: start, to: j + 1, code, family, key: participle };
}

const BARE_HEDGE_OBJECTS = new Set(['be', 'have', 'been', 'own', 'control', 'hold', 'plan', 'favour', 'favor', 'want', 'weigh', 'consider']);

/** Headline-style hedges without "to be": "Acme said to weigh sale", "rumored to be", "the rumored deal". */
function bareParticipleCue(view: SentenceView, i: number): Cue | undefined {
  const word = wordAt(view, i) ?? '';
  const rumored = word === 'rumored' || word === 'rumoured';
  const next = wordAt(view, i + 1);
  if (rumored && (next === 'to' || ['a', 'an', 'the'].includes(wordAt(view, i - 1) ?? ''))) {
    return { from: i, to: next === 'to' ? i + 2 : i + 1, code: 'hedged-claim', family: 'passive', key: 'rumored' };
  }
  const headline = word === 'said' || word === 'reported' || word === 'believed' || word === 'thought';
  if (headline && next === 'to' && BARE_HEDGE_OBJECTS.has(wordAt(view, i + 2) ?? '') && !BE_FORMS.has(wordAt(view, i - 1) ?? '')) {
    return { from: i, to: i + 2, code: 'hedged-claim', family: 'passive', key: word };
  }
  return undefined;
}

/** "reports indicate", "unconfirmed media reports suggest", "there are reports that", "rumor has it". */
function reportNounCue(view: SentenceView, i: number): Cue | undefined {
  const word = wordAt(view, i) ?? '';
  if ((word === 'rumor' || word === 'rumour') && wordAt(view, i + 1) === 'has' && wordAt(view, i + 2) === 'it') {
    return { from: i, to: i + 3, code: 'hedged-claim', family: 'report', key: 'rumor' };
  }
  if (word === 'there' && BE_FORMS.has(wordAt(view, i + 1) ?? '') && REPORT_NOUNS.has(wordAt(view, i + 2) ?? '')) {
    return { from: i, to: i + 3, code: 'hedged-claim', family: 'report', key: 'reports' };
  }
  if (!REPORT_MODIFIERS.has(word) && !REPORT_NOUNS.has(word)) {
    return undefined;
  }
  let j = i;
  while (j < i + 2 && REPORT_MODIFIERS.has(wordAt(view, j) ?? '')) {
    j++;
  }
  if (!REPORT_NOUNS.has(wordAt(view, j) ?? '') || !isSubjectStart(view, i, false)) {
    return undefined;
  }
  let k = j + 1;
  while (k < j + 3 && isVerbAdverb(wordAt(view, k) ?? '')) {
    k++;
  }
  return REPORT_VERBS.has(wordAt(view, k) ?? '') ? { from: i, to: k + 1, code: 'hedged-claim', family: 'report', key: 'reports' } : undefined;
}

/** "according to reports", "according to analysts", "according to people familiar with the matter". */
function accordingToCue(view: SentenceView, i: number): Cue | undefined {
  if (wordAt(view, i) !== 'according' || wordAt(view, i + 1) !== 'to') {
    return undefined;
  }
  const phrase = phraseAfter(view, i + 2);
  if (classifyPhrase(view, phrase) !== 'vague') {
    return undefined;
  }
  const lowers = view.tokens.slice(phrase.from, phrase.to).map((t) => t.lower);
  // Unsigned reports are hedges; unnamed people (sources, analysts, people familiar with it) are vague attribution.
  const report = lowers.some((w) => REPORT_NOUNS.has(w) || w === 'report' || w === 'estimates');
  const anonymous = lowers.some((w, k) => SOURCE_NOUNS.has(w) || (FAMILIAR_HEADS.has(w) && isFamiliarMarker(lowers, k + 1)));
  const key = lowers.find((w) => GROUP_NOUNS.has(w) || REPORT_NOUNS.has(w) || SOURCE_NOUNS.has(w));
  if (report) {
    return { from: i, to: phrase.to, code: 'hedged-claim', family: 'report', key: 'reports' };
  }
  return { from: i, to: phrase.to, code: 'vague-attribution', family: anonymous ? 'anonymous' : 'group', key };
}

/** "people familiar with the matter", "a person close to Quenby", "sources with knowledge of the talks". */
function familiarCue(view: SentenceView, i: number): Cue | undefined {
  const head = wordAt(view, i) ?? '';
  const lowers = view.words;
  if (!FAMILIAR_HEADS.has(head) || !isFamiliarMarker(lowers, i + 1)) {
    return undefined;
  }
  let from = i;
  while (from > 0 && (VAGUE_QUANTIFIERS.has(wordAt(view, from - 1) ?? '') || GROUP_MODIFIERS.has(wordAt(view, from - 1) ?? ''))) {
    from--;
  }
  const rest = phraseAfter(view, i + 1);
  let to = rest.from;
  while (to < rest.to && to < i + 7 && !isVerbWord(wordAt(view, to) ?? '')) {
    to++;
  }
  return { from, to, code: 'vague-attribution', family: 'anonymous', key: head };
}

function isVerbWord(word: string): boolean {
  return SPEECH_VERBS.has(word) || COGNITION_VERBS.has(word);
}

/** "sources say", "two sources told Reuters", ", sources said". */
function sourcesCue(view: SentenceView, i: number): Cue | undefined {
  if (!SOURCE_NOUNS.has(wordAt(view, i) ?? '')) {
    return undefined;
  }
  let from = i;
  while (from > 0 && (VAGUE_QUANTIFIERS.has(wordAt(view, from - 1) ?? '') || GROUP_MODIFIERS.has(wordAt(view, from - 1) ?? ''))) {
    from--;
  }
  let k = i + 1;
  while (k < i + 3 && isVerbAdverb(wordAt(view, k) ?? '')) {
    k++;
  }
  if (isVerbWord(wordAt(view, k) ?? '')) {
    return { from, to: k + 1, code: 'vague-attribution', family: 'anonymous', key: 'sources' };
  }
  // Inverted: "..., said sources familiar with the plan" (the familiar cue takes the longer form).
  const verb = wordAt(view, from - 1) ?? '';
  return SPEECH_VERBS.has(verb) ? { from: from - 1, to: i + 1, code: 'vague-attribution', family: 'anonymous', key: 'sources' } : undefined;
}

/** "analysts believe", "some industry insiders say", "critics of the plan argue", ", say analysts". */
function groupCue(view: SentenceView, i: number): Cue | undefined {
  const match: GroupMatch | undefined = matchGroup(view, i);
  return match ? { from: match.from, to: match.to, code: 'vague-attribution', family: 'group', key: match.noun } : undefined;
}

/** "many believe", "some say", "others have argued", "many in the industry think". */
function quantifierCue(view: SentenceView, i: number): Cue | undefined {
  const word = wordAt(view, i) ?? '';
  if (!QUANTIFIER_SUBJECTS.has(word) || !isSubjectStart(view, i, false)) {
    return undefined;
  }
  let k = skipPrepositional(view, i + 1);
  if (k < 0) {
    return undefined;
  }
  let auxiliary = false;
  const limit = k + 2;
  while (k < limit && isVerbAdverb(wordAt(view, k) ?? '')) {
    auxiliary ||= ['have', 'had', 'will', 'would', 'may', 'might', 'could'].includes(wordAt(view, k) ?? '');
    k++;
  }
  const verb = wordAt(view, k) ?? '';
  // A quantifier takes a plural verb; "some estimates" and "many reports" are noun phrases.
  if (!isVerbWord(verb) || (isThirdPersonForm(verb) && !auxiliary)) {
    return undefined;
  }
  return { from: i, to: k + 1, code: 'vague-attribution', family: 'quantifier', key: verb };
}

/**
 * A speech verb whose subject, found through appositives and relative clauses, is an unnamed group: "One analyst,
 * who asked not to be named, said". The cue is the subject phrase.
 */
function vagueSubjectCue(view: SentenceView, i: number): Cue | undefined {
  const verb = wordAt(view, i) ?? '';
  if (!STRONG_ATTRIBUTION_VERBS.has(verb) || !isActiveVerb(view, i)) {
    return undefined;
  }
  const subject = subjectOf(view, i);
  if (classifyPhrase(view, subject) !== 'vague') {
    return undefined;
  }
  const lowers = view.tokens.slice(subject.from, subject.to).map((t) => t.lower);
  const noun = lowers.find((w) => GROUP_NOUNS.has(w) || SOURCE_NOUNS.has(w));
  return noun ? { from: subject.from, to: subject.to, code: 'vague-attribution', family: noun.startsWith('source') ? 'anonymous' : 'group', key: noun } : undefined;
}

/** "by some estimates", "by most accounts". */
function estimatesCue(view: SentenceView, i: number): Cue | undefined {
  if (wordAt(view, i) !== 'by' || !VAGUE_QUANTIFIERS.has(wordAt(view, i + 1) ?? '')) {
    return undefined;
  }
  const noun = wordAt(view, i + 2) ?? '';
  const vague = ['estimates', 'estimate', 'accounts', 'account', 'measures', 'counts'].includes(noun);
  return vague ? { from: i, to: i + 3, code: 'vague-attribution', family: 'quantifier', key: noun } : undefined;
}

/** A user-configured hedge phrase (lower-case words) starting at token `i`. */
function customCue(view: SentenceView, i: number, extra: readonly (readonly string[])[]): Cue | undefined {
  for (const phrase of extra) {
    let k = 0;
    while (k < phrase.length && wordAt(view, i + k) === phrase[k]) {
      k++;
    }
    if (k > 0 && k === phrase.length) {
      return { from: i, to: i + k, code: 'hedged-claim', family: 'custom' };
    }
  }
  return undefined;
}
