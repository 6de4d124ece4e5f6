/**
 * ReDoS audit (issue 7): every regular expression written in server/src and client/src goes through `recheck`.
 * A `vulnerable` (or undecided) pattern fails the test with its file:line and recheck's attack string, unless it
 * is on ALLOWED below with the reason its input is bounded. Patterns are matched by file and source, not line,
 * so that edits elsewhere in a file do not invalidate the allowlist; an entry that no longer matches anything fails
 * too, so the list cannot rot. Runtime: about 10 s for ~155 patterns with recheck's native checker.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from 'recheck';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, globToRegExp } from '../../server/src/workspace/files';
import { regexesOf, typeScriptFiles, type DynamicRegex, type FoundRegex } from './regexSources';

/** out/test/reliability -> repository root. */
const ROOT = join(__dirname, '..', '..', '..');
/** Per-pattern limit (ms). The slowest pattern measured took 1.7 s; an undecided pattern fails. */
const RECHECK_TIMEOUT_MS = 15_000;

/** Patterns recheck flags that are safe because what they run on is short. File suffix + exact source + why. */
const ALLOWED: ReadonlyArray<{ file: string; source: string; reason: string }> = [
  {
    file: 'analysis/chunks.ts',
    source: String.raw`^[ \t]*\r?\n?[ \t]*$`,
    reason: 'only tested when the gap between two words is at most 3 characters (the length check comes first)',
  },
  {
    file: 'analysis/claimSources.ts',
    source: String.raw`\[\^[^\]\s]{1,40}\]|\[\d{1,3}\]`,
    reason: 'every repeat is bounded ({1,40}, {1,3}), so each start scans at most 42 characters: linear (fuzzing false positive)',
  },
  {
    file: 'analysis/names.ts',
    source: String.raw`(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|plc|LP|AG|GmbH|SA|S\.A|NV|N\.V|BV|SpA|AB|ASA|Oyj|KK|Pte|Pty|SE)\.?)+$`,
    reason: 'normalizeName runs it on the last SUFFIX_REACH (120) characters of a name only',
  },
  {
    file: 'analysis/entitySlug.ts',
    source: String.raw`^-+|-+$`,
    reason: 'runs on a slug right after /[^a-z0-9.]+/g -> "-", so the text never holds two dashes in a row',
  },
  {
    file: 'analysis/sentences.ts',
    source: String.raw`([\p{L}.]+)$`,
    reason: 'runs on the 12 characters before a period (text.slice(stopStart - 12, stopStart))',
  },
  {
    file: 'cli/main.ts',
    source: String.raw`\s*\n\s*`,
    reason: "oneLine() of the CLI's own error messages: short (a usage message quotes one argv word, ≤ 128 KiB by the OS)",
  },
];

/** `new RegExp(...)` calls with computed sources: each must be listed here with why it is linear. */
const DYNAMIC_ALLOWED: ReadonlyArray<{ file: string; reason: string }> = [
  { file: 'analysis/propagate.ts', reason: 'registry names, each escaped, as one alternation between look-arounds: no nested quantifiers' },
  { file: 'workspace/analyzeSafely.ts', reason: 'the same escaped-alternation shape as propagate.ts' },
  { file: 'workspace/files.ts', reason: 'glob -> regex, run on one relative path (≤ PATH_MAX); the defaults are checked below' },
];

function collect(): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const dirs = ['server/src', 'client/src'].map((d) => join(ROOT, d)).filter((d) => existsSync(d));
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of dirs.flatMap(typeScriptFiles)) {
    const result = regexesOf(file, ROOT);
    found.push(...result.found);
    dynamic.push(...result.dynamic);
  }
  return { found, dynamic };
}

const isAllowed = (r: FoundRegex, a: (typeof ALLOWED)[number]): boolean => r.where.split(':')[0]!.endsWith(a.file) && r.source === a.source;

describe('ReDoS audit of every regular expression', () => {
  const { found, dynamic } = collect();

  it('finds the regular expressions (the extractor works)', () => {
    // A guard against a silently broken extractor: the engine has well over a hundred patterns.
    assert.ok(found.length >= 100, `only ${found.length} regexes found`);
    assert.ok(found.some((r) => r.where.startsWith('server/src/analysis/prose.ts')), 'prose.ts patterns missing');
  });

  it('recheck finds no vulnerable pattern outside the documented allowlist', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    const used = new Set<(typeof ALLOWED)[number]>();
    for (const regex of found) {
      const result = await check(regex.source, regex.flags, { timeout: RECHECK_TIMEOUT_MS });
      if (result.status === 'safe') {
        continue;
      }
      const allowed = ALLOWED.find((a) => isAllowed(regex, a));
      if (allowed) {
        used.add(allowed);
        continue;
      }
      const detail = result.status === 'vulnerable' ? `${result.complexity.summary}, attack ${result.attack.pattern}` : `undecided (${result.error.kind})`;
      failures.push(`${regex.where} /${regex.source}/${regex.flags}: ${detail}`);
    }
    assert.deepEqual(failures, [], `catastrophic backtracking:\n${failures.join('\n')}`);
    const stale = ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.file} /${a.source}/`);
    assert.deepEqual(stale, [], 'allowlist entries that no longer match a vulnerable pattern: remove them');
  });

  it('every regex built from a computed source is accounted for', () => {
    const unknown = dynamic.filter((d) => !DYNAMIC_ALLOWED.some((a) => d.where.split(':')[0]!.endsWith(a.file)));
    assert.deepEqual(unknown.map((d) => `${d.where}: ${d.expression}`), []);
  });

  it('the default include and exclude globs compile to patterns that are at worst polynomial', async () => {
    // `**/x/**` -> ^(?:[^/]*\/)*x\/.*$ is quadratic (a "x/" segment can be the loop or the literal), which is
    // acceptable: it runs on one relative path, at most PATH_MAX (4096) characters. Exponential would not be.
    for (const glob of [...DEFAULT_INCLUDE, ...DEFAULT_EXCLUDE]) {
      const re = globToRegExp(glob);
      const result = await check(re.source, re.flags, { timeout: RECHECK_TIMEOUT_MS });
      const ok = result.status === 'safe' || (result.status === 'vulnerable' && result.complexity.type === 'polynomial' && result.complexity.degree <= 2);
      assert.ok(ok, `${glob} -> ${re.source}: ${result.status}`);
    }
  });

  it('the registry pattern shape is linear for a sample registry', async () => {
    // The shape propagate.ts builds, with names escaped as it escapes them.
    const names = ['stoke space', 'sam altman', 'openai', 'a.b. (c)'].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const source = `(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`;
    const result = await check(source, 'giu', { timeout: RECHECK_TIMEOUT_MS });
    assert.equal(result.status, 'safe', source);
  });
});
