/**
 * Active verb relations: "Brennock leads Ardent, Orvane and Cortexa", "Castellane explored a deal with Orvane Space",
 * "He now leads ..." (a sentence-initial pronoun continues the block's last named subject), "X, who runs Y,
 * is also the largest outside investor in Z". The subject is the nearest name before the cue across small words
 * and comma-delimited asides; the objects are the first name after it and the names listed with it.
 */
import { isDescriptorWord, isKind, isName, isWord, matchPhrase, type Item } from './relationItems';
import { CUES_BY_FIRST_WORD, OBJECT_FILLER, PHRASE_STOP, PRONOUNS, SUBJECT_FILLER, type VerbCue } from './relationLexicon';
import type { RelationSink, SentenceView } from './relationSink';
import type { Mention } from './types';

const MAX_SUBJECT_STEPS = 12;
const MAX_OBJECT_STEPS = 7;
const MAX_ASIDE = 14;

/** Reads every verb cue of the sentence, left to right. */
export function readVerbRelations(view: SentenceView, sink: RelationSink): void {
  const { items } = view;
  for (let i = 0; i < items.length; i++) {
    const found = cueAt(items, i);
    if (!found) {
      continue;
    }
    // "founded by X" is a passive, read elsewhere; "run by" likewise.
    if (isWord(items[found.end], 'by')) {
      continue;
    }
    const subjects = subjectsBefore(items, i, view);
    if (subjects.length > 0) {
      view.lastSubject = subjects[subjects.length - 1];
    }
    for (const subject of subjects) {
      relateObjects(view, sink, found.cue, subject, found.end);
    }
    i = found.end - 1;
  }
}

function cueAt(items: readonly Item[], at: number): { cue: VerbCue; end: number } | undefined {
  if (items[at]?.kind !== 'word') {
    return undefined;
  }
  for (const cue of CUES_BY_FIRST_WORD.get(items[at]!.lower) ?? []) {
    const end = matchPhrase(items, at, cue.words);
    if (end >= 0) {
      return { cue, end };
    }
  }
  return undefined;
}

function relateObjects(view: SentenceView, sink: RelationSink, cue: VerbCue, subject: Mention, from: number): void {
  const type = subject.kind === 'person' ? cue.person : cue.org;
  if (!type) {
    return;
  }
  for (const object of objectsAfter(view.items, from)) {
    if (object.kind === 'organization') {
      sink.relate(type, subject, object, view.evidence);
    }
  }
  if (type === 'co-founded') {
    coFounders(view, sink, from);
  }
}

/**
 * The subjects of a cue at `at`: the nearest name before it, over filler words and comma asides ("Brennock, who
 * left the board in 2018, founded ..."), with names coordinated with it ("Vantor and Ossory both build").
 */
export function subjectsBefore(items: readonly Item[], at: number, view: SentenceView): Mention[] {
  let j = at - 1;
  for (let steps = 0; j >= 0 && steps < MAX_SUBJECT_STEPS; steps++) {
    const item = items[j]!;
    if (isName(item)) {
      return item.possessive ? [] : coordinated(items, j);
    }
    if (item.kind === 'mention') {
      j--; // a figure ("in 2018") between subject and verb
    } else if (item.kind === 'punct') {
      if (item.lower !== ',') {
        return [];
      }
      j = beforeComma(items, j);
      if (j < 0) {
        return [];
      }
    } else if (PRONOUNS.has(item.lower) && startsClause(items, j)) {
      const carried = view.carry[PRONOUNS.get(item.lower)!];
      return carried ? [carried] : [];
    } else if (item.lower === 'and' && view.lastSubject) {
      return [view.lastSubject];
    } else if (SUBJECT_FILLER.has(item.lower)) {
      j--;
    } else {
      return [];
    }
  }
  return [];
}

// A pronoun opens the sentence, possibly after a connective ("But he ...", "He now ...").
function startsClause(items: readonly Item[], at: number): boolean {
  return at <= 2 && items.slice(0, at).every((item) => isWord(item, 'but', 'and', 'so', 'yet', 'then', 'now', 'today', 'later'));
}

