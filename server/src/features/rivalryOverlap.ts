/**
 * `entityLens/rivalryOverlap`: declared now so that clients can rely on the method; the overlap computation
 * comes with its own issue, so the request answers with a clear RequestFailed error meanwhile.
 */
import { LSPErrorCodes, ResponseError, type Disposable } from 'vscode-languageserver';
import { RivalryOverlapRequest } from '../protocol';
import type { FeatureContext } from './context';

/** Registers `entityLens/rivalryOverlap`. */
export function registerRivalryOverlap(ctx: FeatureContext): Disposable {
  return ctx.connection.onRequest(RivalryOverlapRequest, () => {
    throw new ResponseError(LSPErrorCodes.RequestFailed, 'Rivalry overlap is not implemented yet.');
  });
}
