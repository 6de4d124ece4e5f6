/**
 * Settings through the pull model: the server asks for the `entityLens` section per resource, and this
 * middleware answers with normalized, typed Settings (the same normalizer the server uses).
 */
import type { ConfigurationParams } from 'vscode-languageclient';
import type { Middleware } from 'vscode-languageclient/node';
import { Settings } from '../../server/src/protocol';

/** Middleware that normalizes every `entityLens` section the client returns. */
export const configurationMiddleware: Middleware['workspace'] = {
  async configuration(params: ConfigurationParams, token, next) {
    const raw = await next(params, token);
    if (!Array.isArray(raw)) {
      return raw;
    }
    return raw.map((value, i) => (params.items[i]?.section === 'entityLens' ? Settings.from(value) : value));
  },
};
