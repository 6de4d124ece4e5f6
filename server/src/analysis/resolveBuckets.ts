/**
 * The buckets of workspace resolution (mentions that name one entity) and the order of the entities they make.
 * A resolution can start from the previous one: only the groups of documents whose part changed are taken out
 * of their buckets and put into their new ones, and only the buckets touched are summarized and placed again
 * in the entity order; the rest is shared with the previous resolution, which is never modified.
 *
 * Every choice the from-scratch computation makes by order (the first figure, the fullest name among equals,
 * which of two equal ids gets a number, the order of entities of equal count and name) is made here by the
 * same order: registry entries first, then documents in their order, then groups in the order of their first
 * mention.
 */
import { figureSlug, slug } from './entitySlug';
import type { Registry, RegistryEntry } from './registry';
import { registryBucketKey, sameFigure, type DocumentGroup, type DocumentResolution } from './resolveDocument';
import type { EntityKind, FigureValue } from './types';

/** One bucket at one resolution; later resolutions that do not touch it share it. */
export interface BucketState {
  readonly key: string;
  readonly kind: EntityKind;
  readonly registry: RegistryEntry | undefined;
  /** The place of the bucket's first registry entry; -1 when documents made the bucket. */
  readonly registryIndex: number;
  /** In document order. */
  readonly groups: readonly DocumentGroup[];
  /** Mentions in the bucket. */
  readonly count: number;
  /** Names (figures: texts) with their counts; in order of first use when `namesInOrder`. */
  readonly names: ReadonlyMap<string, number>;
  readonly namesInOrder: boolean;
  readonly figure: FigureValue | undefined;
  /** The entity's name; empty when the bucket makes no entity. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** The entity's id unless another entity's is the same. */
  readonly baseId: string;
}

/** The buckets of one resolution, and what the next one needs to start from them. */
export interface BucketSet {
  readonly registry: Registry;
  readonly documents: readonly DocumentResolution[];
  /** Each document by URI; undefined when two documents share a URI (the next resolution then starts afresh). */
  readonly byUri: ReadonlyMap<string, DocumentResolution> | undefined;
  readonly buckets: ReadonlyMap<string, BucketState>;
  /** The buckets that make entities, in entity order. */
  readonly sorted: readonly BucketState[];
  /** Compares buckets by their first registry entry or mention. */
  readonly bucketOrder: (a: BucketState, b: BucketState) => number;
}

/** A bucket being changed. */
interface Draft {
  readonly key: string;
  readonly kind: EntityKind;
  registry: RegistryEntry | undefined;
  readonly registryIndex: number;
  readonly groups: DocumentGroup[];
  count: number;
  names: Map<string, number>;
  namesInOrder: boolean;
}

/** The buckets of `documents`, from `previous` when only a few documents changed since, else from scratch. */
export function nextBuckets(previous: BucketSet | undefined, registry: Registry, documents: readonly DocumentResolution[]): BucketSet {
  const byUri = new Map<string, DocumentResolution>();
  const position = new Map<DocumentResolution, number>();
  documents.forEach((document, i) => {
    byUri.set(document.uri, document);
    if (!position.has(document)) {
      position.set(document, i);
    }
  });
  const unique = byUri.size === documents.length ? byUri : undefined;
  const bucketOrder = bucketOrderOf(position);
  const changes = previous && unique ? changesSince(previous, registry, documents, unique) : undefined;
  if (!previous || !changes) {
    return fromScratch(registry, documents, unique, bucketOrder);
  }
  if (changes.removed.length === 0 && changes.added.length === 0) {
    return previous;
  }
  const swaps = equivalentGroups(previous, documents, changes.added);
  const drafts = new Map<string, Draft>();
  const draftOf = (group: DocumentGroup): Draft => {
    let draft = drafts.get(group.key);
    if (!draft) {
      const known = previous.buckets.get(group.key);
      draft = known
        ? { key: known.key, kind: known.kind, registry: known.registry, registryIndex: known.registryIndex, groups: known.groups.map((g) => swaps.get(g) ?? g), count: known.count, names: new Map(known.names), namesInOrder: known.namesInOrder }
        : emptyDraft(group.key, group.kind);
      drafts.set(group.key, draft);
    }
    return draft;
  };
  const swapped = new Set(swaps.values());
  for (const document of changes.removed) {
    for (const group of document.groups) {
      if (swaps.has(group)) {
        continue;
      }
      const draft = draftOf(group);
      draft.groups.splice(draft.groups.indexOf(group), 1);
      draft.count -= group.refs.length;
      for (const [name, count] of group.names) {
        const left = draft.names.get(name)! - count;
        if (left > 0) {
          draft.names.set(name, left);
        } else {
          draft.names.delete(name);
        }
      }
      draft.namesInOrder = false;
    }
  }
  for (const document of changes.added) {
    for (const group of document.groups) {
      if (swapped.has(group)) {
        continue;
      }
      const draft = draftOf(group);
      const at = insertionPoint(draft.groups, position.get(document)!, position);
      draft.groups.splice(at, 0, group);
      draft.namesInOrder &&= at === draft.groups.length - 1;
      addGroup(draft, group);
    }
  }
  const buckets = new Map(previous.buckets);
  const touched: BucketState[] = [];
  for (const draft of drafts.values()) {
    if (draft.groups.length === 0 && !draft.registry) {
      buckets.delete(draft.key);
      continue;
    }
    const bucket = finish(draft);
    buckets.set(bucket.key, bucket);
    if (bucket.name) {
      touched.push(bucket);
    }
  }
  // Buckets where a group was only swapped for its equivalent keep everything but their groups.
  const swappedBuckets = new Map<string, BucketState>();
  for (const group of swaps.keys()) {
    const bucket = buckets.get(group.key)!;
    if (!drafts.has(group.key) && !swappedBuckets.has(group.key)) {
      const next = { ...bucket, groups: bucket.groups.map((g) => swaps.get(g) ?? g) };
      swappedBuckets.set(group.key, next);
      buckets.set(group.key, next);
    }
  }
  const entityOrder = entityOrderOf(bucketOrder);
  touched.sort(entityOrder);
  // Buckets not touched keep their count, name and relative order, so their previous order still holds.
  const kept = previous.sorted.filter((bucket) => !drafts.has(bucket.key)).map((bucket) => swappedBuckets.get(bucket.key) ?? bucket);
  return { registry, documents, byUri: unique, buckets, sorted: mergeSorted(kept, touched, entityOrder), bucketOrder };
}

