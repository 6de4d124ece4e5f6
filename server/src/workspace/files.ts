/**
 * Node-side file access shared by the CLI and the language server: finding prose files and registries under
 * roots, and reading a file as an editor would see it (binary and oversized files skipped with a reason,
 * invalid UTF-8 replaced, never thrown).
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';

/** Default size cap of a file that is analyzed (setting `entityLens.files.maxSizeMB`, default 5). */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Globs of the files analyzed when no include list is given. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{txt,md}'];

/** Globs never descended into or analyzed unless the caller overrides them. */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'];

/** Name of the setting that caps file size; messages name it so users know what to change. */
export const MAX_SIZE_SETTING = 'entityLens.files.maxSizeMB';

/** Name of the CLI flag that caps file size. */
export const MAX_SIZE_FLAG = '--max-file-size-mb';

/** How many leading bytes are inspected for NUL bytes to detect a binary file. */
const BINARY_SNIFF_BYTES = 8 * 1024;

/** Language ids of the documents Entity Lens analyzes. */
export type DocumentLanguageId = 'markdown' | 'plaintext';

/** The result of reading a document file: its text, or why it was skipped. */
export type ReadDocumentResult =
  | { ok: true; text: string; languageId: DocumentLanguageId; replacedInvalidUtf8: boolean }
  | { ok: false; reason: string };

/** Options for {@link findDocumentFiles}. */
export interface FindOptions {
  /** Globs (relative to each root folder) of files to keep; defaults to {@link DEFAULT_INCLUDE}. */
  include?: readonly string[];
  /** Globs (relative to each root folder) of files and folders to skip; defaults to {@link DEFAULT_EXCLUDE}. */
  exclude?: readonly string[];
}

/** The language id for a path by its extension, or undefined when it is not a prose file. */
export function languageIdOf(path: string): DocumentLanguageId | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') {
    return 'markdown';
  }
  return ext === '.txt' ? 'plaintext' : undefined;
}

/** True when a file name is a registry (`entities.json` or `*.entities.json`). */
export function isRegistryFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  return name === 'entities.json' || name.endsWith('.entities.json');
}

/**
 * Reads a document file. Never throws: unreadable, binary and oversized files give `{ ok: false, reason }`.
 * A leading UTF-8 BOM is removed because VS Code removes it from the document text too; keeping it would shift
 * every offset by one between the CLI and the editor.
 */
export async function readDocumentFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<ReadDocumentResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      return { ok: false, reason: `${path}: not a regular file` };
    }
    if (info.size > maxBytes) {
      return { ok: false, reason: tooLargeReason(path, info.size, maxBytes) };
    }
    const read = await readUnlessBinary(path, maxBytes + 1);
    if (read === undefined) {
      return { ok: false, reason: `${path}: skipped, looks binary (NUL bytes)` };
    }
    bytes = read;
  } catch (error) {
    return { ok: false, reason: `${path}: cannot read (${errorCode(error)})` };
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) {
    return { ok: false, reason: tooLargeReason(path, bytes.length, maxBytes) };
  }
  const { text, replaced } = decodeUtf8(bytes);
  return { ok: true, text, languageId: languageIdOf(path) ?? 'plaintext', replacedInvalidUtf8: replaced };
}

/** Decodes UTF-8 with U+FFFD for invalid sequences and without a leading BOM. */
export function decodeUtf8(bytes: Uint8Array): { text: string; replaced: boolean } {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  // A U+FFFD in the text is either a replacement or a literal one; only a strict decode tells them apart.
  let replaced = false;
  if (text.includes('\uFFFD')) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      replaced = true;
    }
  }
  return { text, replaced };
}

/**
 * Finds prose files under `roots` (files or folders), recursing into folders. A root that is a file is kept
 * whatever its extension. Returns absolute paths, sorted and deduplicated. Symbolic-link loops are safe:
 * each real folder is visited once.
 */
