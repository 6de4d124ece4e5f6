/**
 * The figures of one document that the consistency check compares (see consistency.ts for the rules), in two
 * steps so that an editor can keep the first: everything that depends only on the document's text and analysis
 * (`candidateSentences`), then the owners, which depend on the whole workspace (`factsOf`).
 */
import { BOUND_PREFIXES, FORECAST_WORDS, figureRole, measureFor, SELF_WORDS, SOURCE_BEFORE, SPEECH_VERBS, wordsOf } from './figureMeasures';
import type { ResolvedWorkspace } from './resolve';
import type { DocumentAnalysis, FigureValue, Mention, Span } from './types';

/** One analyzed document. */
export interface ConsistencyDocument {
  readonly uri: string;
  readonly text: string;
  readonly analysis: DocumentAnalysis;
}

/** A place where a figure is stated. */
export interface FigurePlace extends Span {
  readonly uri: string;
  /** The figure as written ("$1.2bn"). */
  readonly text: string;
  /** The sentence it is in. */
  readonly sentence: Span;
}

/** A figure that qualifies for comparison. */
export interface Fact {
  /** Figures with the same key are compared. */
  readonly key: string;
  readonly place: FigurePlace;
  readonly value: number;
  /** Half the unit of the last written digit: "$1.2bn" is 1.2bn ± 0.05bn. */
  readonly rounding: number;
  readonly approximate: boolean;
  readonly entityId: string;
  readonly measure: string;
}

/** A figure that qualifies once its sentence has an owner: a fact without the owner. */
interface Candidate extends Omit<Fact, 'key' | 'entityId'> {
  /** The key after the owner. */
  readonly keyRest: string;
}

/** A sentence with figures that qualify, and the organizations that may own them (mention indices). */
export interface CandidateSentence {
  readonly owners: readonly number[];
  readonly candidates: readonly Candidate[];
}

/** A candidate with offsets from the start of its sentence. */
interface RelativeCandidate extends Omit<Candidate, 'place'> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A candidate sentence with owners as positions among the sentence's mentions, and candidates relative to it. */
interface RelativeSentence {
  readonly owners: readonly number[];
  readonly candidates: readonly RelativeCandidate[];
}

/** What a sentence gave in an earlier version of the document. */
interface MemoEntry {
  /** The sentence and its mentions in that version. */
  readonly group: SentenceGroup;
  readonly relative: RelativeSentence | undefined;
  readonly placed: CandidateSentence | undefined;
}

/**
 * The sentences of one version of a document, by text. A candidate sentence depends only on the sentence's text
 * and its mentions relative to it, so the next version recomputes only the sentences that changed, and keeps
 * the very objects of those that did not move (so their facts, and the comparisons of those, are kept too).
 */
export type SentenceMemo = Map<string, MemoEntry>;

/**
 * The sentences of a document whose figures qualify if their owner resolves to one entity; no workspace needed.
 * With `memo`, sentences of `memo.previous` (an earlier version of the same document) are reused, and every
 * sentence is recorded in `memo.next`.
 */
export function candidateSentences(doc: ConsistencyDocument, memo?: { readonly previous: SentenceMemo | undefined; readonly next: SentenceMemo }): CandidateSentence[] {
  const found: CandidateSentence[] = [];
  for (const group of ownedSentenceGroups(doc.analysis)) {
    let entry: MemoEntry;
    if (memo) {
      const text = doc.text.slice(group.sentence.start, group.sentence.end);
      const known = memo.previous?.get(text);
      if (known && sameMentions(known.group, group)) {
        const unmoved = known.group.sentence.start === group.sentence.start && known.group.mentions.every((m, i) => m.index === group.mentions[i]!.index);
        entry = unmoved ? { ...known, group } : { group, relative: known.relative, placed: known.relative && placed(doc.uri, group, known.relative) };
      } else {
        entry = computed(doc, group);
      }
      memo.next.set(text, entry);
    } else {
      entry = computed(doc, group);
    }
    if (entry.placed) {
      found.push(entry.placed);
    }
  }
  return found;
}

function computed(doc: ConsistencyDocument, group: SentenceGroup): MemoEntry {
  const relative = relativeSentence(doc.text, group);
  return { group, relative, placed: relative && placed(doc.uri, group, relative) };
}

