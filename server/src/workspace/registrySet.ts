/**
 * The registry files of a workspace (`entities.json`, `*.entities.json`), parsed, and their merged registry.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_REGISTRY, parseRegistry, type Registry } from '../analysis/index';
import { uriKey } from '../util/uri';
import type { RegistrySource } from './snapshot';

/** Registry files by key, merged on every change. */
export class RegistrySet {
  readonly #sources = new Map<string, RegistrySource>();
  #merged: Registry = EMPTY_REGISTRY;

  /** Parses and adds (or replaces) a registry file; problems come with the result. */
  set(document: TextDocument): RegistrySource {
    const key = uriKey(document.uri);
    const source: RegistrySource = { key, document, ...parseRegistry(document.getText()) };
    this.#sources.set(key, source);
    this.#merge();
    return source;
  }

  /** Removes a registry file; false when it was not there. */
  remove(uri: string): boolean {
    const removed = this.#sources.delete(uriKey(uri));
    if (removed) {
      this.#merge();
    }
    return removed;
  }

  /** Every entry and notEntity name of every file. */
  get merged(): Registry {
    return this.#merged;
  }

  /** The files in key order. */
  sources(): RegistrySource[] {
    return [...this.#sources.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  #merge(): void {
    const sources = this.sources();
    this.#merged = {
      entries: sources.flatMap((s) => s.registry.entries),
      notEntity: new Set(sources.flatMap((s) => [...s.registry.notEntity])),
    };
  }
}
