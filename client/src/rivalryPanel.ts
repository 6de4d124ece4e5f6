/**
 * The rivalry overlap panel: one webview panel, reused with reveal(), showing the overlap of the last compared
 * pair. It asks the server again when the index changes (only while visible; a hidden panel refreshes when shown),
 * opens evidence sentences on request, and copies the overlap as Markdown.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RivalryOverlapRequest, type RivalryOverlapParams, type RivalryOverlapResult } from '../../server/src/protocol';
import { overlapMarkdown, toOverlapModel, type OverlapModel } from './rivalryModel';
import { isFromWebviewMessage, type FromWebviewMessage, type ToWebviewMessage } from './webview/messages';
import { createNonce, renderShell } from './webviewHtml';

/** The webview panel type. */
export const RIVALRY_VIEW_TYPE = 'entityLens.rivalryOverlap';

/** Owns the (at most one) rivalry overlap panel. */
export class RivalryPanel implements vscode.Disposable {
  readonly #extensionUri: vscode.Uri;
  readonly #client: LanguageClient;
  #panel: vscode.WebviewPanel | undefined;
  #panelListeners: vscode.Disposable[] = [];
  #params: RivalryOverlapParams | undefined;
  #model: OverlapModel | undefined;
  #message: ToWebviewMessage | undefined;
  #stale = false;
  #title = 'Rivalry Overlap';
  #refreshing: vscode.CancellationTokenSource | undefined;

  constructor(extensionUri: vscode.Uri, client: LanguageClient) {
    this.#extensionUri = extensionUri;
    this.#client = client;
  }

  /** Shows a result, creating the panel or revealing the existing one. */
  show(params: RivalryOverlapParams, result: RivalryOverlapResult): void {
    this.#params = params;
    this.#setResult(result);
    if (!this.#panel) {
      this.#panel = this.#createPanel();
      return;
    }
    this.#panel.reveal(undefined, false);
    this.#post();
  }

  /** The index changed: ask again now if the panel is visible, or when it is next shown (or the server is back). */
  refresh(): void {
    if (!this.#panel || !this.#params) {
      return;
    }
    if (!this.#panel.visible || !this.#client.isRunning()) {
      this.#stale = true;
      return;
    }
    void this.#requestAgain(this.#params);
  }

  dispose(): void {
    this.#refreshing?.cancel();
    this.#panel?.dispose();
  }

  #createPanel(): vscode.WebviewPanel {
    const scripts = vscode.Uri.joinPath(this.#extensionUri, 'client', 'dist', 'webview');
    const media = vscode.Uri.joinPath(this.#extensionUri, 'client', 'media');
    const panel = vscode.window.createWebviewPanel(RIVALRY_VIEW_TYPE, this.#title, vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [scripts, media],
      // Off on purpose: the webview keeps its view in getState/setState and asks for the latest result when shown.
      retainContextWhenHidden: false,
    });
    const { webview } = panel;
    webview.html = renderShell({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(scripts, 'rivalry.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'rivalry.css')).toString(),
      nonce: createNonce(),
      initial: this.#model?.view,
      title: this.#title,
    });
    this.#panelListeners = [
      webview.onDidReceiveMessage((message: unknown) => void this.#receive(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.#stale) {
          this.refresh();
        }
      }),
      panel.onDidDispose(() => this.#disposed()),
    ];
    return panel;
  }

  #disposed(): void {
    this.#panelListeners.forEach((listener) => listener.dispose());
    this.#panelListeners = [];
    this.#refreshing?.cancel();
    this.#panel = undefined;
    this.#params = undefined;
  }

  #setResult(result: RivalryOverlapResult): void {
    this.#model = toOverlapModel(result, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    this.#message = { type: 'show', view: this.#model.view };
    this.#title = `Rivalry: ${result.a.name} \u2194 ${result.b.name}`;
    if (this.#panel) {
      this.#panel.title = this.#title;
    }
  }

  #post(): void {
    if (this.#panel && this.#message) {
      void this.#panel.webview.postMessage(this.#message);
    }
  }

  async #requestAgain(params: RivalryOverlapParams): Promise<void> {
    this.#stale = false;
    this.#refreshing?.cancel();
    const source = (this.#refreshing = new vscode.CancellationTokenSource());
    try {
      const result = await this.#client.sendRequest(RivalryOverlapRequest, params, source.token);
      if (!source.token.isCancellationRequested && result) {
        this.#setResult(result);
        this.#post();
      }
    } catch (error) {
      // A name can vanish from the index (its file was deleted): say so in the panel instead of a stale result.
      if (!source.token.isCancellationRequested) {
        this.#message = { type: 'error', message: error instanceof Error ? error.message : String(error) };
        this.#post();
      }
    } finally {
      source.dispose();
    }
  }

  async #receive(message: unknown): Promise<void> {
    if (!isFromWebviewMessage(message)) {
      return;
    }
    try {
      await this.#handle(message);
    } catch (error) {
      // The file of an evidence sentence may have been deleted or moved since the result was computed.
      void vscode.window.showErrorMessage(`Entity Lens: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async #handle(message: FromWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.#post();
        return;
      case 'openEvidence': {
        const target = this.#model?.targets[message.id];
        if (target) {
          const { start, end } = target.range;
          const selection = new vscode.Range(start.line, start.character, end.line, end.character);
          await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection, viewColumn: vscode.ViewColumn.One });
        }
        return;
      }
      case 'copyMarkdown':
        if (this.#model) {
          await vscode.env.clipboard.writeText(overlapMarkdown(this.#model.view));
          void vscode.window.showInformationMessage('Entity Lens: rivalry overlap copied as Markdown.');
        }
        return;
    }
  }
}
