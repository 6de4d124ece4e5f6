/**
 * Entity Lens extension: starts the language server and wires the tree view, status bar item and commands.
 */
import * as vscode from 'vscode';
import { EntitiesChangedNotification } from '../../server/src/protocol';
import { ENTITIES_VIEW } from './commandIds';
import { registerCommands } from './commands';
import { EntitiesTree } from './entitiesTree';
import { createLanguageClient } from './languageClient';
import { RivalryPanel } from './rivalryPanel';
import { EntityStatusItem } from './statusBar';
import { forwardWorkspaceTrust } from './workspaceTrust';

/** Activated on the first plaintext or Markdown document. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Entity Lens', { log: true });
  const client = createLanguageClient(context, output);
  const tree = new EntitiesTree(client);
  const status = new EntityStatusItem(client);
  const rivalry = new RivalryPanel(context.extensionUri, client);
  const refreshViews = (): void => {
    tree.refresh();
    void status.update();
    rivalry.refresh();
  };
  // The client is disposed (and the server stopped) with the extension's subscriptions, so no module state is needed.
  context.subscriptions.push(
    output,
    tree,
    status,
    rivalry,
    client,
    vscode.window.registerTreeDataProvider(ENTITIES_VIEW, tree),
    ...registerCommands({ client, tree, rivalry }),
    client.onDidChangeState(refreshViews),
    client.onNotification(EntitiesChangedNotification, refreshViews),
    forwardWorkspaceTrust(client),
  );
  // The manifest shows our commands in the palette only once this is set, i.e. after activation.
  void vscode.commands.executeCommand('setContext', 'entityLens.active', true);
  try {
    await client.start();
  } catch (error) {
    output.error(`Entity Lens server failed to start: ${String(error)}`);
  }
}

/** Nothing to do: the client stops when the subscriptions are disposed. */
export function deactivate(): void {}
