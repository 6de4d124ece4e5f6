/**
 * Evidence for what a capitalized chunk names. Each cue adds to a score for person, organization, place or
 * "none"; names.ts commits to the best when it is clear enough. The cues are the ones news writing gives a
 * reader who has never heard of the name: titles, corporate suffixes, descriptors, appositives, possessives, verbs.
 */
import { isOrgHead, type Chunk } from './chunks';
import {
  NON_ORG_ACRONYMS, ORG_DESCRIPTORS, ORG_POSSESSIONS, ORG_VERBS, PERSON_DESCRIPTORS, PERSON_POSSESSIONS,
  PERSON_TITLES, SPEECH_VERBS, GENERIC_CAPITALS, NAME_PARTICLES,
} from './nameCues';
import { classifyWord, isPlaceWord, knownMultiwordKind } from './nlp';
import type { Token } from './tokens';

/** Evidence totals for one chunk, and the strongest cue's name. */
export interface Scores {
  person: number;
  organization: number;
  place: number;
  none: number;
  reason: string;
}

/** What scoreChunk looks at. */
export interface ChunkContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly chunk: Chunk;
  readonly neighbours: readonly Chunk[];
  readonly index: number;
}

// Words that end an appositive noun phrase: a predicate or a participle phrase has begun.
const PREDICATE_WORDS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'said', 'says', 'told', 'added', 'by', 'led', 'run', 'owned', 'founded',
  'based', 'backed', 'with', 'from', 'for', 'at', 'in', 'on', 'to', 'or', 'that',
]);

type Kind = 'person' | 'organization' | 'place' | 'none';

class Tally {
  readonly scores: Scores = { person: 0, organization: 0, place: 0, none: 0, reason: '' };
  #strongest = 0;

  add(kind: Kind, amount: number, reason: string): void {
    this.scores[kind] += amount;
    if (kind !== 'none' && kind !== 'place' && amount > this.#strongest) {
      this.#strongest = amount;
      this.scores.reason = reason;
    }
  }
}

/** Scores one chunk from its words and its context. */
export function scoreChunk(ctx: ChunkContext): Scores {
  const tally = new Tally();
  const words = ctx.tokens.slice(ctx.chunk.first, ctx.chunk.last + 1);
  scoreLexicon(words, tally);
  scoreShape(ctx, words, ctx.chunk, tally);
  scoreBefore(ctx, words, tally);
  scoreAfter(ctx, tally);
  return tally.scores;
}

function scoreLexicon(words: readonly Token[], tally: Tally): void {
  const phrase = words.map((w) => w.lower).join(' ');
  const known = knownMultiwordKind(phrase);
  if (known === 'place') {
    tally.add('place', 4, 'lexicon');
  } else if (known) {
    tally.add(known, 4, 'lexicon');
  }
  const names = words.filter((w) => !NAME_PARTICLES.has(w.lower));
  const firstWord = classifyWord(names[0]?.text ?? '');
  const lastWord = classifyWord(names[names.length - 1]?.text ?? '');
  if (names.length >= 2 && firstWord.givenName) {
    tally.add('person', 2, 'given-name');
  }
  if (names.length >= 2 && lastWord.surname) {
    tally.add('person', 1, 'surname');
  }
  if (names.length === 1) {
    scoreSingleWord(names[0], tally);
  }
  if (names.length >= 2) {
    // "United States and Canada": a known place at the front makes the chunk a place, whatever follows.
    const front = knownMultiwordKind(names.slice(0, 2).map((w) => w.lower).join(' '));
    if (front === 'place') {
      tally.add('place', 3, 'place');
    }
  }
  // A head word alone ("Police", "Hospital") is generic; it names an organization only with other words.
  if (names.length >= 2 && names.some((w) => isOrgHead(w))) {
    const head = names.find((w) => isOrgHead(w));
    tally.add('organization', head === names[names.length - 1] || names.length > 2 ? 3 : 2, 'org-suffix');
  }
  if (names.length >= 2 && isPlaceWord(names[names.length - 1].lower) && !names.some(isOrgHead)) {
    tally.add('place', 2.5, 'place-word');
  }
  if (names.length >= 2 && names.every((w) => classifyWord(w.text).place || GENERIC_CAPITALS.has(w.lower))) {
    tally.add('place', 2, 'place');
  }
}

