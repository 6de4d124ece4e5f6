/**
 * Phrase patterns around one name: passives ("a company founded by former Halcyon engineers", "run by CEO
 * X"), appositives ("Orvane Space, a reusable-rocket startup"), descriptors before a name ("the AI company Qubitry"),
 * reduced relatives ("Ardent, the electric-car maker Brennock leads") and what an organization does ("Cortexa,
 * which builds brain implants", "Vellum is building a social network").
 */
import { isDescriptorWord, isName, isWord, matchPhrase, type Item } from './relationItems';
import { ALUMNI_WORDS, CUES_BY_FIRST_WORD, PASSIVE_CUES, PHRASE_STOP, SECTOR_VERBS } from './relationLexicon';
import type { RelationSink, SentenceView } from './relationSink';
import { GENERIC_HEADS } from './sectors';
import { beforeComma, subjectsBefore } from './relationVerbs';
import type { Mention } from './types';

const AGENT_SKIP = new Set(['former', 'its', 'the', 'a', 'an', 'ceo', 'chief', 'executive', 'dr', 'founder', 'co-founder', 'mr', 'ms', 'mrs', 'president', 'billionaire', 'entrepreneur', 'investor']);
const PATIENT_SKIP = new Set(['is', 'was', 'were', 'being', 'been', 'later', 'wholly', 'jointly', 'originally', 'partly', 'majority', 'in', 'turn', 'now', 'also', 'which', 'that']);
const RIVAL_WORDS = new Set(['rival', 'competitor', 'challenger']);
// Descriptor last words that name a relation, not a line of business ("a subsidiary", "a customer").
const RELATION_NOUNS = new Set(['rival', 'competitor', 'challenger', 'subsidiary', 'customer', 'partner', 'investor', 'owner', 'parent', 'supplier', 'client', 'backer', 'affiliate', 'spin-off', 'spinoff']);
const MAX_PATIENT_STEPS = 12;
const MAX_DESCRIPTOR = 6;
const MAX_CLAUSE = 24;

/** "X (, a company) founded by Y": relations from the agent(s) after "by" to the name before the participle. */
export function readPassives(view: SentenceView, sink: RelationSink): void {
  const { items } = view;
  items.forEach((item, i) => {
    const cue = item.kind === 'word' ? PASSIVE_CUES.get(item.lower) : undefined;
    const by = cue ? byAfter(items, i + 1) : -1;
    const patient = by < 0 ? undefined : patientBefore(items, i);
    if (!cue || !patient) {
      return;
    }
    for (const { agent, alumni } of agentsAfter(items, by + 1)) {
      if (alumni && (cue.person === 'founded' || cue.person === 'co-founded')) {
        sink.relate('founded-by-alumni-of', patient, agent, view.evidence, { subject: 'organization' });
      } else if (!alumni) {
        const type = agent.kind === 'person' ? cue.person : cue.org;
        if (type && agent !== patient) {
          sink.relate(type, agent, patient, view.evidence, { object: 'organization' });
        }
      }
    }
  });
}

// "founded by", "founded in Accra by", "founded in 2019 by".
function byAfter(items: readonly Item[], at: number): number {
  for (let k = at; k < items.length && k - at <= 3; k++) {
    if (isWord(items[k], 'by')) {
      return k;
    }
    const place = items[k]!.kind === 'mention' || (items[k]!.kind === 'word' && /^[\p{Lu}\d]/u.test(items[k]!.text)) || isWord(items[k], 'in');
    if (!place) {
      return -1;
    }
  }
  return -1;
}

function patientBefore(items: readonly Item[], at: number): Mention | undefined {
  for (let j = at - 1, steps = 0; j >= 0 && steps < MAX_PATIENT_STEPS; j--, steps++) {
    const item = items[j]!;
    if (isName(item)) {
      return item.possessive ? undefined : item.mention;
    }
    if (item.lower === ',') {
      j = beforeComma(items, j) + 1;
      continue;
    }
    const skip = item.kind === 'mention' || (item.kind === 'word' && (PATIENT_SKIP.has(item.lower) || isDescriptorWord(item) || /^\p{Lu}/u.test(item.text)));
    if (!skip || (CUES_BY_FIRST_WORD.get(item.lower) ?? []).some((c) => c.words.length === 1)) {
      return undefined;
    }
  }
  return undefined;
}

