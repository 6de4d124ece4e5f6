/**
 * Hovers sent while a document is being typed in: latency, and whether each answer is well-formed (a Markdown
 * card or null, or ContentModified when the text changed under the request). When no keystroke was sent
 * between a hover and its answer, the card's range must contain the hovered position. One hover is pending at a
 * time, as with a mouse resting on a word until its card shows: a tick that finds one pending sends nothing (it is
 * counted as skipped), so every latency is that of a hover that was waited for, however slow the server is.
 */
import { performance } from 'node:perf_hooks';
import { HoverRequest, LSPErrorCodes, ResponseError, type Hover, type Position } from 'vscode-languageserver-protocol';
import type { LspTestClient } from '../support/lspClient';
import type { Typist } from './typist';

/** What the hovers of a run gave. */
export interface HoverSummary {
  /** Hovers sent. */
  readonly sent: number;
  /** Latency of every answer (results, nulls and ContentModified), ms. */
  readonly latencies: readonly number[];
  /** Ticks that sent nothing because the previous hover was still pending. */
  readonly skipped: number;
  readonly results: number;
  readonly nulls: number;
  readonly contentModified: number;
  /** Malformed answers and unexpected errors, described. */
  readonly failures: readonly string[];
}

/** Sends hovers at a typist's tracked mentions and checks the answers. */
export class HoverProbe {
  readonly #client: LspTestClient;
  readonly #uri: string;
  readonly #typist: Typist;
  readonly #pending = new Set<Promise<void>>();
  readonly #latencies: number[] = [];
  readonly #failures: string[] = [];
  #results = 0;
  #nulls = 0;
  #contentModified = 0;
  #sent = 0;
  #skipped = 0;

  constructor(client: LspTestClient, uri: string, typist: Typist) {
    this.#client = client;
    this.#uri = uri;
    this.#typist = typist;
  }

  /** Sends one hover (without waiting for its answer), unless one is still pending. */
  send(): void {
    if (this.#pending.size > 0) {
      this.#skipped++;
      return;
    }
    this.#sent++;
    const position = this.#typist.hoverPosition();
    const version = this.#typist.version;
    const started = performance.now();
    const request = this.#client.connection
      .sendRequest(HoverRequest.type, { textDocument: { uri: this.#uri }, position })
      .then(
        (hover) => {
          this.#latencies.push(performance.now() - started);
          this.#check(hover, position, version === this.#typist.version);
        },
        (error: unknown) => {
          this.#latencies.push(performance.now() - started);
          if (error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified) {
            this.#contentModified++;
          } else {
            this.#failures.push(`hover at ${position.line}:${position.character}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      );
    const tracked = request.finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }

  /** Waits for every hover sent so far. */
  async settle(): Promise<void> {
    await Promise.all([...this.#pending]);
  }

  summary(): HoverSummary {
    return { sent: this.#sent, latencies: this.#latencies, skipped: this.#skipped, results: this.#results, nulls: this.#nulls, contentModified: this.#contentModified, failures: this.#failures };
  }

  #check(hover: Hover | null, position: Position, sameVersion: boolean): void {
    if (hover === null) {
      this.#nulls++;
      return;
    }
    this.#results++;
    const where = `hover at ${position.line}:${position.character}`;
    const contents = hover.contents as { kind?: unknown; value?: unknown };
    if (contents.kind !== 'markdown' || typeof contents.value !== 'string' || contents.value.trim() === '') {
      this.#failures.push(`${where}: contents are not a Markdown card: ${JSON.stringify(hover.contents).slice(0, 200)}`);
    }
    if (hover.range && sameVersion) {
      const start = this.#typist.offsetAt(hover.range.start);
      const end = this.#typist.offsetAt(hover.range.end);
      const at = this.#typist.offsetAt(position);
      if (!(start < end && start <= at && at <= end)) {
        this.#failures.push(`${where}: range ${JSON.stringify(hover.range)} does not contain the position`);
      }
    }
  }
}
