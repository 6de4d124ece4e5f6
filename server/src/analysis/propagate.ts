/**
 * Propagation: a name recognized once in a document (or the workspace, or the registry) is recognized wherever it
 * appears. Candidates (capitalized
 * chunks without enough local evidence) that carry a known name, a known person's surname or given name, or a
 * registry name become mentions; weakly typed mentions take the kind the document is sure of; the registry adds,
 * corrects and suppresses.
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { normalizeName, type NameCandidate } from './names';
import { NAME_PARTICLES, NON_ORG_ACRONYMS } from './nameCues';
import { classifyWord } from './nlp';
import { normalizeKey, type Registry } from './registry';
import type { Mention, Span } from './types';

/** Names recognized elsewhere: normalized key -> kind. */
export type KnownNames = ReadonlyMap<string, 'person' | 'organization'>;

type NameKind = 'person' | 'organization';

/** What the book knows about one name. */
export interface BookEntry {
  readonly kind: NameKind;
  readonly confidence: number;
  readonly registry?: boolean;
  /** The word is the surname or given name of a person named in full. */
  readonly surname?: boolean;
}

/** Local evidence needed for a document's own mention to teach the rest of the document. */
export const TEACH_CONFIDENCE = 0.5;
/** Below this, a mention's kind yields to what the document is sure of. */
const RETYPE_BELOW = 0.7;
/** Candidates with at least this hint confidence become mentions when no name matches. */
const HINT_CONFIDENCE = 0.45;

/** The names a document knows, and a hash of them that changes whenever any entry would change a result. */
export interface NameBook {
  readonly entries: ReadonlyMap<string, BookEntry>;
  readonly hash: string;
  readonly registry: Registry;
  /** The registry's names as one pattern, or undefined when the registry is empty. */
  readonly registryPattern?: RegExp;
  readonly registryKinds: ReadonlyMap<string, NameKind>;
}

/** Builds the name book from a document's own (pre-propagation) mentions, the workspace's and the registry's. */
export function buildNameBook(mentions: Iterable<Mention>, registry: Registry, known?: KnownNames, deadline: Deadline = NO_DEADLINE): NameBook {
  const entries = buildBook(mentions, registry, known, deadline);
  let sum = 0;
  for (const [key, entry] of entries) {
    sum = (sum + hashString(`${key}|${entry.kind}|${entry.confidence >= RETYPE_BELOW ? 1 : 0}|${entry.registry ? 1 : 0}|${entry.surname ? 1 : 0}`)) >>> 0;
  }
  const registryKinds = new Map(registry.entries.flatMap((e) => [e.name, ...e.aliases].map((n) => [normalizeKey(n), e.kind] as const)));
  const alternatives = [...registryKinds.keys()].sort((a, b) => b.length - a.length).map(escapeForRegex);
  const registryPattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  const notEntity = [...registry.notEntity].sort().join('|');
  return { entries, hash: `${entries.size}:${sum}:${hashString(notEntity + alternatives.join('|'))}`, registry, registryPattern, registryKinds };
}

/**
 * Propagation within one block of (masked) text: its mentions retyped by the book, its candidates recognized,
 * registry names added, suppressed names dropped. A pure function of (block text, block analysis, book), so the
 * caller memoizes it by block text and book hash.
 */
export function propagateBlock(text: string, mentions: readonly Mention[], candidates: readonly NameCandidate[], book: NameBook, deadline: Deadline = NO_DEADLINE): Mention[] {
  const result: Mention[] = mentions.map((m) => retype(m, book.entries));
  const unmatched: NameCandidate[] = [];
  for (const candidate of candidates) {
    deadline.tick();
    const found = recognizeCandidate(text, candidate, book.entries);
    result.push(...found);
    if (found.length === 0 && candidate.coordinable) {
      unmatched.push(candidate);
    }
  }
  result.push(...coordinated(text, unmatched, result, deadline));
  deadline.check();
  result.push(...registryMentions(text, book, deadline));
  deadline.check();
  return finalize(result, book.registry);
}

// A list joins two names: "Vexar and Lumenfold", "Corvane, Vexar", "Corvane as well as Vexar".
const COORDINATION = /^(?:,|, and|, or|and|or|&|,? ?as well as|,? ?along with)$/;

/** True when the text between two names joins them in a list (tested on a short, white-space-collapsed gap). */
function joinsList(gap: string): boolean {
  return gap.length <= 24 && COORDINATION.test(gap.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim());
}

/**
 * Unknown words listed with a recognized name take its kind: "leads Corvane, Vexar and Lumenfold". Repeats so a
 * kind travels along the list; only candidates with nothing against being a name take part.
 */
