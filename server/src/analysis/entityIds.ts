/**
 * Entity ids: the base id (kind and slug), numbered ("-2", "-3") when an earlier entity in bucket order has it.
 * Only entities whose base ids share a root (the base without trailing "-<digits>" parts) can compete for an
 * id, so bucket order is consulted only among those, and only when two base ids are equal; everywhere else the
 * id is the base id, whatever the order.
 */
import type { BucketState } from './resolveBuckets';

/** The ids that are not the base id: those of entities whose base id another entity has too. */
export function numberedIds(named: readonly BucketState[], bucketOrder: (a: BucketState, b: BucketState) => number): ReadonlyMap<BucketState, string> {
  const seen = new Set<string>();
  const contested = new Set<string>();
  for (const bucket of named) {
    if (seen.has(bucket.baseId)) {
      contested.add(rootOf(bucket.baseId));
    }
    seen.add(bucket.baseId);
  }
  const ids = new Map<BucketState, string>();
  if (contested.size === 0) {
    return ids;
  }
  const rivals = new Map<string, BucketState[]>();
  for (const bucket of named) {
    const root = rootOf(bucket.baseId);
    if (contested.has(root)) {
      const found = rivals.get(root);
      if (found) {
        found.push(bucket);
      } else {
        rivals.set(root, [bucket]);
      }
    }
  }
  for (const buckets of rivals.values()) {
    const used = new Set<string>();
    for (const bucket of buckets.sort(bucketOrder)) {
      ids.set(bucket, uniqueId(bucket.baseId, used));
    }
  }
  return ids;
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) {
    candidate = `${id}-${n}`;
  }
  used.add(candidate);
  return candidate;
}

/** "person:x" for "person:x", "person:x-2" and "person:x-2-3": every id that uniqueId could make from another. */
function rootOf(id: string): string {
  let end = id.length;
  for (;;) {
    let start = end;
    while (start > 0 && id.charCodeAt(start - 1) >= 48 && id.charCodeAt(start - 1) <= 57) {
      start--;
    }
    if (start === end || start === 0 || id[start - 1] !== '-') {
      return id.slice(0, end);
    }
    end = start - 1;
  }
}
