/**
 * The `inconsistent-figure` check (issue 4): the same organization's figure stated differently in two files
 * ("Kestrel closed a $1.5bn funding round" here, "a $1.2bn funding round" there).
 *
 * What a figure is "about" is decided conservatively, because a writer who drowns in false alarms turns the
 * check off. A money or percent figure counts only when
 * - its sentence names exactly one organization (resolved across the workspace) besides sources ("according
 *   to PitchBook"), which is taken as the owner, and the figure comes after it;
 * - a measure word is near it in the same clause (figureMeasures.ts: valuation, funding round, revenue...),
 *   and the nearest one is unambiguous;
 * - it is a point value: not a bound ("at least $2bn", "more than 40%"), not an increment ("$2bn more",
 *   "another $1bn"), not an earlier value ("from $2.5m"), not a share ("4% of revenue"), not a vague
 *   magnitude ("hundreds of billions"), and written with digits. Changes ("grew 40%") are kept apart from levels.
 * Two such figures conflict when they share (organization, measure, level or change, kind, currency, the years
 * named in the sentence, forecast or not), differ by more than the rounding of the coarser one (`conflicts`),
 * and are in different documents: within one document, differing figures are usually a story told over time.
 */
import { BOUND_PREFIXES, FORECAST_WORDS, figureRole, measureFor, measureLabel, SELF_WORDS, SOURCE_BEFORE, SPEECH_VERBS, wordsOf } from './figureMeasures';
import type { ResolvedWorkspace } from './resolve';
import type { DocumentAnalysis, Mention, Span } from './types';

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

/** One statement of a figure that another document states differently (one finding per place). */
export interface InconsistentFigure extends FigurePlace {
  readonly code: 'inconsistent-figure';
  /** The figure as written; the diagnostic range is the figure. */
  readonly cue: string;
  readonly entityId: string;
  readonly entityName: string;
  /** The normalized measure ("funding-round", "valuation", ...). */
  readonly measure: string;
  readonly message: string;
  /** The differing statements in other documents (for relatedInformation). */
  readonly related: readonly FigurePlace[];
}

/** A figure that qualifies for comparison. */
interface Fact {
  readonly key: string;
  readonly place: FigurePlace;
  readonly value: number;
  /** Half the unit of the last written digit: "$1.2bn" is 1.2bn ± 0.05bn. */
  readonly rounding: number;
  readonly approximate: boolean;
  readonly entityId: string;
  readonly measure: string;
}

/** How far apart two approximate figures ("about $800 billion") may be, relative to the larger one. */
const APPROXIMATE_TOLERANCE = 0.03;

/** Finds figures of the same organization and measure stated differently in different documents. */
export function findInconsistentFigures(documents: readonly ConsistencyDocument[], workspace: ResolvedWorkspace): InconsistentFigure[] {
  return inconsistentAmong(documents.flatMap((doc) => factsOf(doc, workspace)), workspace);
}

/** The inconsistent figures among already collected facts. */
function inconsistentAmong(allFacts: readonly Fact[], workspace: ResolvedWorkspace): InconsistentFigure[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of allFacts) {
    const group = groups.get(fact.key);
    if (group) {
      group.push(fact);
    } else {
      groups.set(fact.key, [fact]);
    }
  }
  const findings: InconsistentFigure[] = [];
  for (const facts of groups.values()) {
    for (const fact of facts) {
      const others = differing(fact, facts);
      if (others.length > 0) {
        findings.push(finding(fact, others, workspace));
      }
    }
  }
  return findings.sort((a, b) => cmp(a.uri, b.uri) || a.start - b.start);
}

/** How many other places a finding lists: one per differing value, so a corpus repeating a story stays readable. */
const MAX_RELATED = 5;

/** The places in other documents that state `fact` differently, the first of each distinct value. */
function differing(fact: Fact, facts: readonly Fact[]): FigurePlace[] {
  const byValue = new Map<number, FigurePlace>();
  for (const other of facts) {
    if (byValue.size < MAX_RELATED && other.place.uri !== fact.place.uri && !byValue.has(other.value) && conflicts(fact, other)) {
      byValue.set(other.value, other.place);
    }
  }
  return [...byValue.values()];
}

/** True when two figures differ by more than rounding (and, if either is approximate, by more than 3%). */
export function conflicts(a: Pick<Fact, 'value' | 'rounding' | 'approximate'>, b: Pick<Fact, 'value' | 'rounding' | 'approximate'>): boolean {
  const larger = Math.max(Math.abs(a.value), Math.abs(b.value));
  let tolerance = Math.max(a.rounding, b.rounding);
  if (a.approximate || b.approximate) {
    tolerance = Math.max(tolerance, APPROXIMATE_TOLERANCE * larger);
  }
  // A relative epsilon keeps 1.2e9 vs 1.25e9 at exactly half a step from counting as a conflict.
  return Math.abs(a.value - b.value) > tolerance * (1 + 1e-9);
}

