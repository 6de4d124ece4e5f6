/**
 * Tells the server when the user trusts the workspace, so that registry links in hover cards become links
 * without a restart. The state at start (and at every restart) travels in the initialization options; VS Code
 * never takes trust back without reloading the window, so granting is the only change to forward.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceTrustNotification } from '../../server/src/protocol';

/** Forwards `onDidGrantWorkspaceTrust` as `entityLens/workspaceTrust`. */
export function forwardWorkspaceTrust(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    // A stopped client has nothing to tell; its next start reads the trust in the initialization options.
    void client.sendNotification(WorkspaceTrustNotification, { trusted: true }).catch(() => undefined);
  });
}
