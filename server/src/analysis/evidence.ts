/**
 * Evidence for what a capitalized chunk names. Each cue adds to a score for person, organization, place or
 * "none"; names.ts commits to the best when it is clear enough. The cues are the ones news writing gives a
 * reader who has never heard of the name: titles, corporate suffixes, descriptors, appositives, possessives, verbs.
 */
import { isOrgHead, type Chunk } from './chunks';
import { scoreAfter, scoreBefore } from './contextEvidence';
import { EVENT_WORDS, GENERIC_CAPITALS, NAME_PARTICLES, NON_ORG_ACRONYMS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from './nameCues';
import { classifyWord, isPlaceWord, knownMultiwordKind } from './nlp';
import type { Token } from './tokens';

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater)$/;

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


type Kind = 'person' | 'organization' | 'place' | 'none';

/** Accumulates evidence scores for one chunk. */
export class Tally {
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
    const front2 = knownMultiwordKind(names.slice(0, 2).map((w) => w.lower).join(' '));
    const front3 = names.length >= 3 ? knownMultiwordKind(names.slice(0, 3).map((w) => w.lower).join(' ')) : undefined;
    if (front2 === 'place' || front3 === 'place') {
      tally.add('place', 3, 'place');
    }
  }
  // A head word alone ("Police", "Hospital") is generic; it names an organization only with other words.
  if (names.length >= 2 && names.some((w) => isOrgHead(w))) {
    const head = names.find((w) => isOrgHead(w));
    tally.add('organization', head === names[names.length - 1] || names.length > 2 ? 3 : 2, 'org-suffix');
  }
  if (names.length >= 2 && COMPASS.test(names[0].lower) && !names.some(isOrgHead)) {
    // "North Brabant", "Western Cape": a compass word opens a region's name.
    tally.add('place', 3, 'place');
  }
  if (names.length >= 2 && isPlaceWord(names[names.length - 1].lower) && !names.some(isOrgHead)) {
    tally.add('place', 3.5, 'place-word');
  }
  if (names.length >= 2 && (EVENT_WORDS.has(names[0].lower) || EVENT_WORDS.has(names[names.length - 1].lower))) {
    // "Typhoon Lorna", "Kip Keino Classic": storms and events are named like people and teams but are neither.
    tally.add('none', 4, 'event');
  }
  if (words.every((w) => w.allCaps) && words.map((w) => w.text).join('').length > 6 && words[0].prev === '' ) {
    // "BLOEMFONTEIN, South Africa —": a dateline at the start of a paragraph.
    tally.add('none', 4, 'dateline');
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
  if ((/["\u201c]/.test(before) && /^,?["\u201d]/.test(after)) || insideQuotedTitle(ctx.text, words[0].start, words[words.length - 1].end)) {
    // "Paper Lanterns": a capitalized phrase that fills a quotation is the title of a work.
    tally.add('none', 3, 'title-of-work');
  }
  if (chunk.title) {
    tally.add('person', 3.5, 'title');
  }
  if (chunk.splitFromOrg) {
    tally.add('person', 1, 'title');
  }
  if (chunk.beforeTitle && words.some((w) => (w.allCaps && !NON_ORG_ACRONYMS.has(w.lower)) || w.innerCap || !classifyWord(w.text).known)) {
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

/** "The Ferryman's Daughter": a short quotation whose words are all capitalized is the title of a work. */
function insideQuotedTitle(text: string, start: number, end: number): boolean {
  // Only the 40 characters before the name are searched: a search through the whole text per name was quadratic.
  const from = Math.max(0, start - 40);
  const window = text.slice(from, start);
  const found = Math.max(window.lastIndexOf('"'), window.lastIndexOf('\u201c'), window.lastIndexOf('\u2018'));
  if (found < 0) {
    return false;
  }
  const open = from + found;
  const rest = text.slice(end, end + 40);
  const close = rest.search(/["\u201d\u2019](?![\p{L}])/u);
  if (close < 0) {
    return false;
  }
  const quoted = text.slice(open + 1, end + close);
  return quoted.length <= 60 && /^(?:\p{Lu}[\p{L}'\u2019-]*|of|the|and|a|an|in|on|to|for)(?:[ ,:]+(?:\p{Lu}[\p{L}'\u2019-]*|of|the|and|a|an|in|on|to|for))*,?$/u.test(quoted);
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