/** True when two sentences of the same text have mentions alike in every property {@link relativeSentence} reads. */
function sameMentions(a: SentenceGroup, b: SentenceGroup): boolean {
  const shift = b.sentence.start - a.sentence.start;
  return (
    a.mentions.length === b.mentions.length &&
    a.mentions.every(({ mention: x }, i) => {
      const y = b.mentions[i]!.mention;
      return x.start + shift === y.start && x.end + shift === y.end && x.kind === y.kind && x.text === y.text && sameFigure(x.figure, y.figure);
    })
  );
}

function sameFigure(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.kind === b.kind && Object.is(a.value, b.value) && Object.is(a.lowerBound, b.lowerBound) && a.currency === b.currency && a.approximate === b.approximate);
}

/** The candidates of a sentence, relative to it; undefined when there are none. */
function relativeSentence(text: string, group: SentenceGroup): RelativeSentence | undefined {
  const { sentence, mentions } = group;
  const owners: number[] = [];
  mentions.forEach((m, i) => {
    if (m.mention.kind === 'organization' && !isSource(text, sentence, m.mention)) {
      owners.push(i);
    }
  });
  if (owners.length === 0) {
    return undefined;
  }
  // Figures are taken only after the first owner, so that "..., Reuters reported" never owns one.
  const ownerStart = mentions[owners[0]!]!.mention.start;
  const words = wordsOf(text.slice(sentence.start, sentence.end));
  const context = contextKey(mentions.map((m) => m.mention), words);
  const candidates: RelativeCandidate[] = [];
  for (const { mention } of mentions) {
    const candidate = mention.start > ownerStart ? candidateOf(text, sentence, mention, { words, context }) : undefined;
    if (candidate) {
      candidates.push(candidate);
    }
  }
  return candidates.length > 0 ? { owners, candidates } : undefined;
}

/** A relative candidate sentence placed in a document. */
function placed(uri: string, group: SentenceGroup, relative: RelativeSentence): CandidateSentence {
  const { sentence, mentions } = group;
  return {
    owners: relative.owners.map((i) => mentions[i]!.index),
    candidates: relative.candidates.map(({ start, end, text, ...rest }) => ({ ...rest, place: { uri, start: sentence.start + start, end: sentence.start + end, text, sentence } })),
  };
}

/**
 * The organization a sentence's figures belong to: the only one it names, not counting sources ("according to
 * PitchBook"); undefined when its owner mentions resolve to more than one entity, or to none.
 */
export function ownerIdOf(uri: string, sentence: CandidateSentence, workspace: ResolvedWorkspace): string | undefined {
  const id = workspace.entityIdOf(uri, sentence.owners[0]!);
  for (let i = 1; i < sentence.owners.length; i++) {
    if (workspace.entityIdOf(uri, sentence.owners[i]!) !== id) {
      return undefined;
    }
  }
  return id;
}

/** The facts a sentence gave for an owner, kept so that an unchanged sentence gives the same objects. */
const factsMade = new WeakMap<CandidateSentence, { readonly owner: string; readonly facts: readonly Fact[] }>();

/** The facts of candidate sentences, given each sentence's owner (`ownerIds`, parallel to `sentences`). */
export function factsOf(sentences: readonly CandidateSentence[], ownerIds: readonly (string | undefined)[]): Fact[] {
  const facts: Fact[] = [];
  sentences.forEach((sentence, i) => {
    const owner = ownerIds[i];
    if (owner === undefined) {
      return;
    }
    let made = factsMade.get(sentence);
    if (made?.owner !== owner) {
      made = { owner, facts: sentence.candidates.map((c) => ({ key: `${owner}|${c.keyRest}`, place: c.place, value: c.value, rounding: c.rounding, approximate: c.approximate, entityId: owner, measure: c.measure })) };
      factsMade.set(sentence, made);
    }
    for (const fact of made.facts) {
      facts.push(fact);
    }
  });
  return facts;
}