/**
 * Where to go on from the comma `at`, walking back: over a whole aside that opens with a relative pronoun or a
 * participle ("Brennock, who left ..., founded"; "X, founded by Y, sells"), else to the name right before it.
 */
export function beforeComma(items: readonly Item[], at: number): number {
  const open = asideStart(items, at);
  if (open > 0 && isWord(items[open + 1], ...ASIDE_OPENERS)) {
    return open - 1;
  }
  return isName(items[at - 1]) ? at - 1 : open - 1;
}

const ASIDE_OPENERS = ['who', 'which', 'for', 'in', 'after', 'like', 'as', 'along', 'despite', 'however', 'founded', 'led', 'run', 'headed', 'backed', 'owned', 'based', 'a', 'an', 'the'];

/** The index of the comma opening the aside that ends at the comma `close`, or 0 when there is none. */
function asideStart(items: readonly Item[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= MAX_ASIDE; k--) {
    const item = items[k]!;
    if (item.kind === 'punct') {
      return item.lower === ',' && isName(items[k - 1]) ? k : 0;
    }
  }
  return 0;
}

function coordinated(items: readonly Item[], at: number): Mention[] {
  const names = [items[at]!.mention!];
  let j = at - 1;
  while (j > 0 && (isWord(items[j], 'and') || items[j]!.lower === ',') && isName(items[j - 1]) && items[j - 1]!.mention!.kind === names[0]!.kind) {
    names.unshift(items[j - 1]!.mention!);
    j -= 2;
  }
  return names;
}

/**
 * The names a verb takes as objects: the first name after it (over determiners, "the board of", "roughly 18
 * percent of", a descriptor such as "the AI company") and the names listed with it ("Ardent, Orvane and
 * Cortexa", "Orvane, the rocket company, as well as Ardent").
 */
export function objectsAfter(items: readonly Item[], from: number): Mention[] {
  let j = from;
  for (let steps = 0; j < items.length && steps < MAX_OBJECT_STEPS; steps++, j++) {
    const item = items[j]!;
    if (isName(item)) {
      return item.possessive ? [] : listFrom(items, j);
    }
    const skippable = item.kind === 'mention' || (item.kind === 'word' && (OBJECT_FILLER.has(item.lower) || (isDescriptorWord(item) && !PHRASE_STOP.has(item.lower))));
    if (!skippable) {
      return [];
    }
  }
  return [];
}

function listFrom(items: readonly Item[], at: number): Mention[] {
  const first = items[at]!.mention!;
  const names = [first];
  let j = at;
  for (;;) {
    let k = j + 1;
    if (items[k]?.lower === ',') {
      k = skipAppositive(items, k + 1);
    }
    k = skipConjunction(items, k);
    const next = items[k];
    if (!isName(next) || next.mention.kind !== first.kind || k === j + 1) {
      return names;
    }
    names.push(next.mention);
    j = k;
  }
}

// ", the rocket company, as well as Ardent": step over a short descriptor aside between list members.
function skipAppositive(items: readonly Item[], at: number): number {
  if (!isWord(items[at], 'the', 'a', 'an')) {
    return at;
  }
  for (let k = at + 1; k < items.length && k - at <= 6; k++) {
    if (items[k]!.lower === ',') {
      return k + 1;
    }
    if (!isDescriptorWord(items[k])) {
      return at;
    }
  }
  return at;
}

function skipConjunction(items: readonly Item[], at: number): number {
  if (isWord(items[at], 'and', '&')) {
    return at + 1;
  }
  const asWellAs = matchPhrase(items, at, ['as', 'well', 'as']);
  return asWellAs >= 0 ? asWellAs : at;
}

// "co-founded Vellum in 2015 with Brennock": the people after "with" co-founded it too.
function coFounders(view: SentenceView, sink: RelationSink, from: number): void {
  const objects = objectsAfter(view.items, from).filter((o) => o.kind === 'organization');
  for (let k = from; k < view.items.length && k - from <= 8; k++) {
    if (isWord(view.items[k], 'with') && isKind(view.items[k + 1], 'person')) {
      for (const person of listFrom(view.items, k + 1)) {
        objects.forEach((org) => sink.relate('co-founded', person, org, view.evidence));
      }
      return;
    }
  }
}