function agentsAfter(items: readonly Item[], at: number): Array<{ agent: Mention; alumni: boolean }> {
  let k = at;
  while (k < items.length && k - at < 4 && isWord(items[k], ...AGENT_SKIP)) {
    k++;
  }
  const out: Array<{ agent: Mention; alumni: boolean }> = [];
  while (isName(items[k])) {
    const agent = items[k]!.mention!;
    out.push({ agent, alumni: agent.kind === 'organization' && isWord(items[k + 1], ...ALUMNI_WORDS) });
    k += 1;
    if (items[k]?.lower === ',') {
      k++;
    }
    if (isWord(items[k], 'and')) {
      k++;
    }
  }
  return out;
}

/** A descriptor phrase: its words, the index after it, and whether it ends in a generic head ("company"). */
interface Descriptor {
  readonly words: readonly Item[];
  readonly end: number;
  readonly generic: boolean;
}

function descriptorAt(items: readonly Item[], at: number): Descriptor | undefined {
  if (!isWord(items[at], 'a', 'an', 'the', 'another')) {
    return undefined;
  }
  const words: Item[] = [];
  let k = at + 1;
  for (; k < items.length && words.length < MAX_DESCRIPTOR; k++) {
    const item = items[k]!;
    const capitalWord = item.kind === 'word' && /^\p{Lu}/u.test(item.text);
    if (item.kind !== 'word' || PHRASE_STOP.has(item.lower) || PASSIVE_CUES.has(item.lower) || SECTOR_VERBS.has(item.lower) || !(isDescriptorWord(item) || capitalWord)) {
      break;
    }
    words.push(item);
    if (GENERIC_HEADS.has(item.lower)) {
      return { words, end: k + 1, generic: true };
    }
  }
  return words.length > 0 ? { words, end: k, generic: false } : undefined;
}

// The sector words of a descriptor: capitalized words are places and nationalities ("the Texas robotics company").
function sectorPhrase(d: Descriptor, items: readonly Item[]): string {
  const last = d.words[d.words.length - 1]!.lower;
  if (!d.generic && (RELATION_NOUNS.has(last) || !closesAppositive(items, d.end) || /[^su]s$/.test(last))) {
    return '';
  }
  return d.words.filter((w) => !/^\p{Lu}\p{Ll}/u.test(w.text)).map((w) => w.text).join(' ');
}

// A descriptor without a generic head is an appositive only when nothing verb-like follows ("the talks were").
function closesAppositive(items: readonly Item[], end: number): boolean {
  const next = items[end];
  return next === undefined || next.kind === 'punct' || isWord(next, 'formerly', 'known', 'that', 'which', 'based', 'in', 'and', 'with');
}

/** Appositives and descriptors around every organization name of the sentence. */
export function readDescriptors(view: SentenceView, sink: RelationSink): void {
  const { items } = view;
  items.forEach((item, i) => {
    if (!isName(item) || item.mention.kind !== 'organization' || item.possessive) {
      return;
    }
    descriptorBefore(view, sink, i);
    if (items[i + 1]?.lower === ',') {
      appositive(view, sink, item.mention, i + 2);
    }
  });
}

// "the AI company Qubitry", "the brain-computer interface startup Synapse Row": a generic head right before the name.
function descriptorBefore(view: SentenceView, sink: RelationSink, at: number): void {
  for (let k = at - 1; k >= 0 && at - k <= MAX_DESCRIPTOR + 1; k--) {
    if (isWord(view.items[k], 'a', 'an', 'the')) {
      // "Wrenfield Launch, the rocket company Tern bought": the descriptor belongs to the earlier name.
      if (view.items[k - 1]?.lower === ',' && isName(view.items[k - 2])) {
        return;
      }
      const d = descriptorAt(view.items, k);
      if (d && d.generic && d.end === at) {
        sink.sector(view.items[at]!.mention!, sectorPhrase(d, view.items), view.evidence);
      }
      return;
    }
  }
}

function appositive(view: SentenceView, sink: RelationSink, anchor: Mention, at: number): void {
  const { items } = view;
  const d = descriptorAt(items, at);
  if (!d) {
    return;
  }
  sink.sector(anchor, sectorPhrase(d, items), view.evidence);
  const last = d.words[d.words.length - 1]!.lower;
  if (RIVAL_WORDS.has(last) && isWord(items[d.end], 'to', 'of') && isName(items[d.end + 1])) {
    sink.relate('competes-with', anchor, items[d.end + 1]!.mention!, view.evidence);
  }
  reducedRelative(view, sink, anchor, d.end);
  trailingClauses(view, sink, anchor, d.end);
}

