/**
 * Writing a file so that readers only ever see the old content or the whole new content: the data goes to a
 * temporary file in the same folder (same file system, so the rename cannot turn into a copy), is flushed to
 * disk, and is renamed over the target. A crash or a failed write leaves the target as it was. Two writers of
 * one target never share a temporary file (its name carries the process id and a random suffix); the last
 * rename wins, whole.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a file is written from: one string or buffer, or chunks (lines of a large file), written in order. */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** Writes one chunk to the temporary file; tests inject a failing one to check the target is never half-written. */
  readonly write?: (file: FileHandle, chunk: string | Uint8Array) => Promise<void>;
}

/** Chunks are gathered up to this many characters (or bytes) per write call: one call per line is slow. */
const BATCH = 1 << 20;

/** A rename over a file that another process has open fails on Windows for a moment; it is retried this often. */
const RENAME_ATTEMPTS = 5;
const RENAME_BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Writes `content` to `path` atomically (temporary file, fsync, rename). The folder must exist. A symbolic link
 * at `path` is written through (its target is replaced, the link stays). On failure the temporary file is
 * removed, the target keeps its old content, and the error is rethrown.
 */
export async function writeFileAtomic(path: string, content: FileContent, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const write = options.write ?? defaultWrite;
  let file: FileHandle | undefined;
  try {
    // `wx`: never open a file someone else created under the same name.
    file = await open(temporary, 'wx');
    const mode = await modeOf(target);
    if (mode !== undefined) {
      await file.chmod(mode);
    }
    for (const chunk of batched(content)) {
      await write(file, chunk);
    }
    await file.sync();
    await file.close();
    file = undefined;
    await renameRetrying(temporary, target);
  } catch (error) {
    await file?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

/** FileHandle.writeFile writes at the current position and loops until every byte is written. */
function defaultWrite(file: FileHandle, chunk: string | Uint8Array): Promise<void> {
  return file.writeFile(chunk);
}

/** The permissions of a file being replaced, which the new content keeps (a new file gets the usual ones). */
async function modeOf(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info.mode & 0o7777 : undefined;
}

function* batched(content: FileContent): Iterable<string | Uint8Array> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    yield content;
    return;
  }
  let pending = '';
  for (const chunk of content) {
    if (typeof chunk !== 'string') {
      if (pending) {
        yield pending;
        pending = '';
      }
      yield chunk;
      continue;
    }
    pending += chunk;
    if (pending.length >= BATCH) {
      yield pending;
      pending = '';
    }
  }
  if (pending) {
    yield pending;
  }
}

async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RENAME_BUSY.has((error as NodeJS.ErrnoException).code ?? '')) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Makes the rename itself durable where the platform allows it (folders cannot be opened on Windows). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}
