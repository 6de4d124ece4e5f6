/**
 * Sourcing facts that need the whole workspace, computed once per snapshot and shared by diagnostics, hover
 * and code actions: the inconsistent figures (with the other places) and every comparable figure.
 */
import { figureConsistency, type ComparableFigure, type ConsistencyDocument, type InconsistentFigure } from '../analysis/index';
import type { IndexSnapshot } from './snapshot';

/** The cross-file figure facts of a snapshot. */
export interface WorkspaceFigures {
  /** Inconsistent figures of every document (`uri` is the document key). */
  readonly inconsistent: readonly InconsistentFigure[];
  /** Figures that can be compared, by document key. */
  readonly comparable: readonly ComparableFigure[];
}

const computed = new WeakMap<IndexSnapshot, WorkspaceFigures>();

/** The figure facts of a snapshot (memoized per snapshot: snapshots are immutable). */
export function workspaceFigures(snapshot: IndexSnapshot): WorkspaceFigures {
  let found = computed.get(snapshot);
  if (!found) {
    const docs: ConsistencyDocument[] = snapshot.keys().map((key) => {
      const doc = snapshot.get(key)!;
      return { uri: key, text: doc.document.getText(), analysis: doc.analysis };
    });
    // Only documents whose text matches their analysis take part (an open document may be ahead of a held snapshot).
    const current = docs.filter((d) => d.text.length === d.analysis.length);
    found = figureConsistency(current, snapshot.workspace);
    computed.set(snapshot, found);
  }
  return found;
}
