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
import { compareGroup, type InconsistentFigure } from './figureComparison';
import { candidateSentences, factsOf, ownerIdOf, type CandidateSentence, type ConsistencyDocument, type Fact, type FigurePlace, type SentenceMemo } from './figureFacts';
import { measureLabel } from './figureMeasures';
import { FindingOrder } from './findingOrder';
import type { ResolvedWorkspace } from './resolve';
import type { DocumentAnalysis } from './types';

export { conflicts, type InconsistentFigure } from './figureComparison';
export { roundingOf, type ConsistencyDocument, type FigurePlace } from './figureFacts';

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

/** The comparable and the inconsistent figures of a set of documents. */
export interface FigureConsistencyResult {
  /** Every figure the check compares, in document order. */
  comparable: ComparableFigure[];
  /** The inconsistent ones, by document and position. */
  inconsistent: InconsistentFigure[];
}

/** Finds figures of the same organization and measure stated differently in different documents. */
export function findInconsistentFigures(documents: readonly ConsistencyDocument[], workspace: ResolvedWorkspace): InconsistentFigure[] {
  return new FigureConsistency().compute(documents, workspace).inconsistent;
}

/**
 * Every figure of the documents that the consistency check compares (in document order), and the inconsistent
 * ones, from one pass over the documents (the editor needs both for every new snapshot).
 */
export function figureConsistency(documents: readonly ConsistencyDocument[], workspace: ResolvedWorkspace): FigureConsistencyResult {
  return new FigureConsistency().compute(documents, workspace);
}

/** How many calls a document may be missing from before what was computed for it is dropped. */
const MAX_MISSED = 10;

/** What one document contributes, for the owners it was bound to. */
interface DocumentFigures {
  readonly analysis: DocumentAnalysis;
  readonly text: string;
  readonly sentences: readonly CandidateSentence[];
  /** Kept only for a document seen in more than one version (one being edited). */
  readonly memo: SentenceMemo | undefined;
  readonly ownerIds: readonly (string | undefined)[];
  readonly facts: readonly Fact[];
  readonly comparable: readonly ComparableFigure[];
}

/** The findings of the facts sharing one key. */
interface ComparedGroup {
  readonly facts: readonly Fact[];
  readonly entityName: string;
  readonly findings: readonly InconsistentFigure[];
}

/**
 * {@link figureConsistency} for a workspace that changes one document at a time, with the same results. A
 * document's figures depend only on its text and analysis, except for the owners, which come from the workspace:
 * they are kept while the document's analysis object is the same and rebound only when an owner changes; a
 * document being edited recomputes only its changed sentences. Facts with the same key are compared again
 * only when the group's facts (or its entity's name) changed since the previous call, and only the documents
 * with facts in such groups have their findings sorted again.
 */
export class FigureConsistency {
  /** By document URI: the documents of the latest call, and those missing from fewer than MAX_MISSED calls. */
  #documents = new Map<string, { readonly figures: DocumentFigures; readonly missed: number }>();
  #groups = new Map<string, ComparedGroup>();
  readonly #order = new FindingOrder();

  compute(documents: readonly ConsistencyDocument[], workspace: ResolvedWorkspace): FigureConsistencyResult {
    const previous = this.#documents;
    const next = new Map<string, { readonly figures: DocumentFigures; readonly missed: number }>();
    const facts: Fact[] = [];
    const comparable: ComparableFigure[] = [];
    for (const doc of documents) {
      const figures = figuresOf(doc, workspace, (next.get(doc.uri) ?? previous.get(doc.uri))?.figures);
      next.set(doc.uri, { figures, missed: 0 });
      for (let i = 0; i < figures.facts.length; i++) {
        facts.push(figures.facts[i]!);
        comparable.push(figures.comparable[i]!);
      }
    }
    // An open document is left out while its text is ahead of its analysis; its work is kept for its return.
    for (const [uri, { figures, missed }] of previous) {
      if (!next.has(uri) && missed < MAX_MISSED) {
        next.set(uri, { figures, missed: missed + 1 });
      }
    }
    this.#documents = next;
    return { comparable, inconsistent: this.#inconsistentAmong(facts, documents, workspace) };
  }

  /** The inconsistent figures among the facts, by document and position. */
  #inconsistentAmong(facts: readonly Fact[], documents: readonly ConsistencyDocument[], workspace: ResolvedWorkspace): InconsistentFigure[] {
    const byKey = new Map<string, Fact[]>();
    for (const fact of facts) {
      const group = byKey.get(fact.key);
      if (group) {
        group.push(fact);
      } else {
        byKey.set(fact.key, [fact]);
      }
    }
    const previous = this.#groups;
    const compared = new Map<string, ComparedGroup>();
    /** Documents with facts in a group compared again (before or now): their findings may have changed. */
    const changed = new Set<string>();
    const found: Array<readonly InconsistentFigure[]> = [];
    for (const [key, group] of byKey) {
      // A key starts with its owner's id, so one name serves the whole group.
      const entityId = group[0]!.entityId;
      const entityName = workspace.entity(entityId)?.name ?? entityId;
      const before = previous.get(key);
      let result = before;
      if (!result || result.entityName !== entityName || !sameItems(result.facts, group)) {
        result = { facts: group, entityName, findings: compareGroup(group, entityName) };
        addUris(changed, group);
        addUris(changed, before?.facts ?? []);
      }
      compared.set(key, result);
      found.push(result.findings);
    }
    for (const [key, gone] of previous) {
      if (!compared.has(key)) {
        addUris(changed, gone.facts);
      }
    }
    this.#groups = compared;
    return this.#order.sort(found, documents.map((d) => d.uri), changed);
  }
}

/** A document's figures, reusing what `known` (the same document before) computed where it still holds. */
function figuresOf(doc: ConsistencyDocument, workspace: ResolvedWorkspace, known: DocumentFigures | undefined): DocumentFigures {
  let sentences: readonly CandidateSentence[];
  let memo: SentenceMemo | undefined;
  if (known && known.analysis === doc.analysis && known.text === doc.text) {
    ({ sentences, memo } = known);
  } else {
    // Remembering every sentence costs time and memory, so it starts with a document's second version.
    memo = known ? new Map() : undefined;
    sentences = candidateSentences(doc, memo && { previous: known!.memo, next: memo });
    known = undefined;
  }
  const ownerIds = sentences.map((sentence) => ownerIdOf(doc.uri, sentence, workspace));
  if (known && sameItems(known.ownerIds, ownerIds)) {
    return known;
  }
  const facts = factsOf(sentences, ownerIds);
  const comparable = facts.map((f) => ({ place: f.place, value: f.value, entityId: f.entityId, measure: f.measure, key: f.key }));
  return { analysis: doc.analysis, text: doc.text, sentences, memo, ownerIds, facts, comparable };
}

function addUris(uris: Set<string>, facts: readonly Fact[]): void {
  for (const fact of facts) {
    uris.add(fact.place.uri);
  }
}

/** True when two lists hold the same items (by identity) in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A measure as people read it ("funding round"). */
export function measureLabelOf(measure: string): string {
  return measureLabel(measure);
}
