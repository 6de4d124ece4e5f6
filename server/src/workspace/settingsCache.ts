/**
 * Settings per resource, pulled from the client (`workspace/configuration`) and cached per URI until the
 * client says the configuration changed. Clients that cannot be asked get the settings they last pushed.
 */
import { Settings } from '../protocol';

/** Asks the client for the raw `entityLens` section of a resource. */
export type ConfigurationFetcher = (scopeUri: string | undefined) => Promise<unknown>;

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
    if (!found) {
      found = fetch(uri).then(Settings.from, () => Settings.defaults);
      this.#cache.set(key, found);
    }
    return found;
  }

  /** Forgets cached settings; `pushed` is the `entityLens` section a push-only client sent, if any. */
  clear(pushed?: unknown): void {
    this.#cache.clear();
    if (pushed !== undefined) {
      this.#pushed = Settings.from(pushed);
    }
  }
}
