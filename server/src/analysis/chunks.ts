/**
 * Capitalization chunking: runs of capitalized words (with the particles and connectors names contain) that may
 * name a person or an organization, trimmed of sentence-initial ordinary words and split around titles
 * ("Orrin Labs CEO Petra Szabo" -> organization "Orrin Labs", title "CEO", person "Petra Szabo").
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { NAME_PARTICLES, NON_ORG_ACRONYMS, ORG_CONNECTORS, ORG_HEADS, PERSON_TITLES, GENERIC_CAPITALS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS, PUBLICATION_HEADS } from './nameCues';
import { classifyWord, isOrganizationWord, knownMultiwordKind } from './nlp';
import type { Token } from './tokens';
import type { Span } from './types';

/** A chunk of tokens [first, last] (inclusive indices into the paragraph's tokens). */
export interface Chunk {
  readonly first: number;
  readonly last: number;
  /** Title words stripped from its front or split off before it ("CEO", "Prime Minister"). */
  readonly title?: string;
  /** A title that sat between an organization and this chunk ("Orrin Labs CEO Petra Szabo"): strong person cue. */
  readonly splitFromOrg?: boolean;
  /** This chunk stood before a title and a person ("Orrin Labs" in "Orrin Labs CEO Petra Szabo"): strong org cue. */
  readonly beforeTitle?: boolean;
  /** Ordinary words stripped from its front, lower case ("rival" in "Rival Kestrel Orbital said"). */
  readonly lead: readonly string[];
  /** A lone sentence-initial ordinary word ("Brown said", "Shares rose"): only a known name can make it one. */
  readonly ordinary?: boolean;
}

// "al-Kuwari", "ul-Haq", "bin-Salman": a lower-case particle joined to a capitalized name is a name word.
const PARTICLE_NAME = /^(?:al|el|ul|abu|bin|ibn|bint|ben|da|de|di|du|la|le|van|von|ter|ten)-\p{Lu}/u;

/** True for a word that can be part of a name: capitalized, inner-capitalized ("vLumen") or an acronym. */
export function isNameWord(t: Token): boolean {
  // "5G" and "4K" are technical terms, not names.
  return (t.cap || t.innerCap || t.allCaps || PARTICLE_NAME.test(t.text)) && /\p{L}/u.test(t.text) && !/^\d+\p{Lu}$/u.test(t.text);
}

function isHeadlineOrdinary(t: Token): boolean {
  if (t.allCaps || t.innerCap || isOrgHead(t)) {
    return false;
  }
  const cls = classifyWord(t.text);
  return (cls.common || cls.verb) && !cls.givenName && !cls.surname && !cls.place && !cls.organization;
}

/** True when a token is an organization head word ("Inc", "Bank", "Labs"). */
export function isOrgHead(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  // "Daily Ledger", "Coastline Business": a publication's head word names an organization too.
  return ORG_HEADS.has(w) || isOrganizationWord(w) || (PUBLICATION_HEADS.has(w) && t.cap && !t.first);
}

/**
 * Finds raw chunks, then trims and splits them. `blocked` marks tokens inside figures or URLs. In Title Case
 * headlines (`headlines` holds their sentence indices) ordinary words are capitalized too, so there a known
 * ordinary word ("Recalls", "Fines", "Oil") ends a chunk unless it heads an organization's name.
 */
export function findChunks(text: string, tokens: readonly Token[], blocked: (t: Token) => boolean, lowerWords: ReadonlySet<string>, headlines: ReadonlySet<number>, deadline: Deadline = NO_DEADLINE): Chunk[] {
  const chunks: Chunk[] = [];
  const stop = (t: Token): boolean => blocked(t) || (headlines.has(t.sentence) && isHeadlineOrdinary(t) && !ORG_CONNECTORS.has(t.lower));
  let i = 0;
  while (i < tokens.length) {
    deadline.tick();
    if (!isNameWord(tokens[i]) || stop(tokens[i])) {
      i++;
      continue;
    }
    const last = extend(text, tokens, i, stop);
    const first = leadingParticles(tokens, i);
    for (const part of splitConnectors(tokens, first, last)) {
      chunks.push(...refine(tokens, part, lowerWords));
    }
    i = last + 1;
  }
  return chunks;
}

function extend(text: string, tokens: readonly Token[], first: number, blocked: (t: Token) => boolean): number {
  let last = first;
  while (last + 1 < tokens.length) {
    const cur = tokens[last];
    const next = tokens[last + 1];
    if (cur.possessive || next.sentence !== cur.sentence || blocked(next) || !joinable(text, cur, next)) {
      break;
    }
    if (isNameWord(next)) {
      last++;
      continue;
    }
    // A lower-case particle or connector joins only when a name word follows it; two particles may stand
    // together ("Maria de la Cruz", "Ludwig van der Berg").
    const connector = (t: Token | undefined): boolean => t !== undefined && !t.possessive && (NAME_PARTICLES.has(t.lower) || ORG_CONNECTORS.has(t.lower));
    const double = connector(tokens[last + 2]) && NAME_PARTICLES.has(next.lower) ? 1 : 0;
    const after = tokens[last + 2 + double];
    if (connector(next) && after && after.sentence === cur.sentence && isNameWord(after) && joinable(text, tokens[last + 1 + double], after)) {
      last += 2 + double;
      continue;
    }
    break;
  }
  return last;
}

