/**
 * Follows a document's diagnostics while it is being edited, as VS Code does, and measures their freshness: for
 * every version, the time from its didChange to the first diagnostics that reflect it (or a later version).
 *
 * Pull mode copies vscode-languageclient: one request in flight per document; a change while it runs cancels it
 * and asks again once it returned (a cancelled answer is thrown away). Push mode reads the version the server
 * publishes with.
 */
import { performance } from 'node:perf_hooks';
import { CancellationTokenSource, DocumentDiagnosticRequest, PublishDiagnosticsNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import type { LspTestClient } from '../support/lspClient';

/** Diagnostics received for a version. */
export interface VersionedDiagnostics {
  readonly version: number;
  readonly items: readonly Diagnostic[];
}

/** Freshness figures over every version sent. */
export interface FreshnessSummary {
  /** Milliseconds from each version's didChange to diagnostics reflecting it, for the versions that got them. */
  readonly delays: readonly number[];
  /** Versions sent. */
  readonly versions: number;
  /** Versions whose own diagnostics arrived (the others were superseded by a later version's). */
  readonly withOwnDiagnostics: number;
  /** Versions no diagnostics ever reflected (should be 0 once the final version's arrived). */
  readonly neverReflected: number;
}

/** Tracks one document's diagnostics. */
export class DiagnosticsTracker {
  readonly #client: LspTestClient;
  readonly #uri: string;
  readonly #mode: 'pull' | 'push';
  readonly #sentAt = new Map<number, number>();
  readonly #delays = new Map<number, number>();
  readonly #own = new Set<number>();
  #latest: VersionedDiagnostics | undefined;
  #currentVersion = 0;
  #inFlight: CancellationTokenSource | undefined;
  #rescheduled = false;
  readonly failures: string[] = [];

  constructor(client: LspTestClient, uri: string, mode: 'pull' | 'push') {
    this.#client = client;
    this.#uri = uri;
    this.#mode = mode;
    if (mode === 'push') {
      // Replaces the client's own handler, so it keeps recording what was pushed.
      client.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        client.pushed.set(params.uri, params);
        if (params.uri === uri && params.version !== undefined) {
          this.#received(params.version, params.diagnostics);
        }
      });
    }
  }

  /** The latest diagnostics received. */
  get latest(): VersionedDiagnostics | undefined {
    return this.#latest;
  }

  /** Call right after the didOpen or didChange of `version` was sent. */
  sent(version: number): void {
    this.#currentVersion = version;
    this.#sentAt.set(version, performance.now());
    if (this.#mode === 'pull') {
      this.#pull();
    }
  }

  /** Freshness figures so far. */
  summary(): FreshnessSummary {
    const versions = [...this.#sentAt.keys()];
    return {
      delays: versions.flatMap((v) => (this.#delays.has(v) ? [this.#delays.get(v)!] : [])),
      versions: versions.length,
      withOwnDiagnostics: versions.filter((v) => this.#own.has(v)).length,
      neverReflected: versions.filter((v) => !this.#delays.has(v)).length,
    };
  }

  #pull(): void {
    if (this.#inFlight) {
      this.#inFlight.cancel();
      this.#rescheduled = true;
      return;
    }
    const source = new CancellationTokenSource();
    this.#inFlight = source;
    const version = this.#currentVersion;
    void this.#client.connection
      .sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: this.#uri } }, source.token)
      .then(
        (report) => {
          if (source.token.isCancellationRequested) {
            return;
          }
          if (report.kind !== 'full') {
            this.failures.push(`version ${version}: a ${report.kind} report without a previous result id`);
            return;
          }
          this.#received(version, report.items);
        },
        (error: unknown) => {
          if (!source.token.isCancellationRequested) {
            this.failures.push(`version ${version}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      )
      .finally(() => {
        this.#inFlight = undefined;
        if (this.#rescheduled) {
          this.#rescheduled = false;
          this.#pull();
        }
      });
  }

  #received(version: number, items: readonly Diagnostic[]): void {
    const now = performance.now();
    this.#own.add(version);
    for (const [v, at] of this.#sentAt) {
      if (v <= version && !this.#delays.has(v)) {
        this.#delays.set(v, now - at);
      }
    }
    if (!this.#latest || version >= this.#latest.version) {
      this.#latest = { version, items };
    }
  }
}
