/**
 * Settings per resource, pulled from the client (`workspace/configuration`) and cached per URI until the
 * client says the configuration changed. Clients that cannot be asked get the settings they last pushed.
 */
import { Settings } from '../protocol';

/** Asks the client for the raw `entityLens` section of a resource. */
export type ConfigurationFetcher = (scopeUri: string | undefined) => Promise<unknown>;

/**
 * Resources whose settings are kept at most. Every pulled document and every watcher event asks for its own URI;
 * past this, the least recently asked is forgotten (and asked for again when needed).
 */
export const SETTINGS_CACHE_CAPACITY = 256;

/** Settings cache. */
export class SettingsCache {
  readonly #cache = new Map<string, Promise<Settings>>();
  readonly #fetch: ConfigurationFetcher | undefined;
  #pushed: Settings = Settings.defaults;

  /** @param fetch how to pull settings, or undefined when the client does not support pulling */
  constructor(fetch: ConfigurationFetcher | undefined) {
    this.#fetch = fetch;
  }

  /** The settings of a resource (or of the workspace when `uri` is undefined). Never rejects. */
  get(uri?: string): Promise<Settings> {
    const fetch = this.#fetch;
    if (!fetch) {
      return Promise.resolve(this.#pushed);
    }
    const key = uri ?? '';
    let found = this.#cache.get(key);
    if (found) {
      // Most recently used last, so that eviction takes the oldest.
      this.#cache.delete(key);
    } else {
      found = fetch(uri).then(Settings.from, () => Settings.defaults);
    }
    this.#cache.set(key, found);
    if (this.#cache.size > SETTINGS_CACHE_CAPACITY) {
      this.#cache.delete(this.#cache.keys().next().value as string);
    }
    return found;
  }

  /** Forgets the settings of one resource (a document that was closed). */
  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  /** Number of resources whose settings are cached. */
  get size(): number {
    return this.#cache.size;
  }

  /** Forgets cached settings; `pushed` is the `entityLens` section a push-only client sent, if any. */
  clear(pushed?: unknown): void {
    this.#cache.clear();
    if (pushed !== undefined) {
      this.#pushed = Settings.from(pushed);
    }
  }
}