/** "according to X", "data from X", or "X said <not about itself>". */
function isSource(text: string, sentence: Span, mention: Mention): boolean {
  const before = wordsOf(text.slice(sentence.start, mention.start)).slice(-2);
  if (SOURCE_BEFORE.some((cue) => cue.every((w, i) => before[before.length - cue.length + i] === w))) {
    return true;
  }
  const after = wordsOf(text.slice(mention.end, sentence.end)).slice(0, 3);
  const next = after[1] === 'that' ? after[2] : after[1];
  return SPEECH_VERBS.has(after[0] ?? '') && !SELF_WORDS.has(next ?? '');
}

function candidateOf(text: string, sentence: Span, mention: Mention, where: { words: readonly string[]; context: string }): RelativeCandidate | undefined {
  const figure = mention.figure;
  if (!figure || (figure.kind !== 'money' && figure.kind !== 'percent') || figure.value === undefined || figure.lowerBound !== undefined) {
    return undefined;
  }
  const rounding = roundingOf(mention.text, figure.value);
  const before = wordsOf(text.slice(sentence.start, mention.start)).reverse();
  const after = wordsOf(text.slice(mention.end, sentence.end));
  const lower = mention.text.toLowerCase();
  const role = figureRole(before, after, figure.kind === 'percent');
  const measure = measureFor(before, after, where.words);
  if (rounding === undefined || role === undefined || measure === undefined || BOUND_PREFIXES.some((p) => lower.startsWith(p))) {
    return undefined;
  }
  const keyRest = [measure, role, figure.kind, figure.currency ?? '', where.context].join('|');
  return { keyRest, start: mention.start - sentence.start, end: mention.end - sentence.start, text: mention.text, value: figure.value, rounding, approximate: figure.approximate === true, measure };
}

/**
 * Half the unit of the last digit written: "$1.2bn" -> 0.05e9, "$800 billion" -> 0.5e9, "25%" -> 0.5.
 * Undefined when the figure has no digits ("two billion dollars"): too vague to compare.
 */
export function roundingOf(text: string, value: number): number | undefined {
  const numbers = text.match(/\d[\d,]*(?:\.\d+)?/g);
  const last = numbers?.[numbers.length - 1];
  const written = last === undefined ? NaN : Number(last.replace(/,/g, ''));
  if (!Number.isFinite(written) || written === 0) {
    return undefined;
  }
  const point = last!.indexOf('.');
  const decimals = point < 0 ? 0 : last!.length - point - 1;
  return (Math.abs(value / written) * 10 ** -decimals) / 2;
}

/** The years a sentence names and whether it is a forecast: figures are compared only within the same context. */
function contextKey(mentions: readonly Mention[], words: readonly string[]): string {
  const years = new Set(mentions.filter((m) => (m.figure?.kind === 'year' || m.figure?.kind === 'date') && m.figure.value !== undefined).map((m) => m.figure!.value));
  const forecast = words.some((w) => FORECAST_WORDS.has(w));
  return `${[...years].sort().join(',')}|${forecast ? 'forecast' : 'stated'}`;
}

interface SentenceGroup {
  readonly sentence: Span;
  readonly mentions: ReadonlyArray<{ readonly mention: Mention; readonly index: number }>;
}

/**
 * Mentions grouped by the sentence they start in, in one pass over both sorted lists; only sentences that name
 * an organization (the others have no owner), since a long document has tens of thousands of mentions.
 */
function ownedSentenceGroups(analysis: DocumentAnalysis): SentenceGroup[] {
  const mentions = analysis.mentions;
  // Indices by position; usually in order already, and checking is much cheaper than sorting.
  let order: number[] | undefined;
  if (!mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start)) {
    order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  }
  const at = (i: number): number => (order ? order[i]! : i);
  const groups: SentenceGroup[] = [];
  let m = 0;
  for (const sentence of analysis.sentences) {
    while (m < mentions.length && mentions[at(m)]!.start < sentence.start) {
      m++;
    }
    const first = m;
    let owned = false;
    for (; m < mentions.length && mentions[at(m)]!.start < sentence.end; m++) {
      owned ||= mentions[at(m)]!.kind === 'organization';
    }
    if (owned) {
      const inside: Array<{ mention: Mention; index: number }> = [];
      for (let i = first; i < m; i++) {
        inside.push({ mention: mentions[at(i)]!, index: at(i) });
      }
      groups.push({ sentence, mentions: inside });
    }
  }
  return groups;
}
