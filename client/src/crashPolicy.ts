/**
 * What the client does when the language server dies: restart it unless it keeps dying, tell the user the first
 * time only (a crash is worth knowing about, not worth a notification each time), and when it dies too often in
 * a short time stop restarting and say so once. No `vscode` import, so the decisions are unit-tested.
 */

/** How many crashes within how long are too many. */
export interface CrashLimits {
  /** Crashes within `windowMs` that are still followed by a restart; one more stops the server. */
  readonly restarts: number;
  readonly windowMs: number;
}

/** Four restarts in three minutes, as vscode-languageclient's own default. */
export const DEFAULT_CRASH_LIMITS: CrashLimits = { restarts: 4, windowMs: 3 * 60_000 };

/** Errors in a row on the connection (the count resets on any successful message) tolerated before stopping. */
export const TOLERATED_CONNECTION_ERRORS = 3;

/** The notification's button that opens the Entity Lens log. */
export const SHOW_LOG_ACTION = 'Show Log';
/** The notification's button that starts the server again after the client gave up. */
export const RESTART_ACTION = 'Restart';

/** A notification: how loud, its text and buttons. */
export interface CrashNotice {
  /** `information` while the server keeps working, `warning` once it is stopped. */
  readonly severity: 'information' | 'warning';
  readonly message: string;
  readonly actions: readonly (typeof SHOW_LOG_ACTION | typeof RESTART_ACTION)[];
}

/** The decision for one crash or connection error. */
export interface CrashDecision {
  /** Restart the server (after a crash) or keep using the connection (after an error); else stop it. */
  readonly keepRunning: boolean;
  /** A notification to show; undefined means the log line is enough. */
  readonly notice?: CrashNotice;
  /** The line for the Entity Lens log (always written). */
  readonly logLine: string;
}

/** The notification shown the first time the server is restarted after a crash. */
export const RESTARTED_NOTICE = 'Entity Lens: the language server stopped unexpectedly and was restarted. Details are in the Entity Lens log.';

/** The notification shown when the client stops restarting the server. */
export function gaveUpNotice(limits: CrashLimits): string {
  return `Entity Lens: the language server stopped unexpectedly ${limits.restarts + 1} times in ${describeWindow(limits.windowMs)} and will not be restarted automatically. Details are in the Entity Lens log.`;
}

/** The notification shown when the connection keeps failing and the client stops the server. */
export const CONNECTION_FAILED_NOTICE = 'Entity Lens: the connection to the language server kept failing, so the server was stopped. Details are in the Entity Lens log.';

/** Counts crashes in a sliding window; one instance per extension session. */
export class CrashPolicy {
  readonly #limits: CrashLimits;
  readonly #now: () => number;
  #crashes: number[] = [];
  #restartNoticeShown = false;

  constructor(limits: CrashLimits = DEFAULT_CRASH_LIMITS, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** The connection closed while nobody was stopping the server. */
  crashed(): CrashDecision {
    const now = this.#now();
    this.#crashes = [...this.#crashes.filter((at) => now - at < this.#limits.windowMs), now];
    const count = this.#crashes.length;
    if (count > this.#limits.restarts) {
      // The server stays stopped until the user restarts it; that restart deserves a fresh window.
      this.#crashes = [];
      const notice = { severity: 'warning', message: gaveUpNotice(this.#limits), actions: [RESTART_ACTION, SHOW_LOG_ACTION] } as const;
      return { keepRunning: false, notice, logLine: `The language server stopped unexpectedly ${count} times in ${describeWindow(this.#limits.windowMs)}; it will not be restarted automatically.` };
    }
    const logLine = `The language server stopped unexpectedly (${count} of ${this.#limits.restarts} restarts allowed in ${describeWindow(this.#limits.windowMs)}); restarting it.`;
    if (this.#restartNoticeShown) {
      return { keepRunning: true, logLine };
    }
    this.#restartNoticeShown = true;
    return { keepRunning: true, notice: { severity: 'information', message: RESTARTED_NOTICE, actions: [SHOW_LOG_ACTION] }, logLine };
  }

  /** Reading or writing the connection failed; `errorsInARow` is the library's count (undefined when unknown). */
  connectionFailed(errorsInARow: number | undefined, error: string): CrashDecision {
    if (errorsInARow === undefined || errorsInARow <= TOLERATED_CONNECTION_ERRORS) {
      return { keepRunning: true, logLine: `The connection to the language server failed (${errorsInARow ?? 1} in a row): ${error}` };
    }
    const notice = { severity: 'warning', message: CONNECTION_FAILED_NOTICE, actions: [RESTART_ACTION, SHOW_LOG_ACTION] } as const;
    return { keepRunning: false, notice, logLine: `The connection to the language server failed ${errorsInARow} times in a row; stopping the server. Last error: ${error}` };
  }
}

function describeWindow(ms: number): string {
  const minutes = ms / 60_000;
  if (Number.isInteger(minutes)) {
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  const seconds = Math.round(ms / 1000);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
