/**
 * The workspace files Entity Lens itself edits: the registry (`entities.json`) and the acknowledgements file.
 * Finds which file an edit goes to and its current text: the editor's buffer when the client has it open (the
 * edit then carries the buffer's version, and the editor refuses it if the buffer changed since), else the disk
 * as it is right now, else nothing (the edit creates it). The index's own copy of a closed file is not used: it
 * may predate a save from another window whose file-watcher event has not arrived, and an edit computed from it
 * would undo that save.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ACKNOWLEDGEMENTS_PATH, normalizeKey } from '../analysis/index';
import { fileUri, uriKey, uriPath } from '../util/uri';
import type { Folder } from './diskWorkspace';
import type { WorkspaceIndex } from './workspaceIndex';

/** A file to edit. */
export interface SidecarFile {
  readonly uri: string;
  /** The current text, or undefined when the file does not exist yet. */
  readonly text: string | undefined;
  /** The client's version when the client has the file open, else null (any version). */
  readonly version: number | null;
}

/** The workspace folder of a document: the innermost folder containing it, else the first folder. */
export function folderOf(folders: readonly Folder[], uri: string): Folder | undefined {
  const path = uriPath(uri);
  const containing = path === undefined ? [] : folders.filter((f) => isInside(f.path, path));
  return containing.sort((a, b) => b.path.length - a.path.length)[0] ?? folders[0];
}

/** A document's path relative to its folder, with forward slashes (informational fields, export names). */
export function relativePath(folder: Folder | undefined, uri: string): string {
  const path = uriPath(uri);
  if (!folder || path === undefined || !isInside(folder.path, path)) {
    return path ?? uri;
  }
  return relative(folder.path, path).split(sep).join('/');
}

/**
 * The registry file a correction of `names` goes to: the registry file that already has an entry for one of
 * them (so it is edited in place), else `entities.json` at the root of the document's folder.
 */
export function registryFileFor(index: WorkspaceIndex, folders: readonly Folder[], documentUri: string, names: readonly string[]): SidecarFile | undefined {
  const keys = new Set(names.map(normalizeKey));
  const owner = index.registrySources().find((source) =>
    source.registry.entries.some((e) => keys.has(normalizeKey(e.name)) || e.aliases.some((a) => keys.has(normalizeKey(a)))),
  );
  if (owner) {
    return current(owner.document);
  }
  const folder = folderOf(folders, documentUri);
  return folder && sidecar(index.registrySources(), join(folder.path, 'entities.json'));
}

/** The acknowledgements file of a document's folder. */
export function acknowledgementsFileFor(index: WorkspaceIndex, folders: readonly Folder[], documentUri: string): SidecarFile | undefined {
  const folder = folderOf(folders, documentUri);
  return folder && sidecar(index.acknowledgementSources(), join(folder.path, ...ACKNOWLEDGEMENTS_PATH.split('/')));
}

function sidecar(loaded: ReadonlyArray<{ readonly key: string; readonly document: { readonly uri: string; readonly version: number; getText(): string } }>, path: string): SidecarFile {
  const uri = fileUri(path);
  const source = loaded.find((s) => s.key === uriKey(uri));
  return source ? current(source.document) : { uri, text: readText(path), version: null };
}

/** The text to compute an edit from: the client's buffer when open, else the disk now (see the file comment). */
function current(document: { readonly uri: string; readonly version: number; getText(): string }): SidecarFile {
  const version = clientVersion(document.version);
  const path = uriPath(document.uri);
  if (version !== null || path === undefined) {
    return { uri: document.uri, text: document.getText(), version };
  }
  return { uri: document.uri, text: readText(path), version: null };
}

/** Documents read from disk have version 0; only the client's own (opened) documents carry a real version. */
function clientVersion(version: number): number | null {
  return version > 0 ? version : null;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
