/**
 * The Explorer tree view "Entities": kinds with counts, their entities with mention counts, and (on expand) the
 * mentions, each revealing its place when clicked.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntityKindDto } from '../../server/src/protocol';
import { entityTreeItem, type EntityTreeNode as Node } from './entityTreeItems';

/** Tree data for the Entities view. */
export class EntitiesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #client: LanguageClient;
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#changed.event;

  constructor(client: LanguageClient) {
    this.#client = client;
  }

  /** Asks the server again. */
  refresh(): void {
    this.#changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const spec = entityTreeItem(node, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    const item = new vscode.TreeItem(spec.label, spec.collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.description = spec.description;
    item.tooltip = spec.tooltip;
    item.id = spec.id;
    item.iconPath = spec.icon ? new vscode.ThemeIcon(spec.icon) : undefined;
    if (spec.reveal) {
      const { start, end } = spec.reveal.range;
      const selection = new vscode.Range(start.line, start.character, end.line, end.character);
      item.command = { command: 'vscode.open', title: 'Reveal', arguments: [vscode.Uri.parse(spec.reveal.uri), { selection }] };
    }
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!this.#client.isRunning()) {
      return [];
    }
    if (!node) {
      const { entities } = await this.#client.sendRequest(EntitiesRequest, {});
      const kinds: EntityKindDto[] = ['person', 'organization', 'figure'];
      return kinds.map((kind) => ({ type: 'kind' as const, kind, entities: entities.filter((e) => e.kind === kind) })).filter((n) => n.entities.length > 0);
    }
    if (node.type === 'kind') {
      return node.entities.map((entity) => ({ type: 'entity' as const, entity }));
    }
    if (node.type === 'entity') {
      const { entities } = await this.#client.sendRequest(EntitiesRequest, { id: node.entity.id, includeMentions: true });
      return (entities[0]?.mentions ?? []).map((mention) => ({ type: 'mention' as const, mention }));
    }
    return [];
  }

  dispose(): void {
    this.#changed.dispose();
  }
}