function scoreSingleWord(word: Token, tally: Tally): void {
  const cls = classifyWord(word.text);
  if (cls.place) {
    tally.add('place', 3, 'place');
  }
  if (cls.organization) {
    tally.add('organization', 3, 'lexicon');
  }
  if (cls.calendar || cls.demonym) {
    tally.add('none', 4, 'calendar');
  }
  if (GENERIC_CAPITALS.has(word.lower) || (cls.common && cls.known)) {
    tally.add('none', word.first ? 2 : 1.5, 'common');
  } else if (cls.common) {
    // Only guessed from its ending ("Platewise" looks like an adverb): weak evidence against a name.
    tally.add('none', 0.8, 'common');
  } else if (cls.frequent && !word.allCaps && !word.innerCap) {
    // "Police", "Hospital", "Government": a frequent word alone is a name only with strong evidence.
    tally.add('none', 2.5, 'common');
  }
  if (cls.givenName && !cls.place) {
    tally.add('person', 0.8, 'given-name');
  }
  if (cls.surname) {
    tally.add('person', 0.8, 'surname');
  }
  if (word.allCaps && NON_ORG_ACRONYMS.has(word.lower)) {
    tally.add('none', 4, 'acronym');
  } else if (word.allCaps && word.text.replace(/\./g, '').length <= 6) {
    tally.add('organization', cls.place ? 1 : 2, 'acronym');
  }
  if (word.innerCap) {
    tally.add('organization', 1.6, 'camel-case');
  }
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word.text)) {
    // A double-barrelled surname ("Okonkwo-Reyes"); companies rarely hyphenate two capitalized words.
    tally.add('person', 1, 'hyphenated-name');
  }
}

function scoreShape(ctx: ChunkContext, words: readonly Token[], chunk: Chunk, tally: Tally): void {
  if (words[0].text === 'The') {
    tally.add('organization', 3, 'publication');
  }
  if (words.length >= 2 && /&/.test(ctx.text.slice(words[0].start, words[words.length - 1].end))) {
    // "Rosenthal & Weir", "Hollings & Marr": an ampersand joins partners' names into a firm's.
    tally.add('organization', 5, 'ampersand');
  }
  const before = ctx.text.slice(Math.max(0, words[0].start - 1), words[0].start);
  const after = ctx.text.slice(words[words.length - 1].end, words[words.length - 1].end + 2);
  if (/["\u201c]/.test(before) && /^,?["\u201d]/.test(after)) {
    // "Paper Lanterns": a capitalized phrase that fills a quotation is the title of a work.
    tally.add('none', 3, 'title-of-work');
  }
  if (chunk.title) {
    tally.add('person', 3.5, 'title');
  }
  if (chunk.splitFromOrg) {
    tally.add('person', 1, 'title');
  }
  if (chunk.beforeTitle && words.some((w) => w.allCaps || w.innerCap || !classifyWord(w.text).known)) {
    tally.add('organization', 3, 'org-title');
  }
  const names = words.filter((w) => !NAME_PARTICLES.has(w.lower));
  const allCommon = names.length >= 2 && names.every((w) => isCommonWord(w));
  if (names.length >= 2 && names.length <= 4 && names.every(isPersonNameWord) && !allCommon) {
    tally.add('person', 1.5, 'name-shape');
  }
  if (allCommon) {
    tally.add('none', 1.8, 'common');
  }
  if (names.length >= 5) {
    tally.add('organization', 1, 'long-name');
  }
  if (chunk.lead.some((w) => ORG_DESCRIPTORS.has(w))) {
    tally.add('organization', 2.5, 'descriptor');
  }
  if (chunk.lead.some((w) => PERSON_DESCRIPTORS.has(w))) {
    tally.add('person', 2.5, 'descriptor');
  }
}