function coordinated(text: string, candidates: readonly NameCandidate[], mentions: readonly Mention[], deadline: Deadline): Mention[] {
  const found: Mention[] = [];
  const known = mentions.filter((m) => m.kind !== 'figure' && m.confidence >= 0.6);
  let pending = [...candidates];
  for (let round = 0; round < 4 && pending.length > 0; round++) {
    // Sorted by start (mentions never overlap here), so the neighbours of a candidate are found by binary search:
    // a block of a whole 10 MB line holds hundreds of thousands of mentions.
    const all = [...known, ...found].sort((a, b) => a.start - b.start);
    const next: NameCandidate[] = [];
    for (const c of pending) {
      deadline.tick();
      const at = firstStartingAtOrAfter(all, c.end);
      const before = all[firstStartingAtOrAfter(all, c.start) - 1];
      const after = all[at];
      const neighbour = before && before.end <= c.start && joinsList(text.slice(before.end, c.start)) ? before
        : after && joinsList(text.slice(c.end, after.start)) ? after : undefined;
      if (neighbour) {
        found.push(mentionAt(c.text, c, neighbour.kind as NameKind, 0.6, 'coordination', c.title));
      } else {
        next.push(c);
      }
    }
    if (next.length === pending.length) {
      break;
    }
    pending = next;
  }
  return found;
}

function firstStartingAtOrAfter(sorted: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

function buildBook(mentions: Iterable<Mention>, registry: Registry, known: KnownNames | undefined, deadline: Deadline): Map<string, BookEntry> {
  const book = new Map<string, BookEntry>();
  const teach = (key: string, entry: BookEntry): void => {
    const existing = book.get(key);
    if (!existing || (!existing.registry && (entry.registry || entry.confidence > existing.confidence))) {
      book.set(key, entry);
    }
  };
  const surnames = new Map<string, BookEntry>();
  const learnPerson = (name: string, confidence: number): void => {
    const words = name.split(' ');
    // Only real name words teach: "Modern AI" mistaken for a person must not make every "AI" a person.
    if (words.length >= 2 && words.every((w) => /^[\p{L}][\p{L}\p{M}'.-]*$/u.test(w)) && !NON_ORG_ACRONYMS.has(words[words.length - 1])) {
      for (const surname of surnameForms(words)) {
        surnames.set(surname, { kind: 'person', confidence: Math.min(confidence, 0.9) });
      }
      surnames.set(words[0], { kind: 'person', confidence: Math.min(confidence, 0.75) });
    }
  };
  for (const m of mentions) {
    deadline.tick();
    if (m.kind !== 'figure' && m.confidence >= TEACH_CONFIDENCE) {
      teach(normalizeKey(m.name), { kind: m.kind, confidence: m.confidence });
      if (m.kind === 'person') {
        learnPerson(normalizeKey(m.name), m.confidence);
      } else {
        learnOrganizationShortName(m.name, surnames);
      }
    }
  }
  for (const [key, kind] of known ?? []) {
    deadline.tick();
    teach(key, { kind, confidence: 0.8 });
    if (kind === 'person') {
      learnPerson(key, 0.8);
    } else {
      learnOrganizationShortName(key.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()), surnames);
    }
  }
  for (const entry of registry.entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      teach(normalizeKey(name), { kind: entry.kind, confidence: 1, registry: true });
    }
    if (entry.kind === 'person') {
      learnPerson(normalizeKey(entry.name), 0.95);
    }
  }
  for (const [key, entry] of surnames) {
    const existing = book.get(key);
    // A surname of a person named in full here beats a one-word organization learned from elsewhere.
    if (!existing || (!existing.registry && existing.kind !== entry.kind && entry.kind === 'person' && entry.confidence >= TEACH_CONFIDENCE)) {
      book.set(key, { ...entry, surname: entry.kind === 'person' });
    }
  }
  return book;
}

/**
 * The ways a person's surname is written alone: the last word, the last word with its particles ("ter horst",
 * "de la cruz"), and for double surnames each later word ("Echeverría" of "Gustavo Echeverría Lugo").
 */
export function surnameForms(words: readonly string[]): string[] {
  const forms = new Set<string>([words[words.length - 1]]);
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1])) {
    start--;
  }
  forms.add(words.slice(start).join(' '));
  for (let i = 1; i < words.length - 1; i++) {
    if (!NAME_PARTICLES.has(words[i]) && words[i].length > 2 && !words[i].endsWith('.')) {
      forms.add(words[i]);
    }
  }
  return [...forms];
}

