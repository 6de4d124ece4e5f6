/**
 * `entity-lens check` (issue 4), run through the built bundle: the text and JSON formats, exit codes and
 * --fail-on, severities, suppression comments and the acknowledgements file, and SARIF output validated
 * against the published SARIF 2.1.0 schema.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { lines, REPO_ROOT, runCli, tempFolder, type TempFolder } from './cliHarness';

const HEDGE = 'Reportedly, Lumora Labs is weighing a sale of its battery unit.';
const FIGURE = 'Lumora Labs spent $45 million on new plants last year.';
const CLEAN = 'Jane Okafor founded Lumora Labs in 2019.';

interface JsonFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  text: string;
  sentence: string;
  related: Array<{ path: string; line: number; column: number }>;
}

interface JsonCheck {
  findings: JsonFinding[];
  summary: Record<string, number>;
}

/** Runs check in a fresh folder holding `files`. */
function checkIn(files: Record<string, string>, args: readonly string[]): ReturnType<typeof runCli> {
  const folder = tempFolder();
  try {
    for (const [path, text] of Object.entries(files)) {
      folder.write(path, text);
    }
    return runCli(['check', ...args], { cwd: folder.root });
  } finally {
    folder.dispose();
  }
}

function json(files: Record<string, string>, args: readonly string[] = ['.']): JsonCheck {
  const run = checkIn(files, ['--format', 'json', ...args]);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return JSON.parse(run.stdout) as JsonCheck;
}

describe('check: text format', () => {
  it('prints path:line:col severity code message, 1-based and sorted, then a summary', () => {
    const run = checkIn({ 'b.md': `# Title\n\n${HEDGE}\n`, 'a.txt': `${CLEAN}\n${FIGURE}` }, ['.']);
    assert.equal(run.code, 1, run.stderr);
    const out = lines(run.stdout);
    assert.equal(out[0], "a.txt:2:19 info unsourced-figure '$45 million' is stated as fact without a source: add who reported or estimated it.");
    assert.match(out[1]!, /^b\.md:3:1 warning hedged-claim 'Reportedly' has no named source/);
    assert.equal(out[2], '2 problems (0 errors, 1 warning, 1 info) in 2 files');
    assert.equal(run.stderr, '');
  });

  it('counts columns in UTF-16 code units', () => {
    const found = json({ 'a.md': `\u{1F6F0}\uFE0F ${HEDGE}` }).findings;
    assert.deepEqual(found.map((f) => [f.line, f.column, f.endColumn]), [[1, 5, 15]]);
  });

  it('says so when clean', () => {
    const run = checkIn({ 'a.md': CLEAN }, ['.']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'no problems in 1 file\n');
  });
});

describe('check: exit codes and severities', () => {
  const rows: ReadonlyArray<readonly [string, string, readonly string[], number]> = [
    ['clean text', CLEAN, [], 0],
    ['a warning fails by default', HEDGE, [], 1],
    ['info does not fail by default', FIGURE, [], 0],
    ['info fails with --fail-on info', FIGURE, ['--fail-on', 'info'], 1],
    ['a warning passes --fail-on error', HEDGE, ['--fail-on', 'error'], 0],
    ['raised to error, it fails --fail-on error', HEDGE, ['--fail-on', 'error', '--severity', 'hedged-claim=error'], 1],
    ['turned off, it is not reported', HEDGE, ['--severity', 'hedged-claim=off,unsourced-figure=warning'], 0],
    ['lowered to hint, it passes --fail-on info', HEDGE, ['--fail-on', 'info', '--severity=hedged-claim=hint'], 0],
  ];
  for (const [name, text, args, code] of rows) {
    it(name, () => {
      const run = checkIn({ 'a.md': text }, [...args, '.']);
      assert.equal(run.code, code, run.stdout + run.stderr);
    });
  }

  const usageRows: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['no PATH', []],
    ['a missing PATH', ['missing.md']],
    ['an unknown format', ['--format', 'xml', '.']],
    ['an unknown --fail-on', ['--fail-on', 'hint', '.']],
    ['an unknown code in --severity', ['--severity', 'made-up=error', '.']],
    ['a bad level in --severity', ['--severity', 'hedged-claim=loud', '.']],
    ['an unknown option', ['--fix', '.']],
  ];
  for (const [name, args] of usageRows) {
    it(`exits 2 with one line on stderr for ${name}`, () => {
      const run = checkIn({ 'a.md': HEDGE }, args);
      assert.equal(run.code, 2, run.stdout);
      assert.equal(lines(run.stderr).length, 1, run.stderr);
      assert.match(run.stderr, /^entity-lens: /);
      assert.equal(run.stdout, '');
    });
  }
});

