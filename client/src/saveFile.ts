/**
 * Writing the files the client saves itself (exported annotations, spelling dictionaries) so that a failure or
 * a second window writing the same file never leaves one half-written: on disk through the server's
 * writeFileAtomic (temporary file, fsync, rename); on other file systems (remote, virtual) through a temporary
 * sibling renamed over the target, which is the most the file system API offers (it has no fsync).
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../../server/src/workspace/atomicWrite';

/** Writes `text` to `target` atomically, creating its folder when missing. */
export async function saveTextFile(target: vscode.Uri, text: string): Promise<void> {
  if (target.scheme === 'file') {
    await mkdir(dirname(target.fsPath), { recursive: true });
    await writeFileAtomic(target.fsPath, text);
    return;
  }
  const temporary = target.with({ path: `${target.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}