/** "Kestrel" for "Kestrel Orbital": the first word of a multi-word organization, when it is no ordinary word. */
function learnOrganizationShortName(name: string, into: Map<string, BookEntry>): void {
  const words = name.split(' ');
  const first = words[0];
  if (words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !isOrdinaryWord(first)) {
    into.set(first.toLowerCase(), { kind: 'organization', confidence: 0.7 });
  }
}

function isOrdinaryWord(word: string): boolean {
  const cls = classifyWord(word);
  return cls.common || cls.frequent || cls.singularNoun || cls.place || cls.givenName || cls.surname || cls.demonym || cls.calendar;
}

function retype(mention: Mention, book: ReadonlyMap<string, BookEntry>): Mention {
  if (mention.kind === 'figure') {
    return mention;
  }
  const key = normalizeKey(mention.name);
  const entry = book.get(key);
  const surnameOfPerson = entry?.surname === true && !key.includes(' ') && mention.reason !== 'org-suffix';
  if (entry && entry.kind !== mention.kind && (entry.registry || surnameOfPerson || (mention.confidence < RETYPE_BELOW && entry.confidence >= RETYPE_BELOW))) {
    return { ...mention, kind: entry.kind, name: normalizeName(mention.text, entry.kind), reason: entry.registry ? 'registry' : 'propagated' };
  }
  return mention;
}

/** The longest runs of words inside the candidate that the book knows; otherwise its hint, if strong enough. */
function recognizeCandidate(text: string, candidate: NameCandidate, book: ReadonlyMap<string, BookEntry>): Mention[] {
  const found: Mention[] = [];
  if (/^\p{Lu}{6,}$/u.test(candidate.text)) {
    // "RIVERTON, N.J." is a dateline: an all-capitals word is not the name it spells.
    return found;
  }
  const parts = candidate.parts;
  let i = 0;
  while (i < parts.length) {
    let matched = false;
    for (let j = Math.min(parts.length - 1, i + 5); j >= i; j--) {
      const span: Span = { start: parts[i].start, end: parts[j].end };
      const surface = text.slice(span.start, span.end);
      const entry = book.get(normalizeKey(normalizeName(surface, 'organization'))) ?? book.get(normalizeKey(surface));
      if (entry) {
        found.push(mentionAt(surface, span, entry.kind, entry.registry ? 1 : Math.max(0.6, entry.confidence), entry.registry ? 'registry' : 'propagated', candidate.title));
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (!matched) {
      i++;
    }
  }
  if (found.length === 0 && candidate.hint && candidate.hintConfidence >= HINT_CONFIDENCE) {
    found.push(mentionAt(candidate.text, candidate, candidate.hint, candidate.hintConfidence, 'weak-cue', candidate.title));
  }
  return found;
}

function mentionAt(surface: string, span: Span, kind: NameKind, confidence: number, reason: string, title?: string): Mention {
  return { start: span.start, end: span.end, text: surface, kind, name: normalizeName(surface, kind), confidence, reason, title };
}

/** Every occurrence of a registry name or alias, as a whole word sequence. */
function registryMentions(text: string, book: NameBook, deadline: Deadline): Mention[] {
  const pattern = book.registryPattern;
  if (!pattern) {
    return [];
  }
  const found: Mention[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    deadline.tick();
    const kind = book.registryKinds.get(normalizeKey(match[0]));
    // Lower-case occurrences of a capitalized name ("apple" for "Apple") are ordinary words.
    if (kind && (/\p{Lu}/u.test(match[0]) || match[0] === match[0].toLowerCase())) {
      found.push(mentionAt(match[0], { start: match.index, end: match.index + match[0].length }, kind, 1, 'registry'));
    }
  }
  return found;
}

function escapeForRegex(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Drops suppressed names and overlaps (registry first, then longer, then more confident); sorts by start. */
function finalize(mentions: Mention[], registry: Registry): Mention[] {
  const rank = (m: Mention): number => (m.reason === 'registry' ? 1000 : 0) + (m.end - m.start) + m.confidence;
  const kept: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || rank(b) - rank(a))) {
    if (m.kind !== 'figure' && (registry.notEntity.has(normalizeKey(m.name)) || registry.notEntity.has(normalizeKey(m.text)))) {
      continue;
    }
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      // Overlapping mentions: a single sweep keeps the better of each overlapping pair (linear in the count).
      if (rank(m) > rank(last)) {
        kept[kept.length - 1] = m;
      }
      continue;
    }
    kept.push(m);
  }
  return kept;
}
