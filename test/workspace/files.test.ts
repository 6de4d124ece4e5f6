/**
 * workspace/files.ts: finding prose files and registries, and reading files as the editor sees them.
 */
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  findDocumentFiles,
  findRegistryFiles,
  globToRegExp,
  languageIdOf,
  readDocumentFile,
} from '../../server/src/workspace/files';
import { tempFolder, type TempFolder } from '../cli/cliHarness';

describe('languageIdOf', () => {
  const cases: Array<[string, string | undefined]> = [
    ['a.md', 'markdown'],
    ['dir/A.MARKDOWN', 'markdown'],
    ['notes.txt', 'plaintext'],
    ['data.json', undefined],
    ['README', undefined],
  ];
  for (const [path, expected] of cases) {
    it(`${path} -> ${String(expected)}`, () => assert.equal(languageIdOf(path), expected));
  }
});

describe('globToRegExp', () => {
  const cases: Array<[string, string, boolean]> = [
    ['**/*.{txt,md}', 'a.md', true],
    ['**/*.{txt,md}', 'x/y/z.txt', true],
    ['**/*.{txt,md}', 'x/y/z.json', false],
    ['**/*.{txt,md}', 'x.mdx', false],
    ['**/node_modules/**', 'node_modules/', true],
    ['**/node_modules/**', 'a/node_modules/b/c.md', true],
    ['**/node_modules/**', 'a/my_node_modules/c.md', false],
    ['*.md', 'a/b.md', false],
    ['docs/?.md', 'docs/a.md', true],
    ['docs/?.md', 'docs/ab.md', false],
    ['a.b', 'axb', false],
    ['drafts/**', 'drafts/x/y.md', true],
    ['(x)+[y].md', '(x)+[y].md', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globToRegExp(glob).test(path), expected));
  }

  it('stays fast on a long path that almost matches', () => {
    const path = `${'a/'.repeat(2000)}b`;
    const started = Date.now();
    assert.equal(globToRegExp('**/a/**/c/**/*.md').test(path), false);
    assert.ok(Date.now() - started < 1000);
  });
});

describe('findDocumentFiles', () => {
  let folder: TempFolder;
  before(() => {
    folder = tempFolder();
    for (const path of ['b.md', 'a.txt', 'sub/c.markdown', 'sub/deep/d.md', 'sub/e.json', 'node_modules/x.md', '.git/y.md', 'out/z.txt', 'dist/w.md', 'docs/out/v.md', 'entities.json']) {
      folder.write(path, 'text');
    }
    // A symbolic link back to the root must not loop.
    symlinkSync(folder.root, join(folder.root, 'sub', 'loop'), 'dir');
  });
  after(() => folder.dispose());

  it('recurses folders, applies the default globs, sorts, and survives a symlink loop', async () => {
    const found = await findDocumentFiles([folder.root]);
    assert.deepEqual(found, [join(folder.root, 'a.txt'), join(folder.root, 'b.md'), join(folder.root, 'sub/deep/d.md')]);
  });

  it('deduplicates roots that overlap and keeps a root file whatever its extension', async () => {
    const found = await findDocumentFiles([folder.root, join(folder.root, 'a.txt'), join(folder.root, 'sub/e.json'), folder.root]);
    assert.deepEqual(found, [join(folder.root, 'a.txt'), join(folder.root, 'b.md'), join(folder.root, 'sub/deep/d.md'), join(folder.root, 'sub/e.json')]);
  });

  it('takes include and exclude globs', async () => {
    const found = await findDocumentFiles([folder.root], { include: ['**/*.markdown', '*.txt'], exclude: ['**/deep/**'] });
    assert.deepEqual(found, [join(folder.root, 'a.txt'), join(folder.root, 'sub/c.markdown')]);
  });

  it('ignores roots that do not exist', async () => {
    assert.deepEqual(await findDocumentFiles([join(folder.root, 'missing')]), []);
  });

  it('finds registries', async () => {
    folder.write('sub/news.entities.json', '{}');
    assert.deepEqual(await findRegistryFiles([folder.root]), [join(folder.root, 'entities.json'), join(folder.root, 'sub/news.entities.json')]);
  });

  it('exports the defaults', () => {
    assert.deepEqual(DEFAULT_INCLUDE, ['**/*.{txt,md}']);
    assert.deepEqual(DEFAULT_EXCLUDE, ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**']);
    assert.equal(DEFAULT_MAX_FILE_BYTES, 5 * 1024 * 1024);
  });
});

describe('readDocumentFile', () => {
  let folder: TempFolder;
  before(() => {
    folder = tempFolder();
  });
  after(() => folder.dispose());

  it('reads text with its language id', async () => {
    const result = await readDocumentFile(folder.write('a.md', '# Hi\r\nthere 🚀'), DEFAULT_MAX_FILE_BYTES);
    assert.deepEqual(result, { ok: true, text: '# Hi\r\nthere 🚀', languageId: 'markdown', replacedInvalidUtf8: false });
  });

  it('reads an empty file', async () => {
    assert.deepEqual(await readDocumentFile(folder.write('e.txt', ''), 10), { ok: true, text: '', languageId: 'plaintext', replacedInvalidUtf8: false });
  });

  it('strips a UTF-8 BOM, as the editor does', async () => {
    const result = await readDocumentFile(folder.write('bom.txt', '\uFEFFHello'), 100);
    assert.equal(result.ok && result.text, 'Hello');
  });

  it('keeps a literal U+FFFD without reporting a replacement', async () => {
    const result = await readDocumentFile(folder.write('fffd.txt', 'a\uFFFDb'), 100);
    assert.deepEqual(result.ok && [result.text, result.replacedInvalidUtf8], ['a\uFFFDb', false]);
  });

  it('replaces invalid UTF-8 and says so', async () => {
    const result = await readDocumentFile(folder.write('bad.txt', Buffer.from([0x61, 0xc3, 0x28, 0x62, 0xff])), 100);
    assert.deepEqual(result.ok && [result.text, result.replacedInvalidUtf8], ['a\uFFFD(b\uFFFD', true]);
  });

  it('skips a binary file', async () => {
    const result = await readDocumentFile(folder.write('bin.txt', Buffer.from([1, 2, 0, 3])), 100);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /binary/);
  });

  it('skips a file over the cap, naming the setting and the flag', async () => {
    const result = await readDocumentFile(folder.write('big.txt', 'x'.repeat(2048)), 1024);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /entityLens\.files\.maxSizeMB.*--max-file-size-mb/);
  });

  it('reports a missing file or a folder without throwing', async () => {
    const missing = await readDocumentFile(join(folder.root, 'nope.txt'), 100);
    assert.match(!missing.ok ? missing.reason : '', /ENOENT/);
    const dir = await readDocumentFile(folder.root, 100);
    assert.match(!dir.ok ? dir.reason : '', /not a regular file/);
  });
});