/**
 * "van der Berg said": lower-case particles written before a surname belong to it when nothing capitalized
 * precedes them. Returns the index where the name starts.
 */
function leadingParticles(tokens: readonly Token[], at: number): number {
  let start = at;
  while (start > 0 && at - start < 2) {
    const prev = tokens[start - 1];
    if (prev.cap || !NAME_PARTICLES.has(prev.text) || prev.sentence !== tokens[at].sentence || prev.end + 1 !== tokens[start].start) {
      break;
    }
    start--;
  }
  const before = tokens[start - 1];
  // "the Banco de Portugal" is handled by connectors; a particle right after a capitalized word is not leading.
  return start < at && (!before || !before.cap || before.sentence !== tokens[at].sentence) && /^(?:van|von|de|da|di|du|del|della|la|le|bin|al|ter|ten)$/.test(tokens[start].text) ? start : at;
}

/** Only white space (or the period of an abbreviation, or " & ") may stand between two words of one name. */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  // Length first: the pattern is quadratic on a long gap of tabs ending in another space (ReDoS audit).
  if (gap.length <= 3 && /^[ \t]*\r?\n?[ \t]*$/.test(gap)) {
    return gap.length > 0;
  }
  if (/^\.\s{1,2}$/.test(gap)) {
    // "J. K. Rowling", "Mr. Quenby", "Acme Inc. Chairman": an initial, honorific or abbreviation before the space,
    // unless the next word is one that opens sentences ("... owns X. The company").
    const opener = GENERIC_CAPITALS.has(b.lower) && !isOrgHead(b);
    return !opener && b.sentence === a.sentence && (a.text.length <= 3 || PERSON_TITLES.has(a.lower) || isOrgHead(a) || /\./.test(a.text));
  }
  return /^\s?&\s?$/.test(gap);
}

/** Splits at connectors ("of", "for", "the", "and") unless an organization head word makes them part of the name. */
function splitConnectors(tokens: readonly Token[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = first;
  const hasOrgHead = tokens.slice(first, last + 1).some((t) => isNameWord(t) && isOrgHead(t));
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    // "Bank of America" but not "Wilhelmina Osei-Brandt of Corrigan Lyle Research": the left side needs a head.
    const ofWithoutHead = (t.lower === 'of' || t.lower === 'for') && !tokens.slice(start, k).some(isOrgHead);
    // In Title Case headlines connectors are capitalized too ("Bank Of Ghana").
    const orgOnly = (!isNameWord(t) || (t.text !== t.lower && k > first && k < last)) && ORG_CONNECTORS.has(t.lower) && !NAME_PARTICLES.has(t.lower);
    // "Pemberly Dynamics and Quillfeather Robotics AG" are two names; "Securities and Exchange Commission" is one.
    const splitsAnd = t.lower === 'and' && !isFirmName(tokens, start, k, last) && joinsTwoNames(tokens, start, k, last);
    // "Vireon SE of Germany": nothing continues a name after its legal form.
    const afterLegalForm = k > start && FIRM_SUFFIX.test(tokens[k - 1].lower) && tokens[k - 1].allCaps;
    if (orgOnly && (!hasOrgHead || splitsAnd || afterLegalForm || ofWithoutHead)) {
      if (k > start) {
        parts.push([start, k - 1]);
      }
      start = k + 1;
    }
  }
  if (start <= last) {
    parts.push([start, last]);
  }
  return parts;
}

const FIRM_SUFFIX = /^(?:llp|llc|co|inc|ltd|plc|sons|associates|partners|company|ag|se|sa|sas|nv|gmbh|ab|asa|spa)\.?$/;

/** A distinctive word: a name word that is neither an organization head nor an ordinary or place word. */
function isDistinctive(t: Token): boolean {
  if (!isNameWord(t) || isOrgHead(t)) {
    return false;
  }
  const cls = classifyWord(t.text);
  return (t.allCaps && !NON_ORG_ACRONYMS.has(t.lower)) || t.innerCap || !((cls.known && (cls.common || cls.frequent)) || cls.place || cls.demonym);
}

/** Both sides of "and" are complete names: each has a distinctive word, the left ends in a head word. */
function joinsTwoNames(tokens: readonly Token[], start: number, at: number, last: number): boolean {
  const left = tokens.slice(start, at);
  const right = tokens.slice(at + 1, last + 1);
  const leftComplete = left.some(isDistinctive) && isOrgHead(left[left.length - 1]);
  return (leftComplete && right.length > 0) || (right.length > 1 && isOrgHead(right[0]) && right[1]?.lower === 'of');
}

function isFirmName(tokens: readonly Token[], start: number, at: number, last: number): boolean {
  const left = tokens.slice(start, at);
  return FIRM_SUFFIX.test(tokens[last].lower) && !left.some((t) => isOrgHead(t));
}

