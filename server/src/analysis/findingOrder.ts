/**
 * The inconsistent figures in the order the check reports them: by document URI, then position, and equal
 * places in the order they were found. Kept from one call to the next, so that a keystroke sorts again only the
 * documents whose findings may have changed instead of every finding of the workspace.
 */
import type { InconsistentFigure } from './figureComparison';

interface Bucket {
  /** A document's findings, sorted by position. */
  readonly findings: readonly InconsistentFigure[];
  /** True when two findings share a position: their order then depends on the order found, which may change. */
  readonly ties: boolean;
}

/** Sorts findings by place, reusing the sorted findings of documents that did not change. */
export class FindingOrder {
  #buckets = new Map<string, Bucket>();

  /**
   * The findings of `found` (lists in the order found) sorted by URI, then position; `uris` are the documents,
   * `changed` the URIs whose findings may differ from the previous call.
   */
  sort(found: ReadonlyArray<readonly InconsistentFigure[]>, uris: readonly string[], changed: ReadonlySet<string>): InconsistentFigure[] {
    const previous = this.#buckets;
    const redo = new Set(changed);
    for (const [uri, bucket] of previous) {
      if (bucket.ties) {
        redo.add(uri);
      }
    }
    const fresh = new Map<string, InconsistentFigure[]>();
    if (redo.size > 0) {
      for (const findings of found) {
        for (const finding of findings) {
          if (redo.has(finding.uri)) {
            const list = fresh.get(finding.uri);
            if (list) {
              list.push(finding);
            } else {
              fresh.set(finding.uri, [finding]);
            }
          }
        }
      }
    }
    const next = new Map<string, Bucket>();
    const sorted: InconsistentFigure[] = [];
    for (const uri of sortedDistinct(uris)) {
      const bucket = redo.has(uri) ? bucketOf(fresh.get(uri)) : previous.get(uri);
      if (bucket && bucket.findings.length > 0) {
        next.set(uri, bucket);
        for (const finding of bucket.findings) {
          sorted.push(finding);
        }
      }
    }
    this.#buckets = next;
    return sorted;
  }
}

function bucketOf(findings: InconsistentFigure[] | undefined): Bucket | undefined {
  if (!findings) {
    return undefined;
  }
  findings.sort((a, b) => a.start - b.start); // stable: equal places stay in the order found
  return { findings, ties: findings.some((f, i) => i > 0 && findings[i - 1]!.start === f.start) };
}

/** The URIs in code-unit order, each once (usually given sorted: checking is cheaper than sorting). */
function sortedDistinct(uris: readonly string[]): readonly string[] {
  const isSorted = uris.every((uri, i) => i === 0 || uris[i - 1]! < uri);
  return isSorted ? uris : [...new Set(uris)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
