/**
 * Cancellation helpers shared by features and the index.
 */
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** A token that is never cancelled, for tests and internal callers. */
export const noopToken: CancellationToken = CancellationToken.None;

/** The error a request answers with when the document changed under it; clients drop it silently. */
export function contentModified(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request was computed.');
}

/** The error a cancelled request answers with, so that the client does not take an empty result as the answer. */
export function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Resolves on the next turn of the event loop, so queued messages (edits, cancellations) are read first. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Waits for `work`, or stops waiting as soon as the token is cancelled (the work itself goes on: it is shared
 * with other requests). Resolves true when the work finished, false when the token was cancelled first.
 */
export async function raceCancellation(work: Promise<unknown>, token: CancellationToken): Promise<boolean> {
  if (token.isCancellationRequested) {
    return false;
  }
  let listener: { dispose(): void } | undefined;
  const cancelled = new Promise<boolean>((resolve) => {
    listener = token.onCancellationRequested(() => resolve(false));
  });
  try {
    return await Promise.race([work.then(() => true), cancelled]);
  } finally {
    listener?.dispose();
  }
}
