/**
 * Sourcing diagnostics (claims), pulled by clients that support `textDocument/diagnostic` (VS Code) and pushed
 * to the others (Neovim 0.7), decided once from the client's capabilities. Registry problems are always pushed:
 * registry files are not documents the client syncs with us, so nobody would pull them.
 */
import type { Connection, Diagnostic, Disposable } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/index';
import { claimToDiagnostic, registryProblemToDiagnostic, toSeverity } from '../lsp/convert';
import type { Settings } from '../protocol';
import type { RegistrySource } from '../workspace/snapshot';
import type { FeatureContext } from './context';

/** The diagnostics of a document's claims under the given settings. */
export function computeDiagnostics(document: TextDocument, analysis: DocumentAnalysis, settings: Settings): Diagnostic[] {
  if (!settings.diagnostics.enable) {
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  for (const claim of analysis.claims) {
    const severity = toSeverity(settings.diagnostics.severity[claim.code]);
    if (severity !== undefined) {
      diagnostics.push(claimToDiagnostic(document, claim, severity));
    }
  }
  return diagnostics;
}

/** Current diagnostics of a document, or undefined when the document is unknown. */
async function diagnosticsOf(ctx: FeatureContext, uri: string): Promise<{ document: TextDocument; items: Diagnostic[] } | undefined> {
  const settings = await ctx.settings.get(uri);
  // Analysis is taken after the await, so that it matches the document's latest version.
  const found = ctx.index.analysisOf(uri);
  return found && { document: found.document, items: computeDiagnostics(found.document, found.analysis, settings) };
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
      const found = await diagnosticsOf(ctx, params.textDocument.uri);
      return { kind: 'full', items: found && !token.isCancellationRequested ? found.items : [] };
    });
    return {
      changed: () => undefined,
      closed: () => undefined,
      refreshAll: () => {
        if (ctx.client.diagnosticRefresh) {
          void ctx.connection.languages.diagnostics.refresh().catch(() => undefined);
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
    void this.#ctx.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
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
        await this.#ctx.connection.sendDiagnostics({ uri, version: found.document.version, diagnostics: found.items }).catch(() => undefined);
      }
    }
  }
}

/** Publishes a registry file's problems (an empty list clears them). */
export function publishRegistryProblems(connection: Connection, source: RegistrySource): void {
  const diagnostics = source.problems.map((problem) => registryProblemToDiagnostic(source.document, problem));
  void connection.sendDiagnostics({ uri: source.document.uri, diagnostics }).catch(() => undefined);
}
