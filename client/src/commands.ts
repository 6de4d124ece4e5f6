/**
 * The command table. Commands that need the server show a message instead of failing while it is not running.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntityMentionDto } from '../../server/src/protocol';
import { REFRESH_ENTITIES, RESTART_SERVER, SHOW_MENTIONS, SHOW_RIVALRY_OVERLAP } from './commandIds';
import type { EntitiesTree } from './entitiesTree';
import { annotationCommands } from './annotationCommands';
import { sourcingCommands } from './sourcingCommands';
import { showRivalryOverlap } from './rivalryCommand';
import type { RivalryPanel } from './rivalryPanel';
import { pickText } from './pickText';

/** What commands act on. */
export interface CommandContext {
  readonly client: LanguageClient;
  readonly tree: EntitiesTree;
  readonly rivalry: RivalryPanel;
}

/** Registers every command. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const table: Record<string, (...args: unknown[]) => unknown> = {
    ...whenRunningAll(ctx, { ...sourcingCommands(ctx.client), ...annotationCommands(ctx.client) }),
    [RESTART_SERVER]: () => ctx.client.restart(),
    [REFRESH_ENTITIES]: () => ctx.tree.refresh(),
    [SHOW_MENTIONS]: (id) => whenRunning(ctx, () => showMentions(ctx.client, String(id))),
    [SHOW_RIVALRY_OVERLAP]: (a, b) => whenRunning(ctx, () => showRivalryOverlap(ctx, a, b)),
  };
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}

/** Wraps every handler of a table so that it shows a message while the server is not running. */
function whenRunningAll(ctx: CommandContext, handlers: Record<string, (...args: unknown[]) => Promise<void>>): Record<string, (...args: unknown[]) => unknown> {
  return Object.fromEntries(Object.entries(handlers).map(([id, run]) => [id, (...args: unknown[]) => whenRunning(ctx, () => run(...args))]));
}

async function whenRunning(ctx: CommandContext, run: () => Promise<void>): Promise<void> {
  if (!ctx.client.isRunning()) {
    void vscode.window.showInformationMessage('Entity Lens: the language server is not running. Run "Entity Lens: Restart Server".');
    return;
  }
  await run();
}

/** Opens a mention's location with its range selected. */
export async function revealMention(mention: EntityMentionDto): Promise<void> {
  const { start, end } = mention.location.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(mention.location.uri), { selection });
}

async function showMentions(client: LanguageClient, id: string): Promise<void> {
  const result = await client.sendRequest(EntitiesRequest, { id, includeMentions: true });
  const entity = result.entities[0];
  if (!entity?.mentions) {
    return;
  }
  const items = entity.mentions.map((mention) => ({
    label: pickText(mention.preview),
    description: `${vscode.workspace.asRelativePath(vscode.Uri.parse(mention.location.uri))}:${mention.location.range.start.line + 1}`,
    mention,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `${pickText(entity.name)}: ${entity.mentionCount} mentions`, matchOnDescription: true });
  if (picked) {
    await revealMention(picked.mention);
  }
}
