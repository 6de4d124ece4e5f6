/**
 * Sourcing diagnostics (claims), pulled by clients that support `textDocument/diagnostic` (VS Code) and pushed
 * to the others (Neovim 0.7), decided once from the client's capabilities. Registry problems are always pushed:
 * registry files are not documents the client syncs with us, so nobody would pull them.
 */
import { type CancellationToken, type Connection, type Diagnostic, type Disposable } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { silenceFindings, type AcknowledgementRecord, type DocumentAnalysis, type InconsistentFigure } from '../analysis/index';
import { analysisNotices } from '../lsp/analysisNotice';
import { claimToDiagnostic, inconsistentFigureToDiagnostic, registryProblemToDiagnostic, toSeverity } from '../lsp/convert';
import type { DiagnosticCode, Settings } from '../protocol';
import { workspaceFigures } from '../workspace/sourcing';
import type { RegistrySource } from '../workspace/snapshot';
import type { FeatureContext } from './context';
import { sendAndForget, sendSafely } from '../util/send';
import { noopToken, raceCancellation, requestCancelled } from '../util/cancellation';
import { documentUri } from './params';

/** What diagnostics need from the rest of the workspace. */
export interface SourcingContext {
  /** This document's inconsistent figures. */
  readonly inconsistent: readonly InconsistentFigure[];
  readonly acknowledgements: readonly AcknowledgementRecord[];
  /** The document of a key (for the related places of inconsistent figures). */
  readonly documentOf: (key: string) => TextDocument | undefined;
}

/**
 * The diagnostics of a document's claims and inconsistent figures under the given settings, minus those
 * silenced by a suppression comment or an acknowledgement (the same rules as `entity-lens check`).
 */
export function computeDiagnostics(document: TextDocument, analysis: DocumentAnalysis, settings: Settings, sourcing?: SourcingContext): Diagnostic[] {
  if (!settings.diagnostics.enable) {
    return [];
  }
  const severityOf = (code: string): ReturnType<typeof toSeverity> => toSeverity(settings.diagnostics.severity[code as DiagnosticCode] ?? 'off');
  const items = [...analysis.claims, ...(sourcing?.inconsistent ?? [])];
  const { kept } = silenceFindings(document.getText(), items, sourcing?.acknowledgements ?? [], (code) => severityOf(code) !== undefined);
  return kept.map(({ item }) =>
    'related' in item
      ? inconsistentFigureToDiagnostic(document, item, severityOf(item.code)!, sourcing?.documentOf ?? (() => undefined))
      : claimToDiagnostic(document, item, severityOf(item.code)!),
  );
}

/**
 * Current diagnostics of a document, or undefined when the document is unknown or the token was cancelled while
 * waiting for the workspace (a cancelled pull must not hold on until the next snapshot).
 */
async function diagnosticsOf(ctx: FeatureContext, uri: string, token: CancellationToken = noopToken): Promise<{ document: TextDocument; items: Diagnostic[] } | undefined> {
  const settings = await ctx.settings.get(uri);
  // Inconsistent figures compare files: they come from a snapshot, used only when it holds this very version.
  const snapshot = await ctx.index.snapshot(token);
  if (token.isCancellationRequested) {
    return undefined;
  }
  // Analysis is taken after the awaits, so that it matches the document's latest version.
  const found = ctx.index.analysisOf(uri);
  const indexed = snapshot?.get(uri);
  const current = found && indexed && indexed.document === found.document && indexed.version === found.document.version;
  const sourcing: SourcingContext = {
    inconsistent: current ? workspaceFigures(snapshot!).inconsistent.filter((f) => f.uri === indexed.key) : [],
    acknowledgements: ctx.index.acknowledgements,
    documentOf: (key) => snapshot?.get(key)?.document,
  };
  // The analysis's own notices (abandoned after its time budget, engine failure) come first and whatever the settings.
  return found && { document: found.document, items: [...analysisNotices(found.analysis), ...computeDiagnostics(found.document, found.analysis, settings, sourcing)] };
}

/** Diagnostics delivery: refreshes after settings changes, and pushes on edits for push clients. */
export interface DiagnosticsChannel extends Disposable {
  /** A document changed or was opened. */
  changed(uri: string): void;
  /** A document was closed. */
  closed(uri: string): void;
  /** Settings changed: every open document's diagnostics may differ. */
  refreshAll(openUris: readonly string[]): void;
}

/** Registers pull diagnostics or sets up pushing, by client capability. */
export function registerDiagnostics(ctx: FeatureContext): DiagnosticsChannel {
  if (ctx.client.pullDiagnostics) {
    const registration = ctx.connection.languages.diagnostics.on(async (params, token) => {
      // Whatever it waits for (settings from the client, the snapshot), a cancelled pull answers at once.
      const work = diagnosticsOf(ctx, documentUri(params), token);
      if (!(await raceCancellation(work, token)) || token.isCancellationRequested) {
        throw requestCancelled();
      }
      const found = await work;
      return { kind: 'full', items: found ? found.items : [] };
    });
    return {
      changed: () => undefined,
      closed: () => undefined,
      refreshAll: () => {
        if (ctx.client.diagnosticRefresh) {
          sendAndForget(() => ctx.connection.languages.diagnostics.refresh());
        }
      },
      dispose: () => registration.dispose(),
    };
  }
  return new DiagnosticsPusher(ctx);
}

/** Pushes diagnostics, coalescing a burst of edits into one computation per document. */
class DiagnosticsPusher implements DiagnosticsChannel {
  readonly #ctx: FeatureContext;
  readonly #pending = new Set<string>();
  #scheduled: NodeJS.Immediate | undefined;

  constructor(ctx: FeatureContext) {
    this.#ctx = ctx;
  }

  changed(uri: string): void {
    this.#pending.add(uri);
    this.#scheduled ??= setImmediate(() => void this.#flush());
  }

  closed(uri: string): void {
    this.#pending.delete(uri);
    sendAndForget(() => this.#ctx.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  refreshAll(openUris: readonly string[]): void {
    openUris.forEach((uri) => this.changed(uri));
  }

  dispose(): void {
    if (this.#scheduled) {
      clearImmediate(this.#scheduled);
    }
  }

  async #flush(): Promise<void> {
    this.#scheduled = undefined;
    const uris = [...this.#pending];
    this.#pending.clear();
    for (const uri of uris) {
      if (!this.#ctx.index.isOpen(uri)) {
        continue;
      }
      const found = await diagnosticsOf(this.#ctx, uri);
      if (found && !this.#pending.has(uri)) {
        await sendSafely(() => this.#ctx.connection.sendDiagnostics({ uri, version: found.document.version, diagnostics: found.items }));
      }
    }
  }
}

/** Publishes a registry file's problems (an empty list clears them). */
export function publishRegistryProblems(connection: Connection, source: RegistrySource): void {
  const diagnostics = source.problems.map((problem) => registryProblemToDiagnostic(source.document, problem));
  sendAndForget(() => connection.sendDiagnostics({ uri: source.document.uri, diagnostics }));
}
