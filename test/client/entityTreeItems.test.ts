/**
 * The Entities view's items (issue 7, hostile text), built without `vscode`: names, aliases, mention lines and
 * paths go into plain-string labels, descriptions and tooltips (never Markdown), read back as written except
 * that invisible controls are shown as code points, and the only command is opening the mention's own place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityTreeItem, type EntityTreeItem, type EntityTreeNode } from '../../client/src/entityTreeItems';
import type { EntitySummaryDto } from '../../server/src/protocol';
import { HOSTILE_STRINGS, INVISIBLE, visible } from '../support/hostileText';

const relativePath = (uri: string): string => uri.replace('file:///w/', '');

function texts(item: EntityTreeItem): string[] {
  return [item.label, item.description, item.tooltip].filter((t): t is string => t !== undefined);
}

describe('Entities view items with hostile text', () => {
  const [first, ...rest] = HOSTILE_STRINGS;
  const entity: EntitySummaryDto = { id: 'person:evil', kind: 'person', name: `Jane ${first} \u202Eevil`, aliases: [...rest], mentionCount: 3 };
  const range = { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } };

  it('gives an entity plain-text label and tooltip that read back, invisible controls shown', () => {
    const item = entityTreeItem({ type: 'entity', entity }, relativePath);
    assert.equal(item.label, visible(entity.name));
    assert.equal(item.tooltip, `Also: ${rest.map(visible).join(', ')}`);
    assert.equal(item.description, '3');
    assert.equal(item.id, 'person:evil');
    assert.equal(item.reveal, undefined, 'no command on an entity');
    for (const text of texts(item)) {
      assert.equal(typeof text, 'string');
      assert.ok(!INVISIBLE.test(text), JSON.stringify(text));
    }
  });

  it('gives a mention its line and path as plain text, and opens exactly its own place', () => {
    const location = { uri: 'file:///w/dir\u2066/[x](command:evil).md', range };
    const node: EntityTreeNode = { type: 'mention', mention: { location, preview: `${HOSTILE_STRINGS[4]} said ${HOSTILE_STRINGS[7]}` } };
    const item = entityTreeItem(node, relativePath);
    assert.equal(item.label, `Evil[U+202E]gnp.exe[U+202C] Corp said ${HOSTILE_STRINGS[7]}`);
    assert.equal(item.description, 'dir[U+2066]/[x](command:evil).md:5');
    assert.deepEqual(item.reveal, location, 'the command opens the location as the server sent it');
    assert.equal(item.collapsible, false);
    assert.ok(texts(item).every((t) => !INVISIBLE.test(t)));
  });

  it('labels kinds with our own words and counts', () => {
    const item = entityTreeItem({ type: 'kind', kind: 'person', entities: [entity] }, relativePath);
    assert.deepEqual(item, { label: 'People', description: '1', icon: 'person', collapsible: true });
  });

  it('leaves an entity without aliases without a tooltip', () => {
    assert.equal(entityTreeItem({ type: 'entity', entity: { ...entity, aliases: [] } }, relativePath).tooltip, undefined);
  });
});
