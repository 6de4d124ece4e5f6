/**
 * "Entity Lens: Show Rivalry Overlap": two quick picks of people from the index (most mentioned first, the
 * person under the cursor or the hover link's person first of all), then the overlap request under cancellable
 * progress, then the panel. With two arguments (`[idA, idB]`) it skips the picks, for scripts and tests.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, RivalryOverlapRequest, type EntitySummaryDto, type RivalryOverlapParams } from '../../server/src/protocol';
import type { RivalryPanel } from './rivalryPanel';
import { pickText } from './pickText';

/** What the command needs. */
export interface RivalryCommandContext {
  readonly client: LanguageClient;
  readonly rivalry: RivalryPanel;
}

interface PersonItem extends vscode.QuickPickItem {
  readonly person: EntitySummaryDto;
}

/** Runs the command; `first` and `second` are optional entity ids (from a hover link, or a script). */
export async function showRivalryOverlap(ctx: RivalryCommandContext, first?: unknown, second?: unknown): Promise<void> {
  const params = typeof first === 'string' && typeof second === 'string' ? { a: first, b: second } : await pickPair(ctx.client, typeof first === 'string' ? first : undefined);
  if (!params) {
    return;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Entity Lens: computing the rivalry overlap\u2026', cancellable: true },
      (_, token) => ctx.client.sendRequest(RivalryOverlapRequest, params, token).then((r) => (token.isCancellationRequested ? undefined : r)),
    );
    if (result) {
      ctx.rivalry.show(params, result);
    }
  } catch (error) {
    // Unknown names arrive as an error whose message names the nearest people ("did you mean ...").
    void vscode.window.showErrorMessage(`Entity Lens: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function pickPair(client: LanguageClient, preselected: string | undefined): Promise<RivalryOverlapParams | undefined> {
  const people = await peopleByMentions(client);
  if (people.length < 2) {
    void vscode.window.showInformationMessage('Entity Lens: the index needs at least two people to compare. Open or add articles that name them.');
    return undefined;
  }
  const firstId = preselected ?? (await personAtCursor(client));
  const a = await pickPerson(people, firstId, 'Entity Lens: Compare whom? (1/2)');
  if (!a) {
    return undefined;
  }
  const b = await pickPerson(people.filter((p) => p.id !== a.id), undefined, `Entity Lens: Compare ${a.name} with\u2026 (2/2)`);
  return b && { a: a.id, b: b.id };
}

/** Every person of the index, most mentioned first (ties by name). */
async function peopleByMentions(client: LanguageClient): Promise<EntitySummaryDto[]> {
  const { entities } = await client.sendRequest(EntitiesRequest, {});
  return entities.filter((e) => e.kind === 'person').sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name));
}

/** The id of the person whose mention contains the cursor of the active editor, if any. */
async function personAtCursor(client: LanguageClient): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return undefined;
  }
  const cursor = editor.selection.active;
  const { entities } = await client.sendRequest(EntitiesRequest, { uri: editor.document.uri.toString(), includeMentions: true });
  const at = entities.find((e) => e.kind === 'person' && e.mentions?.some(({ location: { range } }) =>
    new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character).contains(cursor)));
  return at?.id;
}

async function pickPerson(people: readonly EntitySummaryDto[], firstId: string | undefined, title: string): Promise<EntitySummaryDto | undefined> {
  const first = people.find((p) => p.id === firstId);
  const ordered = first ? [first, ...people.filter((p) => p !== first)] : people;
  const items: PersonItem[] = ordered.map((person) => ({
    label: pickText(person.name),
    description: `${person === first ? 'selected \u00b7 ' : ''}${person.mentionCount} ${person.mentionCount === 1 ? 'mention' : 'mentions'}`,
    detail: person.aliases.length > 0 ? pickText(`Also: ${person.aliases.join(', ')}`) : undefined,
    person,
  }));
  // The first item is the active one, so Enter accepts the preselected person.
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Type a name', matchOnDetail: true });
  return picked?.person;
}
