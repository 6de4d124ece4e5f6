/**
 * The unopened part of the workspace: scanning the configured globs of each workspace folder, loading
 * registries, and following file-watcher events. Open documents win over disk contents (the index enforces it).
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { ACKNOWLEDGEMENTS_PATH } from '../analysis/index';
import { isAcknowledgementsFile } from './acknowledgementSet';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../protocol';
import { fileUri, uriPath } from '../util/uri';
import { findDocumentFiles, findRegistryFiles, globToRegExp, isRegistryFile, languageIdOf, readDocumentFile } from './files';
import type { SettingsCache } from './settingsCache';
import type { RegistrySource } from './snapshot';
import type { WorkspaceIndex } from './workspaceIndex';

/** Called when a registry was loaded (with its problems) or removed (undefined source). */
export type RegistryListener = (uri: string, source: RegistrySource | undefined) => void;

/** How many files are read concurrently while scanning. */
const READ_BATCH = 16;

/** A workspace folder on disk. */
export interface Folder {
  readonly uri: string;
  readonly path: string;
}

/** Loads workspace files into the index. */
export class DiskWorkspace {
  readonly #index: WorkspaceIndex;
  readonly #folders: readonly Folder[];
  readonly #settings: SettingsCache;
  readonly #onRegistry: RegistryListener;
  readonly #skipped: string[] = [];
  /** Skip reasons are kept only during a scan: nobody reads those of later watcher events, and they would pile up. */
  #scanning = false;

  constructor(index: WorkspaceIndex, folders: readonly Folder[], settings: SettingsCache, onRegistry: RegistryListener) {
    this.#index = index;
    this.#folders = folders;
    this.#settings = settings;
    this.#onRegistry = onRegistry;
  }

  /** Files skipped by the last scan (binary, too large, unreadable), with reasons, for the log. */
  get skipped(): readonly string[] {
    return this.#skipped;
  }

  /** Loads every matching document and registry of every folder; returns the number of documents loaded. */
  async scan(): Promise<number> {
    this.#skipped.length = 0;
    this.#scanning = true;
    try {
      return await this.#scanFolders();
    } finally {
      this.#scanning = false;
    }
  }

  async #scanFolders(): Promise<number> {
    let loaded = 0;
    for (const folder of this.#folders) {
      const settings = await this.#settings.get(folder.uri);
      for (const path of await findRegistryFiles([folder.path], { exclude: settings.files.exclude })) {
        await this.#loadRegistry(path, settings);
      }
      await this.#loadAcknowledgements(join(folder.path, ...ACKNOWLEDGEMENTS_PATH.split('/')), settings);
      const paths = await findDocumentFiles([folder.path], { include: settings.files.include, exclude: settings.files.exclude });
      // A few reads in flight at once: file reads are I/O-bound, and one at a time leaves the disk idle.
      for (let i = 0; i < paths.length; i += READ_BATCH) {
        const results = await Promise.all(paths.slice(i, i + READ_BATCH).map((path) => this.#loadDocument(path, settings)));
        loaded += results.filter(Boolean).length;
      }
    }
    return loaded;
  }

  /** Follows a watcher event for a file URI. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const path = uriPath(uri);
    if (path === undefined) {
      return;
    }
    if (deleted) {
      this.#index.removeAcknowledgements(uri);
      this.#index.removeRegistry(uri);
      this.#onRegistry(uri, undefined);
      if (!this.#index.isOpen(uri)) {
        this.#index.removeDocument(uri);
      }
      return;
    }
    const settings = await this.#settings.get(uri);
    if (isAcknowledgementsFile(path)) {
      await this.#loadAcknowledgements(path, settings);
    } else if (isRegistryFile(path)) {
      await this.#loadRegistry(path, settings);
    } else if (this.#inScope(path, settings)) {
      await this.#loadDocument(path, settings);
    }
  }

  /** After a document closed: its disk contents replace the editor's, or it leaves the index. */
  async reload(uri: string): Promise<void> {
    const path = uriPath(uri);
    // Documents outside every folder leave at once, so that no request sees a closed document.
    if (path === undefined || !this.#folders.some((folder) => isInside(folder.path, path))) {
      this.#index.removeDocument(uri);
      return;
    }
    const settings = await this.#settings.get(uri);
    if (!this.#index.isOpen(uri) && !(this.#inScope(path, settings) && (await this.#loadDocument(path, settings)))) {
      this.#index.removeDocument(uri);
    }
  }

  /**
   * After the editor closed a registry or acknowledgements file: the disk contents replace the buffer's, or the
   * file leaves the index when it was never saved.
   */
  async reloadWorkspaceFile(uri: string): Promise<void> {
    const path = uriPath(uri);
    const settings = await this.#settings.get(uri);
    const read = path === undefined ? undefined : await readDocumentFile(path, settings.files.maxSizeMB * 1024 * 1024);
    if (read?.ok) {
      await this.fileChanged(uri, false);
    } else {
      await this.fileChanged(uri, true);
    }
  }

  async #loadAcknowledgements(path: string, settings: Settings): Promise<void> {
    const read = await readDocumentFile(path, settings.files.maxSizeMB * 1024 * 1024);
    if (read.ok) {
      this.#index.setAcknowledgements(TextDocument.create(fileUri(path), 'json', 0, read.text));
    }
  }

  async #loadDocument(path: string, settings: Settings): Promise<boolean> {
    const read = await readDocumentFile(path, settings.files.maxSizeMB * 1024 * 1024);
    if (!read.ok) {
      this.#skipReason(read.reason);
      return false;
    }
    this.#index.setDocument(TextDocument.create(fileUri(path), read.languageId, 0, read.text), false);
    return true;
  }

  async #loadRegistry(path: string, settings: Settings): Promise<void> {
    const read = await readDocumentFile(path, settings.files.maxSizeMB * 1024 * 1024);
    const uri = fileUri(path);
    if (read.ok) {
      this.#onRegistry(uri, this.#index.setRegistry(TextDocument.create(uri, 'json', 0, read.text)));
    } else {
      this.#skipReason(read.reason);
    }
  }

  #skipReason(reason: string): void {
    if (this.#scanning) {
      this.#skipped.push(reason);
    }
  }

  /** True when a path is under a folder, has a prose extension and matches that folder's globs. */
  #inScope(path: string, settings: Settings): boolean {
    if (languageIdOf(path) === undefined) {
      return false;
    }
    return this.#folders.some((folder) => {
      if (!isInside(folder.path, path)) {
        return false;
      }
      const rel = relative(folder.path, path).split(sep).join('/');
      const matches = (globs: readonly string[]): boolean => globs.some((glob) => globToRegExp(glob).test(rel));
      return matches(settings.files.include) && !matches(settings.files.exclude);
    });
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
