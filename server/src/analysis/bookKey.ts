/**
 * A cheap key for the inputs of a document's name book: each block's teachable names (hashed once per block
 * result, which the paragraph cache shares between calls) plus the identity of the registry and of the known
 * names. Equal keys mean an equal book, so an edit that changes no names reuses the book instead of rebuilding it.
 */
import { normalizeKey } from './registry';
import type { Mention } from './types';

const blockHashes = new WeakMap<readonly Mention[], number>();
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

/** The key for a book built from these blocks' mentions, this registry and these known names. */
export function nameBookKey(blocks: ReadonlyArray<readonly Mention[]>, registry: object, known: object | undefined, minConfidence: number): string {
  let h = 0x811c9dc5;
  for (const mentions of blocks) {
    h = Math.imul(h ^ blockHash(mentions, minConfidence), 0x01000193);
  }
  return `${blocks.length}:${h >>> 0}:${objectId(registry)}:${known ? objectId(known) : 0}`;
}

function blockHash(mentions: readonly Mention[], minConfidence: number): number {
  let found = blockHashes.get(mentions);
  if (found === undefined) {
    let h = 0x811c9dc5;
    for (const m of mentions) {
      if (m.kind !== 'figure' && m.confidence >= minConfidence) {
        const text = `${normalizeKey(m.name)}|${m.kind}|${m.confidence.toFixed(2)}`;
        for (let i = 0; i < text.length; i++) {
          h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        }
      }
    }
    found = h >>> 0;
    blockHashes.set(mentions, found);
  }
  return found;
}

function objectId(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(value, id);
  }
  return id;
}