/**
 * Groups of re-resolved documents that differ from the document's previous group for the same bucket only in
 * their mention indices (text was typed before them), by previous group. Swapping them changes no count, name,
 * figure or order; only when every document keeps its place.
 */
function equivalentGroups(previous: BucketSet, documents: readonly DocumentResolution[], added: readonly DocumentResolution[]): Map<DocumentGroup, DocumentGroup> {
  const swaps = new Map<DocumentGroup, DocumentGroup>();
  if (previous.documents.length !== documents.length || previous.documents.some((document, i) => document.uri !== documents[i]!.uri)) {
    return swaps;
  }
  for (const document of added) {
    const before = previous.byUri?.get(document.uri);
    if (!before) {
      continue;
    }
    const old = new Map(before.groups.map((group) => [group.key, group]));
    // Groups that come first in their bucket place it in bucket order: the swapped ones must keep their order
    // among themselves (typing a new name shifts the later ones by one, which keeps it).
    let lastFirst = -1;
    for (const group of document.groups) {
      const was = old.get(group.key);
      if (!was || !sameGroup(was, group)) {
        continue;
      }
      if (previous.buckets.get(group.key)?.groups[0] !== was) {
        swaps.set(was, group);
      } else if (was.order > lastFirst) {
        swaps.set(was, group);
        lastFirst = was.order;
      }
    }
  }
  return swaps;
}

function sameGroup(a: DocumentGroup, b: DocumentGroup): boolean {
  if (a.refs.length !== b.refs.length || a.names.size !== b.names.size || !sameFigure(a.figure, b.figure)) {
    return false;
  }
  const names = b.names.entries();
  for (const [name, count] of a.names) {
    const [otherName, otherCount] = names.next().value as [string, number];
    if (name !== otherName || count !== otherCount) {
      return false;
    }
  }
  return true;
}

/** The documents taken out and put in since `previous`, when starting from it is worth it and sound. */
function changesSince(previous: BucketSet, registry: Registry, documents: readonly DocumentResolution[], byUri: ReadonlyMap<string, DocumentResolution>): { removed: DocumentResolution[]; added: DocumentResolution[] } | undefined {
  const before = previous.byUri;
  if (!before || previous.registry !== registry) {
    return undefined;
  }
  const removed = previous.documents.filter((document) => byUri.get(document.uri) !== document);
  const added = documents.filter((document) => before.get(document.uri) !== document);
  // An edit counts twice (out and in): from scratch once about half the documents changed.
  if (removed.length + added.length > documents.length) {
    return undefined;
  }
  // Documents kept must keep their relative order, or the order of what they share would change.
  const keptBefore = previous.documents.filter((document) => byUri.get(document.uri) === document);
  const keptNow = documents.filter((document) => before.get(document.uri) === document);
  return keptBefore.every((document, i) => keptNow[i] === document) ? { removed, added } : undefined;
}

