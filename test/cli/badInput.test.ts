/**
 * Bad input (issue 2): binary, invalid UTF-8, oversized and empty files, CRLF, emoji and a BOM. Skipped files
 * are reported on stderr and never stop the run; every reported span satisfies
 * `text.slice(start, end) === entity.text`, and line/character match the editor's positions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NEWS, runCli, tempFolder, type CliRun, type TempFolder } from './cliHarness';

interface Span {
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
}
interface JsonReport {
  files: Array<{ path: string; entities: Span[]; claims: Span[] }>;
}

function analyzeJson(folder: TempFolder, extra: string[] = []): { run: CliRun; report: JsonReport } {
  const run = runCli(['analyze', '--json', ...extra, '.'], { cwd: folder.root });
  assert.equal(run.code, 0, run.stderr);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** Asserts every span of `path` in `report` slices `text` to its reported text, at the editor's position. */
function checkSpans(report: JsonReport, path: string, text: string): number {
  const file = report.files.find((f) => f.path === path);
  assert.ok(file, `${path} is in the report`);
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  const spans = [...file.entities, ...file.claims];
  for (const span of spans) {
    assert.equal(text.slice(span.start, span.end), span.text, `${path} ${JSON.stringify(span)}`);
    assert.deepEqual({ line: span.line, character: span.character }, doc.positionAt(span.start));
  }
  return file.entities.length;
}

describe('bad input', () => {
  let folder: TempFolder;
  const crlf = NEWS.replace(/\. /g, '.\r\n\r\n') + '\r\n';
  const emoji = `🚀🚀 Launch day! 🎉\n\n${NEWS.replace('Sam Altman,', 'Sam Altman 🤖,').replace('$800 million', '$800 million 💰')}\n`;
  let run: CliRun;
  let report: JsonReport;

  before(() => {
    folder = tempFolder();
    folder.write('binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x00, 0x41]));
    folder.write('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from(` ${NEWS}`)]));
    folder.write('empty.md', '');
    folder.write('crlf.txt', crlf);
    folder.write('emoji.md', emoji);
    folder.write('bom.txt', `\uFEFF${NEWS}`);
    ({ run, report } = analyzeJson(folder));
  });
  after(() => folder.dispose());

  it('skips a binary file with a message and analyzes the rest', () => {
    assert.match(run.stderr, /binary\.txt: skipped, looks binary/);
    assert.deepEqual(report.files.map((f) => f.path), ['bom.txt', 'crlf.txt', 'emoji.md', 'empty.md', 'latin1.txt']);
  });

  it('replaces invalid UTF-8 with U+FFFD instead of crashing', () => {
    assert.match(run.stderr, /latin1\.txt: invalid UTF-8 replaced/);
    const text = `Caf\uFFFD \uFFFD ${NEWS}`;
    checkSpans(report, 'latin1.txt', text);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(report.files.find((f) => f.path === 'empty.md'), { path: 'empty.md', entities: [], claims: [] });
  });

  it('keeps offsets exact with CRLF line endings', () => {
    assert.ok(checkSpans(report, 'crlf.txt', crlf) > 0, 'entities found in the CRLF file');
  });

  it('keeps offsets exact with emoji (astral characters)', () => {
    assert.ok(checkSpans(report, 'emoji.md', emoji) > 0, 'entities found in the emoji file');
  });

  it('strips a BOM as the editor does, so offsets match the editor text', () => {
    assert.ok(checkSpans(report, 'bom.txt', NEWS) > 0, 'entities found in the BOM file');
  });

  it('skips an over-size file with a message naming the setting and the flag', () => {
    const big = tempFolder();
    try {
      big.write('big.txt', NEWS.repeat(10));
      big.write('small.txt', 'Tiny.');
      const { run: sized, report: sizedReport } = analyzeJson(big, ['--max-file-size-mb', '0.001']);
      assert.match(sized.stderr, /big\.txt: skipped.*entityLens\.files\.maxSizeMB.*--max-file-size-mb/);
      assert.deepEqual(sizedReport.files.map((f) => f.path), ['small.txt']);
    } finally {
      big.dispose();
    }
  });
});