function isPersonNameWord(w: Token): boolean {
  // Acronyms are not parts of people's names; initials are written with periods ("J.K.").
  if (w.allCaps && !w.text.includes('.')) {
    return false;
  }
  const cls = classifyWord(w.text);
  const demonymCompound = w.text.includes('-') && w.text.split('-').every((part) => classifyWord(part).demonym);
  return !isOrgHead(w) && !cls.place && !cls.calendar && !cls.demonym && !demonymCompound && !w.innerCap && /^[\p{Lu}][\p{L}\p{M}'\u2019.-]*$/u.test(w.text);
}

function isCommonWord(w: Token): boolean {
  const cls = classifyWord(w.text);
  return (cls.common || cls.singularNoun || cls.frequent || GENERIC_CAPITALS.has(w.lower)) && !cls.givenName && !cls.surname && !isOrgHead(w);
}

/** Lower-case words directly before the chunk: "billionaire Elon Musk", "the startup Merge Labs", "CEO of X". */
function scoreBefore(ctx: ChunkContext, words: readonly Token[], tally: Tally): void {
  const { tokens, chunk } = ctx;
  const prev = tokens[chunk.first - 1];
  const prev2 = tokens[chunk.first - 2];
  if (!prev || prev.sentence !== words[0].sentence || !/^\s*$/.test(ctx.text.slice(prev.end, words[0].start).replace(/^['\u2019]s/, ''))) {
    return;
  }
  const p = prev.lower;
  if (!prev.cap && PERSON_DESCRIPTORS.has(p)) {
    tally.add('person', 3, 'descriptor');
  } else if (!prev.cap && PERSON_TITLES.has(p)) {
    tally.add('person', 2.5, 'title');
  }
  if (!prev.cap && ORG_DESCRIPTORS.has(p) && !opensRelativeClause(ctx)) {
    tally.add('organization', 5, 'descriptor');
  }
  if ((p === 'at' || p === 'by') && prev2 && (PERSON_DESCRIPTORS.has(prev2.lower) || /^(?:advised|represented|audited|published|commissioned|conducted|led)$/.test(prev2.lower))) {
    // "an analyst at Kessler Dunmore", "advised by Thackeray Lowell": firms, however personal their names.
    tally.add('organization', 2.5, 'at-firm');
  }
  if (p === 'the' && !prev.cap && /\p{Ll}s$/u.test(words[words.length - 1].text) && !words.some((w) => classifyWord(w.text).demonym || classifyWord(w.text).place)) {
    // "the Falcons", "the Liberal Democrats": a capitalized plural after "the" names a team, party or band.
    tally.add('organization', 1.6, 'the-plural');
  }
  if (p === 'of' && prev2 && (PERSON_TITLES.has(prev2.lower) || /^(?:shares|stake|founder|co-founder|head|owner|parent|subsidiary|unit|division|spokesperson|spokeswoman|spokesman|employees|chief|president|board)$/.test(prev2.lower))) {
    tally.add('organization', 2, 'of-org');
  }
  if (/^(?:joined|joining|join|acquired|acquire|acquiring|bought|buy|invested|invest|backed|leads|led|runs|ran|founded|co-founded|cofounded)$/.test(p) && words.length <= 3) {
    tally.add('organization', 1, 'org-verb');
  }
  if (p === 'at' || p === 'with') {
    tally.add('organization', 0.5, 'at');
  }
  if (/^(?:in|near|across|outside|inside|from|to|into|throughout)$/.test(p)) {
    tally.add('place', 0.7, 'place-preposition');
  }
}

/** "the lab Musk helped to start": a name followed by a verb is the subject of a relative clause, not a label. */
function opensRelativeClause(ctx: ChunkContext): boolean {
  const last = ctx.tokens[ctx.chunk.last];
  const next = ctx.tokens[ctx.chunk.last + 1];
  if (!next || next.cap || last.possessive || next.sentence !== last.sentence || !/^\s+$/.test(ctx.text.slice(last.end, next.start))) {
    return false;
  }
  // "carmaker Tesla said" is still a label; "the lab Musk helped to start" is a clause.
  return classifyWord(next.text).verb && !ORG_POSSESSIONS.has(next.lower) && !SPEECH_VERBS.has(next.lower) && !ORG_VERBS.has(next.lower);
}

/** What follows: possessions, appositives, relative pronouns, speech verbs, ages. */
function scoreAfter(ctx: ChunkContext, tally: Tally): void {
  const { tokens, chunk, text } = ctx;
  const last = tokens[chunk.last];
  const next = tokens[chunk.last + 1];
  if (!next || next.sentence !== last.sentence) {
    return;
  }
  const gap = text.slice(last.end, next.start);
  const comma = /^(?:['\u2019]s?)?\s*,\s*$/.test(gap);
  const plain = /^(?:['\u2019]s?)?\s+$/.test(gap);
  if (last.possessive) {
    scorePossessive(ctx, next, tally);
  } else if (plain && !next.cap && ORG_POSSESSIONS.has(next.lower)) {
    tally.add('organization', 2, 'org-noun');
  }
  if (comma) {
    scoreAppositive(tokens, chunk.last + 1, tally);
  }
  if ((plain || comma) && !next.cap) {
    if (SPEECH_VERBS.has(next.lower)) {
      tally.add('person', chunk.last > chunk.first ? 1 : 0.5, 'speech');
      tally.add('organization', chunk.last > chunk.first ? 0.3 : 0.5, 'speech');
    }
    if (ORG_VERBS.has(next.lower) && !last.possessive) {
      tally.add('organization', 1, 'org-verb');
    }
  }
  if (/^\s*\(\s*$/.test(gap) && next.allCaps) {
    tally.add('organization', 2, 'acronym');
  }
}

function scorePossessive(ctx: ChunkContext, next: Token, tally: Tally): void {
  if (ORG_POSSESSIONS.has(next.lower)) {
    tally.add('organization', 2, 'org-possession');
  } else if (PERSON_POSSESSIONS.has(next.lower)) {
    tally.add('person', 2, 'person-possession');
  }
  const following = ctx.neighbours[ctx.index + 1];
  if (following && following.first === ctx.chunk.last + 1 && following.last > following.first) {
    // "OpenAI's Sam Altman": the possessor of a person is usually an organization.
    tally.add('organization', 1.5, 'possessor');
  }
}

function scoreAppositive(tokens: readonly Token[], from: number, tally: Tally): void {
  const first = tokens[from];
  if (!first) {
    return;
  }
  if (first.lower === 'who') {
    tally.add('person', 3, 'who');
    return;
  }
  if (first.lower === 'which') {
    tally.add('organization', 2, 'which');
    return;
  }
  if (/^\d{1,3}$/.test(first.text) && tokens[from + 1]?.sentence === first.sentence) {
    tally.add('person', 3, 'age');
    return;
  }
  for (let k = from; k < Math.min(tokens.length, from + 7) && tokens[k].sentence === first.sentence; k++) {
    const w = tokens[k].lower;
    // ", is also the largest investor" is a predicate, not an appositive.
    if (PREDICATE_WORDS.has(w)) {
      return;
    }
    if (ORG_DESCRIPTORS.has(w)) {
      tally.add('organization', 3.5, 'appositive');
      return;
    }
    if (PERSON_DESCRIPTORS.has(w) || PERSON_TITLES.has(w)) {
      tally.add('person', 3.5, 'appositive');
      return;
    }
    if (w === 'of' || w === 'who' || w === 'which' || w === 'and') {
      return;
    }
  }
}
