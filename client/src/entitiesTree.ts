/**
 * The Explorer tree view "Entities": kinds with counts, their entities with mention counts, and (on expand) the
 * mentions, each revealing its place when clicked.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntityKindDto, type EntityMentionDto, type EntitySummaryDto } from '../../server/src/protocol';

type Node =
  | { readonly type: 'kind'; readonly kind: EntityKindDto; readonly entities: readonly EntitySummaryDto[] }
  | { readonly type: 'entity'; readonly entity: EntitySummaryDto }
  | { readonly type: 'mention'; readonly mention: EntityMentionDto };

const KIND_LABELS: Record<EntityKindDto, string> = { person: 'People', organization: 'Organizations', figure: 'Figures' };
const KIND_ICONS: Record<EntityKindDto, string> = { person: 'person', organization: 'organization', figure: 'symbol-number' };

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
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(KIND_LABELS[node.kind], vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind]);
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.entity.mentionCount}`;
        item.tooltip = node.entity.aliases.length > 0 ? `Also: ${node.entity.aliases.join(', ')}` : undefined;
        item.id = node.entity.id;
        return item;
      }
      case 'mention': {
        const { location, preview } = node.mention;
        const item = new vscode.TreeItem(preview, vscode.TreeItemCollapsibleState.None);
        item.description = `${vscode.workspace.asRelativePath(vscode.Uri.parse(location.uri))}:${location.range.start.line + 1}`;
        const { start, end } = location.range;
        const selection = new vscode.Range(start.line, start.character, end.line, end.character);
        item.command = { command: 'vscode.open', title: 'Reveal', arguments: [vscode.Uri.parse(location.uri), { selection }] };
        return item;
      }
    }
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
