/**
 * What each node of the Entities view shows, built without `vscode` so that tests can check it. Names, aliases
 * and mention lines come from documents and the registry: they go into plain-string labels, descriptions and
 * tooltips (VS Code renders those as text, never Markdown), with invisible controls shown as code points so that
 * a name cannot reorder or hide the text around it. The one command is `vscode.open` on the mention's location.
 */
import type { Location } from 'vscode-languageserver-protocol';
import type { EntityKindDto, EntityMentionDto, EntitySummaryDto } from '../../server/src/protocol';
import { showInvisibles } from '../../server/src/util/invisibles';

/** A node of the tree. */
export type EntityTreeNode =
  | { readonly type: 'kind'; readonly kind: EntityKindDto; readonly entities: readonly EntitySummaryDto[] }
  | { readonly type: 'entity'; readonly entity: EntitySummaryDto }
  | { readonly type: 'mention'; readonly mention: EntityMentionDto };

/** A tree item as data: every text field is a plain string. */
export interface EntityTreeItem {
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** The node's stable id (an entity id; never shown). */
  readonly id?: string;
  /** A codicon name. */
  readonly icon?: string;
  readonly collapsible: boolean;
  /** Clicking reveals this place (`vscode.open`). */
  readonly reveal?: Location;
}

const KIND_LABELS: Record<EntityKindDto, string> = { person: 'People', organization: 'Organizations', figure: 'Figures' };
const KIND_ICONS: Record<EntityKindDto, string> = { person: 'person', organization: 'organization', figure: 'symbol-number' };

/** The item of a node; `relativePath` shortens a mention's URI for its description. */
export function entityTreeItem(node: EntityTreeNode, relativePath: (uri: string) => string): EntityTreeItem {
  switch (node.type) {
    case 'kind':
      return { label: KIND_LABELS[node.kind], description: String(node.entities.length), icon: KIND_ICONS[node.kind], collapsible: true };
    case 'entity': {
      const { entity } = node;
      const tooltip = entity.aliases.length > 0 ? `Also: ${entity.aliases.map(showInvisibles).join(', ')}` : undefined;
      return { label: showInvisibles(entity.name), description: String(entity.mentionCount), tooltip, id: entity.id, collapsible: true };
    }
    case 'mention': {
      const { location, preview } = node.mention;
      return { label: showInvisibles(preview), description: `${showInvisibles(relativePath(location.uri))}:${location.range.start.line + 1}`, collapsible: false, reveal: location };
    }
  }
}
