/**
 * writeFileAtomic: the target holds the old content or the whole new content, never a part; a failed write
 * leaves no temporary file behind.
 */
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { writeFileAtomic } from '../../server/src/workspace/atomicWrite';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-atomic-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  const fresh = (content?: string): string => {
    const path = join(dir, `file-${++count}.txt`);
    if (content !== undefined) {
      writeFileSync(path, content);
    }
    return path;
  };
  const leftovers = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('creates a file, and replaces one, from a string, bytes or chunks', async () => {
    const created = fresh();
    await writeFileAtomic(created, 'new file\n');
    assert.equal(readFileSync(created, 'utf8'), 'new file\n');
    const replaced = fresh('old content that is longer than the new one\n');
    await writeFileAtomic(replaced, new TextEncoder().encode('short\n'));
    assert.equal(readFileSync(replaced, 'utf8'), 'short\n');
    const lines = fresh('old\n');
    await writeFileAtomic(lines, ['a\n', 'b\n', new TextEncoder().encode('c\n'), 'd\n']);
    assert.equal(readFileSync(lines, 'utf8'), 'a\nb\nc\nd\n');
    assert.deepEqual(leftovers(), []);
  });

  it('leaves the old content and no temporary file when a write fails half-way', async () => {
    const path = fresh('the old content\n');
    let calls = 0;
    const failing = async (file: import('node:fs/promises').FileHandle, chunk: string | Uint8Array): Promise<void> => {
      calls++;
      // Half of the data reaches the temporary file, then the disk "fills up".
      await file.writeFile(typeof chunk === 'string' ? chunk.slice(0, chunk.length / 2) : chunk.subarray(0, chunk.length / 2));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await assert.rejects(writeFileAtomic(path, 'the new content, which never fully arrives\n', { write: failing }), { code: 'ENOSPC' });
    assert.equal(calls, 1, 'the injected writer ran');
    assert.equal(readFileSync(path, 'utf8'), 'the old content\n');
    assert.deepEqual(leftovers(), []);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    await assert.rejects(writeFileAtomic(join(dir, 'missing', 'file.txt'), 'x'), { code: 'ENOENT' });
    assert.deepEqual(leftovers(), []);
  });

  it('gives concurrent writers of one file one whole content each, never a mix', async () => {
    const path = fresh('start\n');
    const contents = Array.from({ length: 8 }, (_, i) => `${String(i).repeat(200_000)}\n`);
    await Promise.all(contents.map((content) => writeFileAtomic(path, content)));
    assert.ok(contents.includes(readFileSync(path, 'utf8')), 'the file is exactly one of the written contents');
    assert.deepEqual(leftovers(), []);
  });

  it('keeps the permissions of the file it replaces', { skip: process.platform === 'win32' }, async () => {
    const path = fresh('private\n');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'still private\n');
    assert.equal(statSync(path).mode & 0o777, 0o600);
  });

  it('writes through a symbolic link, which stays a link', { skip: process.platform === 'win32' }, async () => {
    const target = fresh('target\n');
    const link = join(dir, `link-${count}.txt`);
    symlinkSync(target, link);
    await writeFileAtomic(link, 'through the link\n');
    assert.equal(readFileSync(target, 'utf8'), 'through the link\n');
    assert.ok(lstatSync(link).isSymbolicLink());
  });
});
