/**
 * The status bar item: how many entities the current file mentions. Shown only for plaintext and Markdown.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest } from '../../server/src/protocol';
import { ENTITIES_VIEW } from './commandIds';

const LANGUAGES = new Set(['markdown', 'plaintext']);

/** Keeps the status bar item in step with the active editor and the index. */
export class EntityStatusItem implements vscode.Disposable {
  readonly #client: LanguageClient;
  readonly #item = vscode.window.createStatusBarItem('entityLens.status', vscode.StatusBarAlignment.Right, 100);
  readonly #subscription: vscode.Disposable;
  #request: vscode.CancellationTokenSource | undefined;

  constructor(client: LanguageClient) {
    this.#client = client;
    this.#item.name = 'Entity Lens';
    this.#item.command = `${ENTITIES_VIEW}.focus`;
    this.#subscription = vscode.window.onDidChangeActiveTextEditor(() => void this.update());
  }

  /** Recounts for the active editor; a newer update cancels an older one. */
  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    this.#request?.cancel();
    if (!document || !LANGUAGES.has(document.languageId) || !this.#client.isRunning()) {
      this.#item.hide();
      return;
    }
    const request = (this.#request = new vscode.CancellationTokenSource());
    try {
      const result = await this.#client.sendRequest(EntitiesRequest, { uri: document.uri.toString() }, request.token);
      const counts = { person: 0, organization: 0, figure: 0 };
      result.entities.forEach((e) => counts[e.kind]++);
      this.#item.text = `$(person) ${result.entities.length} ${result.entities.length === 1 ? 'entity' : 'entities'}`;
      this.#item.tooltip = `${counts.person} people, ${counts.organization} organizations, ${counts.figure} figures in this file${result.complete ? '' : ' (indexing...)'}`;
      this.#item.show();
    } catch {
      // A cancelled or failed count leaves the previous text; the next update corrects it.
    }
  }

  dispose(): void {
    this.#request?.cancel();
    this.#subscription.dispose();
    this.#item.dispose();
  }
}