function fromScratch(registry: Registry, documents: readonly DocumentResolution[], byUri: ReadonlyMap<string, DocumentResolution> | undefined, bucketOrder: BucketSet['bucketOrder']): BucketSet {
  const drafts = new Map<string, Draft>();
  for (const [registryIndex, entry] of registry.entries.entries()) {
    const key = registryBucketKey(entry);
    const draft = drafts.get(key);
    if (draft) {
      draft.registry = entry;
    } else {
      drafts.set(key, { ...emptyDraft(key, entry.kind), registry: entry, registryIndex });
    }
  }
  for (const document of documents) {
    for (const group of document.groups) {
      let draft = drafts.get(group.key);
      if (!draft) {
        draft = emptyDraft(group.key, group.kind);
        drafts.set(group.key, draft);
      }
      draft.groups.push(group);
      addGroup(draft, group);
    }
  }
  const buckets = new Map<string, BucketState>();
  const sorted: BucketState[] = [];
  for (const draft of drafts.values()) {
    const bucket = finish(draft);
    buckets.set(bucket.key, bucket);
    if (bucket.name) {
      sorted.push(bucket);
    }
  }
  // Buckets are in bucket order here, and the sort is stable.
  sorted.sort(entityOrderOf(() => 0));
  return { registry, documents, byUri, buckets, sorted, bucketOrder };
}

function emptyDraft(key: string, kind: EntityKind): Draft {
  return { key, kind, registry: undefined, registryIndex: -1, groups: [], count: 0, names: new Map(), namesInOrder: true };
}

function addGroup(draft: Draft, group: DocumentGroup): void {
  draft.count += group.refs.length;
  for (const [name, count] of group.names) {
    draft.names.set(name, (draft.names.get(name) ?? 0) + count);
  }
}

/** Where a group of the document at `at` goes among groups in document order. */
function insertionPoint(groups: readonly DocumentGroup[], at: number, position: ReadonlyMap<DocumentResolution, number>): number {
  let low = 0;
  let high = groups.length;
  if (high === 0 || position.get(groups[high - 1]!.document)! < at) {
    return high;
  }
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (position.get(groups[middle]!.document)! < at) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function finish(draft: Draft): BucketState {
  let name = draft.registry?.name ?? fullestName(draft.names, draft.namesInOrder);
  if (name === undefined) {
    // Names of equal rank: the first used wins, so their order of first use is needed after all.
    draft.names = new Map();
    for (const group of draft.groups) {
      for (const [label, count] of group.names) {
        draft.names.set(label, (draft.names.get(label) ?? 0) + count);
      }
    }
    draft.namesInOrder = true;
    name = fullestName(draft.names, true)!;
  }
  const figure = draft.groups.find((group) => group.figure)?.figure;
  const aliases = new Set<string>([...(draft.registry?.aliases ?? []), ...draft.names.keys()]);
  aliases.delete(name);
  return {
    key: draft.key,
    kind: draft.kind,
    registry: draft.registry,
    registryIndex: draft.registryIndex,
    groups: draft.groups,
    count: draft.count,
    names: draft.names,
    namesInOrder: draft.namesInOrder,
    figure,
    name,
    aliases: [...aliases].sort(),
    baseId: `${draft.kind}:${slug(figure && figure.value !== undefined ? figureSlug(figure) : name)}`,
  };
}

/**
 * The fullest form: most words, then most frequent, then alphabetical, then first used; undefined when that
 * last rule decides and `inOrder` is false.
 */
function fullestName(names: ReadonlyMap<string, number>, inOrder: boolean): string | undefined {
  let best: [string, number] | undefined;
  let bestWords = 0;
  let tied = false;
  for (const entry of names) {
    const words = wordCount(entry[0]);
    const rank = best ? bestWords - words || best[1] - entry[1] || entry[0].localeCompare(best[0]) : -1;
    if (rank < 0) {
      best = entry;
      bestWords = words;
      tied = false;
    } else if (rank === 0) {
      tied = true;
    }
  }
  return tied && !inOrder ? undefined : (best?.[0] ?? '');
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

function bucketOrderOf(position: ReadonlyMap<DocumentResolution, number>): BucketSet['bucketOrder'] {
  return (a, b) => {
    if (a.registryIndex >= 0 || b.registryIndex >= 0) {
      return a.registryIndex < 0 ? 1 : b.registryIndex < 0 ? -1 : a.registryIndex - b.registryIndex;
    }
    const first = a.groups[0]!;
    const second = b.groups[0]!;
    return position.get(first.document)! - position.get(second.document)! || first.order - second.order;
  };
}

/** Entities with the most mentions first, then by name, then in bucket order. */
function entityOrderOf(bucketOrder: BucketSet['bucketOrder']): (a: BucketState, b: BucketState) => number {
  return (a, b) => b.count - a.count || a.name.localeCompare(b.name) || bucketOrder(a, b);
}

function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    merged.push(order(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  }
  while (i < a.length) {
    merged.push(a[i++]!);
  }
  while (j < b.length) {
    merged.push(b[j++]!);
  }
  return merged;
}
