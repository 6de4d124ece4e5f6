/**
 * Comparing the facts that share a key (same organization, measure and context; see consistency.ts): which
 * statements differ by more than rounding, and the finding each differing statement gets.
 */
import type { Fact, FigurePlace } from './figureFacts';
import { measureLabel } from './figureMeasures';

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

/** How far apart two approximate figures ("about $800 billion") may be, relative to the larger one. */
const APPROXIMATE_TOLERANCE = 0.03;

/** How many other places a finding lists: one per differing value, so a corpus repeating a story stays readable. */
const MAX_RELATED = 5;

/** The findings among facts that share a key (so, one entity, named `entityName`), in the order of the facts. */
export function compareGroup(facts: readonly Fact[], entityName: string): InconsistentFigure[] {
  const findings: InconsistentFigure[] = [];
  for (const fact of facts) {
    const others = differing(fact, facts);
    if (others.length > 0) {
      findings.push(finding(fact, others, entityName));
    }
  }
  return findings;
}

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

function finding(fact: Fact, others: readonly FigurePlace[], entityName: string): InconsistentFigure {
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