export async function findDocumentFiles(roots: readonly string[], options: FindOptions = {}): Promise<string[]> {
  const include = compileGlobs(options.include ?? DEFAULT_INCLUDE);
  const exclude = compileGlobs(options.exclude ?? DEFAULT_EXCLUDE);
  return walkRoots(roots, (rel) => include.some((re) => re.test(rel)), exclude);
}

/** Finds registry files (`entities.json`, `*.entities.json`) under `roots`, sorted and deduplicated. */
export async function findRegistryFiles(roots: readonly string[], options: Pick<FindOptions, 'exclude'> = {}): Promise<string[]> {
  const exclude = compileGlobs(options.exclude ?? DEFAULT_EXCLUDE);
  const found = await walkRoots(roots, (rel) => isRegistryFile(rel), exclude, false);
  return found;
}

/** Walks every root; `keepRootFiles` keeps a root given as a file even when `keep` rejects it. */
async function walkRoots(
  roots: readonly string[],
  keep: (relativePath: string) => boolean,
  exclude: readonly RegExp[],
  keepRootFiles = true,
): Promise<string[]> {
  const found = new Set<string>();
  const visited = new Set<string>();
  for (const root of roots) {
    const absolute = resolve(root);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      await walk(absolute, absolute, { keep, exclude, visited, found });
    } else if (info?.isFile() && (keepRootFiles || keep(basename(absolute)))) {
      found.add(absolute);
    }
  }
  return [...found].sort();
}

interface WalkState {
  keep: (relativePath: string) => boolean;
  exclude: readonly RegExp[];
  visited: Set<string>;
  found: Set<string>;
}

/** Recursively collects matching files under `dir`, visiting each real folder once. */
async function walk(root: string, dir: string, state: WalkState): Promise<void> {
  const real = await realpath(dir).catch(() => undefined);
  if (real === undefined || state.visited.has(real)) {
    return;
  }
  state.visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    const rel = toPosix(relative(root, full));
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir && !isExcluded(rel + '/', state.exclude)) {
      await walk(root, full, state);
    } else if (isFile && !isExcluded(rel, state.exclude) && state.keep(rel)) {
      state.found.add(full);
    }
  }
}

/** A folder path is tested with a trailing slash so that `**\/node_modules/**` matches the folder itself. */
function isExcluded(rel: string, exclude: readonly RegExp[]): boolean {
  return exclude.some((re) => re.test(rel));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function compileGlobs(globs: readonly string[]): RegExp[] {
  return globs.map(globToRegExp);
}

/**
 * Converts a glob to an anchored RegExp over POSIX relative paths, in one linear pass. Supports `**` (any
 * number of path segments, including none), `*` (within a segment), `?`, and `{a,b}` alternatives (not
 * nested). A leading `**\/` also matches at the root, so `**\/*.md` matches `a.md`.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '{' && !inBraces) {
      inBraces = true;
      out += '(?:';
    } else if (ch === '}' && inBraces) {
      inBraces = false;
      out += ')';
    } else if (ch === ',' && inBraces) {
      out += '|';
    } else {
      out += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
  }
  if (inBraces) {
    out += ')';
  }
  return new RegExp(`^${out}$`);
}

function tooLargeReason(path: string, size: number, maxBytes: number): string {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 3 : 1);
  return `${path}: skipped, ${mb(size)} MB is over the ${mb(maxBytes)} MB limit (setting ${MAX_SIZE_SETTING}, default ${DEFAULT_MAX_FILE_BYTES / (1024 * 1024)}; CLI flag ${MAX_SIZE_FLAG})`;
}

/**
 * Reads up to `limit` bytes, or undefined when the first bytes hold a NUL (a binary file): the sniff comes first
 * so that skipping a large binary file costs one small read, not a read of the whole file.
 */
async function readUnlessBinary(path: string, limit: number): Promise<Buffer | undefined> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(total === 0 ? BINARY_SNIFF_BYTES : 64 * 1024, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) {
        break;
      }
      if (total === 0 && chunk.subarray(0, bytesRead).includes(0)) {
        return undefined;
      }
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}