describe('check: JSON format', () => {
  it('gives 1-based positions, the sentence and a summary', () => {
    const report = json({ 'a.md': `# T\n\n${HEDGE} ${FIGURE}` });
    assert.deepEqual(report.findings.map((f) => [f.code, f.severity, f.line, f.column, f.text]), [
      ['hedged-claim', 'warning', 3, 1, 'Reportedly'],
      ['unsourced-figure', 'info', 3, HEDGE.length + 2 + FIGURE.indexOf('$'), '$45 million'],
    ]);
    assert.equal(report.findings[0]!.sentence, HEDGE);
    assert.deepEqual(report.summary, { files: 1, problems: 2, errors: 0, warnings: 1, info: 1, hints: 0, suppressed: 0, acknowledged: 0 });
  });
});

describe('check: suppression and acknowledgement', () => {
  it('honours disable-next-line and disable/enable blocks', () => {
    const text = [
      '<!-- entity-lens-disable-next-line -->',
      HEDGE,
      '',
      '<!-- entity-lens-disable unsourced-figure -->',
      `${FIGURE} ${HEDGE}`,
      '<!-- entity-lens-enable -->',
      FIGURE,
    ].join('\n');
    const report = json({ 'a.md': text });
    assert.deepEqual(report.findings.map((f) => [f.line, f.code]), [[5, 'hedged-claim'], [7, 'unsourced-figure']]);
    assert.equal(report.summary['suppressed'], 2);
  });

  it('honours the acknowledgements file, keyed by sentence text, wherever the sentence moved', () => {
    const acknowledgements = {
      version: 1,
      acknowledgements: [{ sentence: HEDGE.replace(' a sale', '\n  a sale'), code: 'hedged-claim', reason: 'Source: interview notes, 2 May' }],
    };
    const report = json({ 'docs/a.md': `# Moved\n\nNew intro.\n\n${HEDGE}`, '.entity-lens/acknowledgements.json': JSON.stringify(acknowledgements) });
    assert.deepEqual(report.findings, []);
    assert.equal(report.summary['acknowledged'], 1);
  });

  it('finds the acknowledgements file in a PATH folder', () => {
    const ack = { version: 1, acknowledgements: [{ sentence: HEDGE, code: 'hedged-claim', reason: 'checked' }] };
    const run = checkIn({ 'site/a.md': HEDGE, 'site/.entity-lens/acknowledgements.json': JSON.stringify(ack) }, ['site']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  it('warns about a broken acknowledgements file and still checks', () => {
    const run = checkIn({ 'a.md': HEDGE, '.entity-lens/acknowledgements.json': '{"version": 1, "acknowledgements": [{}]}' }, ['.']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^entity-lens: warning: \.entity-lens\/acknowledgements\.json acknowledgements\[0\]\.sentence: must be a non-empty string/);
  });
});

describe('check: inconsistent figures', () => {
  it('reports both places, each pointing at the other', () => {
    const intro = 'Kestrel Orbital Inc. builds satellites. ';
    const report = json({ 'a.md': `${intro}Kestrel closed a $1.5bn funding round.`, 'b.txt': `${intro}Kestrel closed a $1.2bn funding round.` });
    const found = report.findings.filter((f) => f.code === 'inconsistent-figure');
    assert.deepEqual(found.map((f) => [f.path, f.text, f.severity, f.related.map((r) => r.path)]), [
      ['a.md', '$1.5bn', 'warning', ['b.txt']],
      ['b.txt', '$1.2bn', 'warning', ['a.md']],
    ]);
  });
});

/** The SARIF 2.1.0 schema as published in @microsoft/jest-sarif, or undefined when it is not installed. */
function sarifSchema(): Record<string, unknown> | undefined {
  const file = join(REPO_ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  if (!existsSync(file)) {
    return undefined;
  }
  // The file is draft-04; its only draft-04 construct is the top-level "id" (no boolean exclusiveMinimum), so
  // renaming it to "$id" makes it an equivalent draft-07 schema for Ajv 8.
  const { id, $schema: _draft, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { $id: id, ...rest };
}

describe('check: SARIF', { skip: sarifSchema() === undefined ? 'devDependency @microsoft/jest-sarif (the SARIF schema) is not installed' : false }, () => {
  let validate: ReturnType<Ajv['compile']>;
  let folder: TempFolder;
  before(() => {
    // unicodeRegExp off: the published schema's "language" pattern has a stray "]", legal only without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(sarifSchema()!);
    folder = tempFolder();
  });
  after(() => folder.dispose());

  const sarifOf = (args: readonly string[], cwd: string): { code: number | null; log: Record<string, any> } => {
    const run = runCli(['check', '--format', 'sarif', ...args], { cwd });
    return { code: run.code, log: JSON.parse(run.stdout) as Record<string, any> };
  };

  it('validates on the seeds, and the seeds fail the gate', () => {
    const { code, log } = sarifOf(['seeds'], REPO_ROOT);
    assert.equal(code, 1);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    assert.ok(log['runs'][0].results.length > 0);
  });

  it('describes the tool, its rules and each result as code scanning expects', () => {
    folder.write('docs/a b.md', `# T\n\n${HEDGE}\n`);
    const { log } = sarifOf(['docs'], folder.root);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const run = log['runs'][0];
    assert.equal(log['version'], '2.1.0');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'entity-lens');
    assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), ['hedged-claim', 'vague-attribution', 'unsourced-figure', 'inconsistent-figure']);
    run.tool.driver.rules.forEach((r: any) => assert.ok(r.help.text.length > 20));
    assert.ok(run.tool.driver.rules[0].help.markdown.includes('`<!-- entity-lens-disable-next-line hedged-claim -->`'));
    const [result] = run.results;
    assert.equal(result.ruleId, 'hedged-claim');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 11, snippet: { text: 'Reportedly' } },
    });
    assert.match(Object.values(result.partialFingerprints)[0] as string, /^[0-9a-f]{32}:1$/);
  });

  it('keeps a fingerprint when lines move', () => {
    folder.write('moved.md', `# T\n\n${HEDGE}\n`);
    const first = sarifOf(['moved.md'], folder.root).log['runs'][0].results[0];
    folder.write('moved.md', `# T\n\nA new first paragraph.\n\n${HEDGE}\n`);
    const second = sarifOf(['moved.md'], folder.root).log['runs'][0].results[0];
    assert.notEqual(first.locations[0].physicalLocation.region.startLine, second.locations[0].physicalLocation.region.startLine);
    assert.deepEqual(first.partialFingerprints, second.partialFingerprints);
  });

  it('keeps hostile names and sentences plain: escaped brackets, visible controls, no markup in the log text', () => {
    const hostile = tempFolder();
    try {
      const name = 'Nyx \u2066Labs\u2069 [x](command:evil) <img src=x onerror=alert(1)> </script>';
      hostile.write('entities.json', JSON.stringify({ entities: [{ name, kind: 'organization', aliases: ['Nyx Ltd.'] }] }));
      hostile.write('a.md', 'Reportedly, Nyx Ltd. is valued at $2bn. </script><script>alert(2)</script> \u202Eevil\n');
      hostile.write('b <img>[x](command:evil).md', 'Nyx Ltd. is valued at $3bn.\n');
      const run = runCli(['check', '--format', 'sarif', '.'], { cwd: hostile.root });
      assert.doesNotMatch(run.stdout, /[<>&\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/, 'markup and invisible characters are \\u-escaped in the log text');
      const log = JSON.parse(run.stdout) as Record<string, any>;
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
      const results: any[] = log['runs'][0].results;
      const messages = [...results.map((r) => r.message), ...results.flatMap((r) => r.relatedLocations ?? []).map((r: any) => r.message)];
      assert.ok(messages.length > 2);
      for (const message of messages) {
        assert.deepEqual(Object.keys(message), ['text'], 'plain text only, no markdown');
        assert.doesNotMatch(message.text, /(?<!\\)[[\]]|[\u202A-\u202E\u2066-\u2069\u200B\u200F]/, `brackets escaped, controls visible: ${message.text}`);
      }
      const inconsistent = results.find((r) => r.ruleId === 'inconsistent-figure' && r.locations[0].physicalLocation.artifactLocation.uri === 'a.md');
      assert.ok(inconsistent, JSON.stringify(results.map((r) => r.ruleId)));
      const unescaped = inconsistent.message.text.replace(/\\([[\]\\])/g, '$1');
      assert.ok(unescaped.startsWith("Nyx [U+2066]Labs[U+2069] [x](command:evil) <img src=x onerror=alert(1)> </script>'s valuation is $2bn here"), unescaped);
      // The snippet is the file's own text: exact, only \u-escaped in the log text.
      assert.ok(results.some((r) => r.locations[0].physicalLocation.region.snippet.text === 'Reportedly'));
      assert.ok(results.some((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'b%20%3Cimg%3E%5Bx%5D(command%3Aevil).md'));
    } finally {
      hostile.dispose();
    }
  });

  it('maps info to note, and an off rule to a disabled configuration', () => {
    folder.write('fig.md', FIGURE);
    const { log } = sarifOf(['--severity', 'hedged-claim=off', 'fig.md'], folder.root);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    assert.deepEqual(log['runs'][0].results.map((r: any) => r.level), ['note']);
    assert.equal(log['runs'][0].tool.driver.rules[0].defaultConfiguration.enabled, false);
  });
});