/** Trims ordinary words and titles from the front; splits "Org TITLE Person". */
function refine(tokens: readonly Token[], [first, last]: [number, number], lowerWords: ReadonlySet<string>): Chunk[] {
  const lead: string[] = [];
  let start = first;
  let title: string[] = [];
  while (start <= last) {
    const t = tokens[start];
    const rest = tokens.slice(start + 1, last + 1);
    if (rest.length > 0 && classifyWord(t.text).demonym && !rest.some(isOrgHead) && !knownMultiwordKind(tokens.slice(start, last + 1).map((w) => w.lower).join(' '))) {
      // "Ethiopian Tigist Alemayehu": a nationality before a name describes it ("British Airways" keeps it).
      lead.push(t.lower);
      start++;
      continue;
    }
    if (/-based$/i.test(t.text) && rest.length > 0) {
      // "Accra-based Oyarifa Capital": the place adjective describes the name, it is not part of it.
      lead.push(t.lower);
      start++;
      continue;
    }
    if (t.text === 'The' && rest.some((r) => PUBLICATION_HEADS.has(r.lower))) {
      // "The Wall Street Journal", "The Guardian": the article is part of a publication's name.
      break;
    }
    const titleWord = PERSON_TITLES.has(t.lower) || PERSON_TITLES.has(t.lower.replace(/s$/, ''));
    if (titleWord && rest.length > 0 && !rest.some(isOrgHead) && isNameWord(tokens[start + 1])) {
      title.push(t.text);
    } else if (isOrdinaryCapital(t, lowerWords, rest.length > 0, rest[0])) {
      lead.push(t.lower);
      title = [];
    } else {
      break;
    }
    start++;
  }
  if (start > last) {
    // Kept for propagation: "Brown" opening a sentence is a name if "Gordon Brown" was seen.
    return first === last && tokens[first].first && !GENERIC_CAPITALS.has(tokens[first].lower) ? [{ first, last, lead: [], ordinary: true }] : [];
  }
  const split = findTitleSplit(tokens, start, last);
  if (split) {
    const org: Chunk = { first: start, last: split.titleStart - 1, lead, beforeTitle: true, title: title.join(' ') || undefined };
    const person: Chunk = { first: split.personStart, last, lead: [], title: split.title, splitFromOrg: true };
    return [org, person];
  }
  return [{ first: start, last, lead, title: title.join(' ') || undefined }];
}

/** "Orrin Labs CEO Petra Szabo": capitalized titles after the first word, followed by a name without org heads. */
function findTitleSplit(tokens: readonly Token[], start: number, last: number): { titleStart: number; personStart: number; title: string } | undefined {
  for (let k = start + 1; k < last; k++) {
    if (!PERSON_TITLES.has(tokens[k].lower) || !isNameWord(tokens[k])) {
      continue;
    }
    let p = k;
    while (p <= last && PERSON_TITLES.has(tokens[p].lower)) {
      p++;
    }
    const person = tokens.slice(p, last + 1);
    if (person.length > 0 && !person.some(isOrgHead)) {
      return { titleStart: k, personStart: p, title: tokens.slice(k, p).map((t) => t.text).join(' ') };
    }
  }
  return undefined;
}

/**
 * A capitalized word that is only capitalized by position or habit: a sentence-initial ordinary word
 * ("Shares", "Analysts", "Meanwhile"), a determiner or pronoun, or a generic word such as "Key" or "Summary".
 */
function isOrdinaryCapital(t: Token, lowerWords: ReadonlySet<string>, followed: boolean, next?: Token): boolean {
  if (t.allCaps || t.innerCap) {
    return false;
  }
  const word = classifyWord(t.text);
  if (word.givenName || word.surname || word.organization || word.place) {
    return false;
  }
  if (GENERIC_CAPITALS.has(t.lower) && (t.first || followed || word.common)) {
    return t.first || t.lower === 'the' || word.common;
  }
  if (!t.first) {
    return false;
  }
  // An unknown word only guessed to be a plural or adverb from its ending ("Hollings", "Platewise") is a name,
  // and an organization head opens a name ("Bank of Portugal").
  if (!word.known || isOrgHead(t) || (followed && NAME_PARTICLES.has(t.lower))) {
    return false;
  }
  if (/-\p{Ll}/u.test(t.text)) {
    // "Same-store sales", "Long-term": a compound whose second part is lower case is an ordinary word.
    return true;
  }
  if (followed) {
    // Before another capitalized word only function words, cue words and verbs are stripped: "Blue Origin" and
    // "Arts Council England" keep their first word, "The Guardian" and "Rival Kestrel" do not.
    const cue = ORG_DESCRIPTORS.has(t.lower) || PERSON_DESCRIPTORS.has(t.lower) || PERSON_TITLES.has(t.lower);
    return (word.functionWord || cue || word.calendar || (word.verb && !word.singularNoun)) && !(next !== undefined && isOrgHead(next));
  }
  return word.common || word.calendar || (word.singularNoun && lowerWords.has(t.lower));
}

/** The span covered by a chunk. */
export function chunkSpan(tokens: readonly Token[], chunk: Chunk): Span {
  return { start: tokens[chunk.first].start, end: tokens[chunk.last].end };
}
