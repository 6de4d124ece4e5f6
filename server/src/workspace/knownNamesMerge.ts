/**
 * The workspace's known names, merged from per-document contributions without recomputing them: a document's
 * contribution is computed once per analysis object (unchanged documents keep theirs across edits), and the merge
 * is skipped entirely when no contribution changed. Gives exactly what merging every document's
 * collectKnownNames in key order gives (the first document in key order wins a disagreement on a name's kind).
 */
import { collectKnownNames, type DocumentAnalysis, type KnownNames } from '../analysis/index';

const NO_NAMES: KnownNames = new Map();

/** Equal entries in equal order: propagation teaches names in the order it is given them. */
function sameInOrder(a: KnownNames, b: KnownNames): boolean {
  if (a.size !== b.size) {
    return false;
  }
  const others = b.entries();
  for (const [name, kind] of a) {
    const [otherName, otherKind] = others.next().value as [string, string];
    if (name !== otherName || kind !== otherKind) {
      return false;
    }
  }
  return true;
}

/** Merges per-document known names in key order, remembering what it merged last. */
export class KnownNamesMerge {
  readonly #ofAnalysis = new WeakMap<DocumentAnalysis, KnownNames>();
  /** The contribution each document made to the last merge. */
  #contributions = new Map<string, KnownNames>();
  #merged: KnownNames | undefined;
  #sortedKeys: string[] = [];

  /**
   * The merged names of the documents `keys` (any order), whose analyses `analysisOf` gives; `replacing` gives
   * some documents' names instead (those are not remembered).
   */
  merge(keys: ReadonlyMap<string, unknown>, analysisOf: (key: string) => DocumentAnalysis | undefined, replacing?: ReadonlyMap<string, KnownNames>): KnownNames {
    const sorted = this.#sorted(keys);
    const contributions = new Map<string, KnownNames>();
    let changed = this.#merged === undefined || sorted.length !== this.#contributions.size;
    for (const key of sorted) {
      const replaced = replacing?.get(key);
      const names = replaced ?? this.#contributionOf(key, analysisOf(key));
      changed ||= names !== this.#contributions.get(key);
      contributions.set(key, names);
    }
    if (!changed) {
      return this.#merged!;
    }
    const merged = new Map<string, 'person' | 'organization'>();
    for (const names of contributions.values()) {
      for (const [name, kind] of names) {
        if (!merged.has(name)) {
          merged.set(name, kind);
        }
      }
    }
    if (!replacing?.size) {
      this.#contributions = contributions;
      this.#merged = merged;
    }
    return merged;
  }

  #contributionOf(key: string, analysis: DocumentAnalysis | undefined): KnownNames {
    if (!analysis) {
      return NO_NAMES;
    }
    let names = this.#ofAnalysis.get(analysis);
    if (!names) {
      names = collectKnownNames([analysis]);
      // An edit that leaves a document's names as they were keeps the same object, so the merge can be skipped.
      const previous = this.#contributions.get(key);
      if (previous && sameInOrder(previous, names)) {
        names = previous;
      }
      this.#ofAnalysis.set(analysis, names);
    }
    return names;
  }

  /** The keys sorted, re-sorted only when the set of keys changed. */
  #sorted(keys: ReadonlyMap<string, unknown>): readonly string[] {
    if (keys.size !== this.#sortedKeys.length || this.#sortedKeys.some((key) => !keys.has(key))) {
      this.#sortedKeys = [...keys.keys()].sort();
    }
    return this.#sortedKeys;
  }
}
