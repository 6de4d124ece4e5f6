/**
 * Annotation commands (issue 6): "Same entity as…" and "Set sector…" (run by code actions: ask, then the server
 * applies the registry edit), "Export Annotations…" and "Write Spelling Dictionary…" (the server computes the
 * files, written here only where the user picked).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CorrectRegistryRequest,
  DictionaryRequest,
  EntitiesRequest,
  ExportAnnotationsRequest,
  SAME_ENTITY_AS_COMMAND,
  SET_SECTOR_COMMAND,
  type DictionaryFormat,
  type EntityCommandArgs,
  type ExportFormat,
} from '../../server/src/protocol';
import { EXPORT_ANNOTATIONS, WRITE_DICTIONARY } from './commandIds';
import { saveTextFile } from './saveFile';
import { reportEdit } from './sourcingCommands';
import { pickText } from './pickText';

/** The annotation commands, by id. */
export function annotationCommands(client: LanguageClient): Record<string, (...args: unknown[]) => Promise<void>> {
  return {
    [SAME_ENTITY_AS_COMMAND]: (args) => sameEntityAs(client, args as EntityCommandArgs),
    [SET_SECTOR_COMMAND]: (args) => setSector(client, args as EntityCommandArgs),
    [EXPORT_ANNOTATIONS]: () => exportAnnotations(client),
    [WRITE_DICTIONARY]: () => writeDictionary(client),
  };
}

async function sameEntityAs(client: LanguageClient, args: EntityCommandArgs): Promise<void> {
  const { entities } = await client.sendRequest(EntitiesRequest, {});
  const items = entities
    .filter((e) => e.kind !== 'figure' && e.id !== args.id && (args.kind === undefined || e.kind === args.kind))
    .map((e) => ({ label: pickText(e.name), description: `${e.kind} · ${e.mentionCount} mentions`, detail: e.aliases.length > 0 ? pickText(`Also: ${e.aliases.join(', ')}`) : undefined, entity: e }));
  const picked = await vscode.window.showQuickPick(items, { title: `"${pickText(args.name)}" is the same entity as…`, matchOnDetail: true });
  if (!picked || picked.entity.kind === 'figure') {
    return;
  }
  const correction = { type: 'sameAs' as const, name: args.name, target: picked.entity.name, targetKind: picked.entity.kind, aliases: args.aliases };
  reportEdit(await client.sendRequest(CorrectRegistryRequest, { uri: args.uri, correction }));
}

async function setSector(client: LanguageClient, args: EntityCommandArgs): Promise<void> {
  const sector = await vscode.window.showInputBox({ title: `Sector of ${args.name}`, placeHolder: 'space launch', validateInput: (v) => (v.trim() === '' ? 'Name a sector' : undefined) });
  if (sector !== undefined) {
    reportEdit(await client.sendRequest(CorrectRegistryRequest, { uri: args.uri, correction: { type: 'setSector', name: args.name, sector } }));
  }
}

const EXPORT_FORMATS: ReadonlyArray<{ label: ExportFormat; detail: string }> = [
  { label: 'brat', detail: 'brat standoff: a .txt copy and an .ann file per document, plus annotation.conf' },
  { label: 'jsonl', detail: 'spaCy/Prodigy JSONL: entities.jsonl, one {"text", "spans"} record per document' },
  { label: 'conll', detail: 'CoNLL IOB2: entities.conll, one token and tag per line' },
];

async function exportAnnotations(client: LanguageClient): Promise<void> {
  const format = await vscode.window.showQuickPick(EXPORT_FORMATS, { title: 'Export annotations as' });
  const folder = format && (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here', title: 'Folder to export annotations to' }))?.[0];
  if (!format || !folder) {
    return;
  }
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Entity Lens: exporting annotations', cancellable: true }, (_, token) =>
    client.sendRequest(ExportAnnotationsRequest, { format: format.label }, token),
  );
  for (const file of result.files) {
    const segments = file.path.split('/');
    // Only inside the picked folder: a path that climbs out is a bug, never a file to write.
    if (segments.some((s) => s === '..' || s === '' || s === '.')) {
      throw new Error(`Entity Lens: refusing to write ${file.path} outside the export folder`);
    }
    await saveTextFile(vscode.Uri.joinPath(folder, ...segments), file.text);
  }
  void vscode.window.showInformationMessage(`Entity Lens: exported ${result.documents} documents as ${format.label} to ${folder.fsPath} (${result.files.length} files).`);
}

const DICTIONARY_FORMATS: ReadonlyArray<{ label: DictionaryFormat; detail: string; file: string }> = [
  { label: 'cspell', detail: 'cSpell words file, one word per line', file: 'entity-names.txt' },
  { label: 'vale', detail: "Vale vocabulary accept.txt (entries are regular expressions, escaped)", file: 'accept.txt' },
  { label: 'harper', detail: 'Harper dictionary file, one word per line', file: 'dictionary.txt' },
  { label: 'ltex', detail: 'LTeX settings JSON {"ltex.dictionary": {...}} to merge into settings.json', file: 'ltex.dictionary.json' },
];

async function writeDictionary(client: LanguageClient): Promise<void> {
  const format = await vscode.window.showQuickPick(DICTIONARY_FORMATS, { title: 'Write a spelling dictionary for' });
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = format && (await vscode.window.showSaveDialog({ title: `Save the ${format.label} dictionary`, defaultUri: base && vscode.Uri.joinPath(base, format.file) }));
  if (!format || !target) {
    return;
  }
  const result = await client.sendRequest(DictionaryRequest, { format: format.label });
  await saveTextFile(target, result.text);
  void vscode.window.showInformationMessage(`Entity Lens: wrote ${result.words} words for ${format.label} to ${vscode.workspace.asRelativePath(target)}.`);
}
