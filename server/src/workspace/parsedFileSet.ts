/**
 * A set of workspace files of one kind (registries, acknowledgements), parsed on every change and merged in key
 * order, so that the merged value does not depend on the order in which files were loaded.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriKey } from '../util/uri';

/** Parsed files by key, with a merged value recomputed on every change. */
export class ParsedFileSet<Source extends { readonly key: string }, Merged> {
  readonly #sources = new Map<string, Source>();
  #merged: Merged;

  constructor(
    private readonly parse: (key: string, document: TextDocument) => Source,
    private readonly mergeAll: (sources: readonly Source[]) => Merged,
  ) {
    this.#merged = mergeAll([]);
  }

  /** Parses and adds (or replaces) a file. */
  set(document: TextDocument): Source {
    const key = uriKey(document.uri);
    const source = this.parse(key, document);
    this.#sources.set(key, source);
    this.#merged = this.mergeAll(this.sources());
    return source;
  }

  /** Removes a file; false when it was not there. */
  remove(uri: string): boolean {
    const removed = this.#sources.delete(uriKey(uri));
    if (removed) {
      this.#merged = this.mergeAll(this.sources());
    }
    return removed;
  }

  /** The file with this URI, if loaded. */
  get(uri: string): Source | undefined {
    return this.#sources.get(uriKey(uri));
  }

  /** The merged value of every file. */
  get merged(): Merged {
    return this.#merged;
  }

  /** The files in key order. */
  sources(): Source[] {
    return [...this.#sources.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
