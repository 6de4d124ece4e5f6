/**
 * Messages the server sends without anybody waiting for the answer: diagnostics, refreshes, registrations.
 * Once the client has gone, the library throws at once instead of rejecting; neither may become an unhandled
 * rejection (or, from a timer, an uncaught exception), so both are dropped here, as a refused message is.
 */

/** Sends in the background; failures are dropped. */
export function sendAndForget(send: () => PromiseLike<unknown>): void {
  void sendSafely(send);
}

/** Sends and waits until the message is written; never rejects. */
export async function sendSafely(send: () => PromiseLike<unknown>): Promise<void> {
  try {
    await send();
  } catch {
    // The client refused the message or is gone: there is nobody to tell.
  }
}
