/**
 * Evidence from a chunk's surroundings: the words before it ("billionaire", "the startup", "CEO of") and what
 * follows it (possessions, appositives, relative pronouns, speech verbs, ages).
 */
import type { ChunkContext, Tally } from './evidence';
import {
  ORG_DESCRIPTORS, ORG_POSSESSIONS, ORG_VERBS, PERSON_DESCRIPTORS, PERSON_POSSESSIONS, PERSON_TITLES, SPEECH_VERBS,
} from './nameCues';
import { classifyWord } from './nlp';
import type { Token } from './tokens';

const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);

// Words that end an appositive noun phrase: a predicate or a participle phrase has begun.
const PREDICATE_WORDS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'said', 'says', 'told', 'added', 'by', 'led', 'run', 'owned', 'founded',
  'based', 'backed', 'with', 'from', 'for', 'at', 'in', 'on', 'to', 'or', 'that',
]);

/** Lower-case words directly before the chunk: "billionaire Halvard Nygaard", "the startup Corvane Labs", "CEO of X". */
export function scoreBefore(ctx: ChunkContext, words: readonly Token[], tally: Tally): void {
  const { tokens, chunk } = ctx;
  const prev = tokens[chunk.first - 1];
  const prev2 = tokens[chunk.first - 2];
  if (!prev || prev.sentence !== words[0].sentence) {
    return;
  }
  const gap = ctx.text.slice(prev.end, words[0].start).replace(/^['\u2019]s/, '');
  if (/^\s*,\s*$/.test(gap) && !prev.cap) {
    // "her company, Lumenfold," / "his lawyer, Ana Ruiz,": a name in apposition to a descriptor noun.
    if (ORG_DESCRIPTORS.has(prev.lower)) {
      tally.add('organization', 3, 'descriptor');
    } else if (PERSON_DESCRIPTORS.has(prev.lower)) {
      tally.add('person', 3, 'descriptor');
    }
    return;
  }
  if (!/^\s*$/.test(gap)) {
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

/** "the lab Quenby helped to start": a name followed by a verb is the subject of a relative clause, not a label. */
function opensRelativeClause(ctx: ChunkContext): boolean {
  const last = ctx.tokens[ctx.chunk.last];
  const next = ctx.tokens[ctx.chunk.last + 1];
  // A label has no determiner ("Omani carrier Sohar Air ordered"); a clause does ("the lab Quenby helped start"),
  // and its verb is a full verb: "the newspaper La Voz had shown" is a label followed by the main verb.
  const determiner = ctx.tokens[ctx.chunk.first - 2];
  if (!determiner || !/^(?:the|a|an|that|this)$/.test(determiner.lower) || AUXILIARIES.has(next?.lower ?? '')) {
    return false;
  }
  if (!next || next.cap || last.possessive || next.sentence !== last.sentence || !/^\s+$/.test(ctx.text.slice(last.end, next.start))) {
    return false;
  }
  // "carmaker Tesla said" is still a label; "the lab Quenby helped to start" is a clause.
  return classifyWord(next.text).verb && !ORG_POSSESSIONS.has(next.lower) && !SPEECH_VERBS.has(next.lower) && !ORG_VERBS.has(next.lower);
}

/** What follows: possessions, appositives, relative pronouns, speech verbs, ages. */
export function scoreAfter(ctx: ChunkContext, tally: Tally): void {
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
  const after = tokens[chunk.last + 2];
  if (plain && !next.cap && PERSON_TITLES.has(next.lower) && after?.cap && after.sentence === last.sentence) {
    // "Riverside coach Tomasz Wiśniewski", "Kestrel manager Siobhan Reid": the team or firm of a named person.
    tally.add('organization', 2.5, 'org-title');
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
    // "Orrin Labs' Petra Szabo": the possessor of a person is usually an organization.
    tally.add('organization', 1.5, 'possessor');
  }
}

function scoreAppositive(tokens: readonly Token[], from: number, tally: Tally): void {
  const first = tokens[from];
  if (!first) {
    return;
  }
  if (first.lower === 'whose') {
    // "Adaeze Thorsby-Nwosu, whose Chowrider app ...": what follows describes something the name owns.
    tally.add('person', 1.5, 'whose');
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
    // ", is also the largest investor" is a predicate, not an appositive; a capitalized word starts another name.
    if (PREDICATE_WORDS.has(w) || (k > from && tokens[k].cap)) {
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
