/**
 * Waiting on conditions with a deadline: the e2e suite never sleeps for a fixed time.
 */

/** Polls `condition` until it returns a truthy value, or throws after `timeoutMs` naming what it waited for. */
export async function waitFor<T>(what: string, timeoutMs: number, condition: () => Promise<T | undefined | false> | T | undefined | false, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) {
        return value;
      }
    } catch (error) {
      // A condition that throws on purpose (a process died) must not be retried until the deadline.
      if (error instanceof FatalWait) {
        throw error;
      }
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** An error that stops `waitFor` at once instead of being retried. */
export class FatalWait extends Error {}
