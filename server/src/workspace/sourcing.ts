/**
 * Sourcing facts that need the whole workspace, computed once per snapshot and shared by diagnostics, hover
 * and code actions: the inconsistent figures (with the other places) and every comparable figure.
 */
import { FigureConsistency, type ComparableFigure, type ConsistencyDocument, type InconsistentFigure } from '../analysis/index';
import type { IndexSnapshot } from './snapshot';

/** The cross-file figure facts of a snapshot. */
export interface WorkspaceFigures {
  /** Inconsistent figures of every document (`uri` is the document key). */
  readonly inconsistent: readonly InconsistentFigure[];
  /** Figures that can be compared, by document key. */
  readonly comparable: readonly ComparableFigure[];
}

const computed = new WeakMap<IndexSnapshot, WorkspaceFigures>();

/**
 * Carries the work of the previous snapshot over to the next: a keystroke changes one document, so only its
 * figures and the groups they belong to are computed again. Shared by every index; results never depend on it.
 */
const incremental = new FigureConsistency();

/** The figure facts of a snapshot (memoized per snapshot: snapshots are immutable). */
export function workspaceFigures(snapshot: IndexSnapshot): WorkspaceFigures {
  let found = computed.get(snapshot);
  if (!found) {
    const current: ConsistencyDocument[] = [];
    for (const key of snapshot.keys()) {
      const doc = snapshot.get(key)!;
      const text = doc.document.getText();
      // Only documents whose text matches their analysis take part (an open document may be ahead of a held snapshot).
      if (text.length === doc.analysis.length) {
        current.push({ uri: key, text, analysis: doc.analysis });
      }
    }
    found = incremental.compute(current, snapshot.workspace);
    computed.set(snapshot, found);
  }
  return found;
}
