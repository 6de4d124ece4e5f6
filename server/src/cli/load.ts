/**
 * Loads what `analyze` works on: the prose files under the given paths (via workspace/files.ts) and the
 * registries found there. Skipped files and malformed registries are reported through `warn` and never stop
 * the run; a path that does not exist is a usage error.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_REGISTRY, parseRegistry, type Registry, type RegistryEntry } from '../analysis/index';
import { findDocumentFiles, findRegistryFiles, isRegistryFile, readDocumentFile } from '../workspace/files';
import { UsageError } from './args';

/** A document read from disk. */
export interface LoadedDocument {
  /** The path as shown to users: relative to the working directory when inside it. */
  readonly path: string;
  readonly uri: string;
  readonly text: string;
  readonly languageId: string;
}

/** The documents and the merged registry of a run. */
export interface LoadedCorpus {
  readonly documents: readonly LoadedDocument[];
  readonly registry: Registry;
}

/** Options of {@link loadCorpus}. */
export interface LoadOptions {
  readonly cwd: string;
  readonly maxBytes: number;
  /** Receives one-line warnings (skipped files, registry problems). */
  readonly warn: (line: string) => void;
}

/** Reads the documents and registries under `paths`. Throws UsageError for a path that cannot be read. */
export async function loadCorpus(paths: readonly string[], options: LoadOptions): Promise<LoadedCorpus> {
  const roots = await checkRoots(paths, options.cwd);
  const registry = await loadRegistries(roots, options);
  const files = (await findDocumentFiles(roots)).filter((file) => !isRegistryFile(file));
  const documents: LoadedDocument[] = [];
  for (const file of files) {
    const shown = displayPath(file, options.cwd);
    const read = await readDocumentFile(file, options.maxBytes);
    if (!read.ok) {
      options.warn(`warning: ${read.reason.replace(file, shown)}`);
      continue;
    }
    if (read.replacedInvalidUtf8) {
      options.warn(`warning: ${shown}: invalid UTF-8 replaced with U+FFFD`);
    }
    documents.push({ path: shown, uri: pathToFileURL(file).href, text: read.text, languageId: read.languageId });
  }
  return { documents, registry };
}

async function checkRoots(paths: readonly string[], cwd: string): Promise<string[]> {
  const roots: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      const why = info.code === 'ENOENT' ? 'no such file or folder' : (info.code ?? info.message);
      throw new UsageError(`cannot read '${path}': ${why}`);
    }
    roots.push(absolute);
  }
  return roots;
}

async function loadRegistries(roots: readonly string[], options: LoadOptions): Promise<Registry> {
  const registries: Registry[] = [];
  for (const file of await findRegistryFiles(roots)) {
    const shown = displayPath(file, options.cwd);
    const read = await readDocumentFile(file, options.maxBytes);
    if (!read.ok) {
      options.warn(`warning: registry ${read.reason.replace(file, shown)}`);
      continue;
    }
    const { registry, problems } = parseRegistry(read.text);
    const first = problems[0];
    if (first) {
      const at = TextDocument.create('registry', 'json', 0, read.text).positionAt(first.span.start);
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
      const what = registry === EMPTY_REGISTRY ? 'ignored' : 'partly ignored';
      options.warn(`warning: registry ${shown}:${at.line + 1}:${at.character + 1} ${what}: ${first.message}${more}`);
    }
    registries.push(registry);
  }
  return mergeRegistries(registries);
}

/** Merges registries: entries in file order (the first entry for a name wins in resolution), notEntity united. */
export function mergeRegistries(registries: readonly Registry[]): Registry {
  if (registries.length === 0) {
    return EMPTY_REGISTRY;
  }
  if (registries.length === 1) {
    return registries[0]!;
  }
  const entries: RegistryEntry[] = registries.flatMap((r) => [...r.entries]);
  const notEntity = new Set<string>(registries.flatMap((r) => [...r.notEntity]));
  return { entries, notEntity };
}

/** A path relative to `cwd` with forward slashes when inside it; absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    return file;
  }
  return sep === '/' ? rel : rel.split(sep).join('/');
}