/** The qualifying figures of one document. */
function factsOf(doc: ConsistencyDocument, workspace: ResolvedWorkspace): Fact[] {
  const facts: Fact[] = [];
  for (const group of sentenceGroups(doc.analysis)) {
    const owner = ownerOf(doc, group, workspace);
    if (owner === undefined) {
      continue;
    }
    const words = wordsOf(doc.text.slice(group.sentence.start, group.sentence.end));
    const context = contextKey(group.mentions.map((m) => m.mention), words);
    for (const { mention } of group.mentions) {
      const fact = mention.start > owner.start ? factOf(doc, group.sentence, mention, owner.id, { words, context }) : undefined;
      if (fact) {
        facts.push(fact);
      }
    }
  }
  return facts;
}

/**
 * The organization a sentence's figures belong to: the only organization it names, not counting sources
 * ("according to PitchBook"). Figures are taken only after it, so that "..., Reuters reported" never owns one.
 */
function ownerOf(doc: ConsistencyDocument, group: SentenceGroup, workspace: ResolvedWorkspace): { id: string; start: number } | undefined {
  const owners = group.mentions.filter((m) => m.mention.kind === 'organization' && !isSource(doc.text, group.sentence, m.mention));
  const ids = new Set(owners.map((m) => workspace.entityIdOf(doc.uri, m.index)));
  const id = [...ids][0];
  return ids.size === 1 && id !== undefined ? { id, start: owners[0]!.mention.start } : undefined;
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

function factOf(doc: ConsistencyDocument, sentence: Span, mention: Mention, owner: string, where: { words: readonly string[]; context: string }): Fact | undefined {
  const figure = mention.figure;
  if (!figure || (figure.kind !== 'money' && figure.kind !== 'percent') || figure.value === undefined || figure.lowerBound !== undefined) {
    return undefined;
  }
  const rounding = roundingOf(mention.text, figure.value);
  const before = wordsOf(doc.text.slice(sentence.start, mention.start)).reverse();
  const after = wordsOf(doc.text.slice(mention.end, sentence.end));
  const lower = mention.text.toLowerCase();
  const role = figureRole(before, after, figure.kind === 'percent');
  const measure = measureFor(before, after, where.words);
  if (rounding === undefined || role === undefined || measure === undefined || BOUND_PREFIXES.some((p) => lower.startsWith(p))) {
    return undefined;
  }
  const place = { uri: doc.uri, start: mention.start, end: mention.end, text: mention.text, sentence };
  const key = [owner, measure, role, figure.kind, figure.currency ?? '', where.context].join('|');
  return { key, place, value: figure.value, rounding, approximate: figure.approximate === true, entityId: owner, measure };
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

/** Mentions grouped by the sentence they start in, in one pass over both sorted lists. */
function sentenceGroups(analysis: DocumentAnalysis): SentenceGroup[] {
  const indexed = analysis.mentions.map((mention, index) => ({ mention, index })).sort((a, b) => a.mention.start - b.mention.start);
  const groups: SentenceGroup[] = [];
  let m = 0;
  for (const sentence of analysis.sentences) {
    while (m < indexed.length && indexed[m].mention.start < sentence.start) {
      m++;
    }
    const inside: Array<{ mention: Mention; index: number }> = [];
    for (; m < indexed.length && indexed[m].mention.start < sentence.end; m++) {
      inside.push(indexed[m]);
    }
    groups.push({ sentence, mentions: inside });
  }
  return groups;
}

function finding(fact: Fact, others: readonly FigurePlace[], workspace: ResolvedWorkspace): InconsistentFigure {
  const entityName = workspace.entity(fact.entityId)?.name ?? fact.entityId;
  const elsewhere = others.map((o) => `${o.text} in ${baseName(o.uri)}`);
  const message = `${entityName}'s ${measureLabel(fact.measure)} is ${fact.place.text} here but ${elsewhere.join(', ')}: check which is right, or say why they differ`;
  return { ...fact.place, code: 'inconsistent-figure', cue: fact.place.text, entityId: fact.entityId, entityName, measure: fact.measure, message, related: others };
}

/** The last path segment of a URI, decoded ("file:///a/b%20c.md" -> "b c.md"). */
function baseName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A figure that qualifies for comparison across files (the hover lists the others of its entity and measure). */
export interface ComparableFigure {
  readonly place: FigurePlace;
  readonly value: number;
  readonly entityId: string;
  /** The normalized measure ("valuation"); {@link measureLabelOf} names it for people. */
  readonly measure: string;
  /** Figures with the same key are compared by {@link findInconsistentFigures}. */
  readonly key: string;
}

/**
 * Every figure of the documents that the consistency check compares (in document order), and the inconsistent
 * ones, from one pass over the documents (the editor needs both for every new snapshot).
 */
export function figureConsistency(documents: readonly ConsistencyDocument[], workspace: ResolvedWorkspace): { comparable: ComparableFigure[]; inconsistent: InconsistentFigure[] } {
  const facts = documents.flatMap((doc) => factsOf(doc, workspace));
  const comparable = facts.map((f) => ({ place: f.place, value: f.value, entityId: f.entityId, measure: f.measure, key: f.key }));
  return { comparable, inconsistent: inconsistentAmong(facts, workspace) };
}

/** A measure as people read it ("funding round"). */
export function measureLabelOf(measure: string): string {
  return measureLabel(measure);
}
