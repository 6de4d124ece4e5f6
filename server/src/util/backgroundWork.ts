/**
 * Work the server starts without anybody waiting for it (the first index, reloads after a close or a watcher
 * event, applying settings). Counted so that an in-process host, such as a test that disconnected its client,
 * can wait until the server is idle instead of guessing how long that takes.
 */
export class BackgroundWork {
  #running = 0;
  #waiters: Array<() => void> = [];

  /**
   * Runs `work` in the background. A rejection is left unhandled, exactly as `void work` would leave it:
   * counting must not hide a failure from the process (or from the tests that watch for one).
   */
  start(work: Promise<unknown>): void {
    this.#running++;
    void work.finally(() => {
      if (--this.#running === 0) {
        this.#waiters.splice(0).forEach((resolve) => resolve());
      }
    });
  }

  /** Resolves once nothing is running, including work started by work that was running. */
  idle(): Promise<void> {
    return this.#running === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}
