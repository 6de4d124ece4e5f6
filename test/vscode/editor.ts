/**
 * Helpers for the API suite: open seed documents, find a word's position, and wait on conditions with deadlines.
 */
import * as vscode from 'vscode';

/** The workspace folder the suite runs in (seeds/). */
export function seedsFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('no workspace folder: open seeds/ (the e2e runner passes ?folder=...)');
  }
  return folder.uri;
}

/** Opens a seed article in an editor. */
export async function openSeed(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsFolder(), name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position inside the `nth` (1-based) occurrence of `word`, one character in. */
export function positionOf(document: vscode.TextDocument, word: string, nth = 1): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(word, at + 1);
    if (at < 0) {
      throw new Error(`"${word}" occurs fewer than ${nth} times in ${document.uri.path}`);
    }
  }
  return document.positionAt(at + 1);
}

/** Polls `probe` until it returns a non-empty value or the deadline passes (the server may still be indexing). */
export async function eventually<T>(what: string, timeoutMs: number, probe: () => Thenable<T | undefined> | T | undefined, accept: (value: T) => boolean = Boolean): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && accept(value)) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for diagnostics on `uri` that satisfy `accept`, listening to onDidChangeDiagnostics with a deadline. */
export function diagnosticsFor(uri: vscode.Uri, timeoutMs: number, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (accept(current)) {
        done();
        resolve(current);
        return true;
      }
      return false;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) {
        check();
      }
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no matching diagnostics for ${uri.path} within ${timeoutMs} ms; have ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, timeoutMs);
    const done = (): void => {
      listener.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** The plain text of hover contents, whatever form each part takes. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n');
}