// "Ardent, the electric-car maker Brennock leads": a name and a verb right after the descriptor.
function reducedRelative(view: SentenceView, sink: RelationSink, anchor: Mention, at: number): void {
  const agent = view.items[at];
  if (!isName(agent) || agent.possessive) {
    return;
  }
  for (const cue of CUES_BY_FIRST_WORD.get(view.items[at + 1]?.lower ?? '') ?? []) {
    const type = agent.mention.kind === 'person' ? cue.person : cue.org;
    if (type && matchPhrase(view.items, at + 1, cue.words) >= 0) {
      sink.relate(type, agent.mention, anchor, view.evidence);
      return;
    }
  }
}

// After an appositive, up to the next comma: "that builds its own rockets", "working on reusable rockets",
// "and a direct rival to Cortexa".
function trailingClauses(view: SentenceView, sink: RelationSink, anchor: Mention, from: number): void {
  const { items } = view;
  for (let k = from; k < items.length && k - from < MAX_CLAUSE && items[k]!.kind !== 'punct'; k++) {
    if (SECTOR_VERBS.has(items[k]!.lower) && !isWord(items[k - 1], 'by')) {
      const start = isWord(items[k], 'working') && isWord(items[k + 1], 'on') ? k + 2 : k + 1;
      sink.sector(anchor, nounPhrase(items, start).phrase, view.evidence);
    } else if (isWord(items[k], 'working') && isWord(items[k + 1], 'on')) {
      sink.sector(anchor, nounPhrase(items, k + 2).phrase, view.evidence);
    } else if (isWord(items[k], 'and') && RIVAL_WORDS.has(descriptorAt(items, k + 1)?.words.at(-1)?.lower ?? '')) {
      const d = descriptorAt(items, k + 1)!;
      if (isWord(items[d.end], 'to', 'of') && isName(items[d.end + 1])) {
        sink.relate('competes-with', anchor, items[d.end + 1]!.mention!, view.evidence);
      }
    }
  }
}

const NP_SKIP = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'own', 'new', 'next']);
const MAX_NP = 4;

/** The noun phrase after a sector verb: "brain implants", "a social network (of its own)", "their own AI chips". */
export function nounPhrase(items: readonly Item[], at: number): { phrase: string; end: number } {
  let k = at;
  while (isWord(items[k], ...NP_SKIP)) {
    k++;
  }
  const words: string[] = [];
  for (; k < items.length && words.length < MAX_NP; k++) {
    const item = items[k]!;
    if (!isDescriptorWord(item) || PHRASE_STOP.has(item.lower) || SECTOR_VERBS.has(item.lower)) {
      break;
    }
    words.push(item.text);
    // A plural noun ends the phrase: "rockets meant to fly".
    if (/[^su]s$/.test(item.lower) && item.lower.length > 3) {
      k++;
      break;
    }
  }
  return { phrase: words.join(' '), end: k };
}

/** "Cortexa, which builds brain implants", "Orvane designs rockets", "builds rockets through Larkspur Lift". */
export function readSectorVerbs(view: SentenceView, sink: RelationSink): void {
  const { items } = view;
  items.forEach((item, i) => {
    if (item.kind !== 'word' || !SECTOR_VERBS.has(item.lower) || isWord(items[i - 1], 'by', 'for', 'of')) {
      return;
    }
    const np = nounPhrase(items, i + 1);
    if (np.phrase === '') {
      return;
    }
    for (const subject of subjectsBefore(items, i, { ...view, lastSubject: undefined })) {
      if (actsAsOrganization(items, subject)) {
        sink.sector(subject, np.phrase, view.evidence);
      }
    }
    if (isWord(items[np.end], 'through', 'via') && isName(items[np.end + 1])) {
      sink.sector(items[np.end + 1]!.mention!, np.phrase, view.evidence);
    }
  });
}

/**
 * An organization, or a name the recognizer took for a person but that the sentence treats as an organization
 * ("Larkspur Net, founded by ..."): founded, led or owned by someone.
 */
export function actsAsOrganization(items: readonly Item[], mention: Mention): boolean {
  if (mention.kind === 'organization') {
    return true;
  }
  const at = items.findIndex((item) => item.mention === mention);
  return items[at + 1]?.lower === ',' && PASSIVE_CUES.has(items[at + 2]?.lower ?? '') && isWord(items[at + 3], 'by');
}
