/**
 * A bounded memo of paragraph analyses keyed by the paragraph's text, so that an edit re-runs NLP only on the
 * paragraphs it touched. Least-recently-used entries are evicted first (a Map keeps insertion order).
 */
import type { ParagraphAnalysis } from './paragraph';
import type { NameBook } from './propagate';
import type { Mention, RelationFact, RoleFact } from './types';

/** A block after propagation: its final mentions and the relations read from them (block-relative). */
export interface PropagatedBlock {
  readonly mentions: readonly Mention[];
  readonly relations: readonly RelationFact[];
  readonly roles: readonly RoleFact[];
}

/**
 * Propagated blocks kept at most (or the paragraph capacity, when smaller). A block is asked for again only when
 * its document is analyzed again with the same name book, after an edit elsewhere in that document; the blocks of
 * earlier books are dead weight, and typing in a 1 MB document filled 50,000 of them (about 2.5 KB each) within a
 * minute. This keeps a few states of the largest open document.
 */
const PROPAGATED_CAPACITY = 20_000;

/** LRU cache of paragraph analyses. Share one per workspace. */
export class ParagraphCache {
  readonly #entries = new Map<string, ParagraphAnalysis>();
  readonly #propagated = new Map<string, PropagatedBlock>();
  readonly #books = new Map<string, NameBook>();
  #hits = 0;
  #misses = 0;

  constructor(readonly capacity = 50_000) {}

  /** Returns the cached analysis of `text`, computing and storing it on a miss. */
  get(text: string, compute: (text: string) => ParagraphAnalysis): ParagraphAnalysis {
    const found = this.#entries.get(text);
    if (found) {
      this.#hits++;
      this.#entries.delete(text);
      this.#entries.set(text, found);
      return found;
    }
    this.#misses++;
    const value = compute(text);
    this.#entries.set(text, value);
    if (this.#entries.size > this.capacity) {
      this.#entries.delete(this.#entries.keys().next().value as string);
    }
    return value;
  }

  /** Returns the cached propagation result of a block under one name book (the key includes the book's hash). */
  getPropagated(key: string, compute: () => PropagatedBlock): PropagatedBlock {
    return lruGet(this.#propagated, key, compute, Math.min(this.capacity, PROPAGATED_CAPACITY));
  }

  /** Returns the cached name book for a key from nameBookKey (a few books: one per recently analyzed document). */
  getBook(key: string, compute: () => NameBook): NameBook {
    return lruGet(this.#books, key, compute, 32);
  }

  /**
   * Hit and miss counts since creation and the number of entries held (`size`: paragraphs), for benchmarks,
   * tests and the server's internal stats request.
   */
  get stats(): { hits: number; misses: number; size: number; propagated: number; books: number } {
    return { hits: this.#hits, misses: this.#misses, size: this.#entries.size, propagated: this.#propagated.size, books: this.#books.size };
  }

  /** How many propagated blocks are kept at most. */
  get propagatedCapacity(): number {
    return Math.min(this.capacity, PROPAGATED_CAPACITY);
  }

  clear(): void {
    this.#entries.clear();
    this.#propagated.clear();
    this.#books.clear();
  }
}

function lruGet<V>(map: Map<string, V>, key: string, compute: () => V, capacity: number): V {
  const found = map.get(key);
  if (found !== undefined) {
    map.delete(key);
    map.set(key, found);
    return found;
  }
  const value = compute();
  map.set(key, value);
  if (map.size > capacity) {
    map.delete(map.keys().next().value as string);
  }
  return value;
}
