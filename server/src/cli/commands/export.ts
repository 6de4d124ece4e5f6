/**
 * `entity-lens export --format brat|jsonl|conll PATH... --out DIR` (DESIGN.md §6, issue 6): the engine's
 * entities (and, for brat, its relations) in the formats annotation tools and NLP pipelines read.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCorpus, ParagraphCache } from '../../analysis/index';
import { exportFiles } from '../../formats/exportFiles';
import { annotate, type AnnotatedDocument } from '../../formats/spans';
import { writeFileAtomic } from '../../workspace/atomicWrite';
import { DEFAULT_MAX_FILE_BYTES } from '../../workspace/files';
import { numberFlag, UsageError, type ParsedArgs } from '../args';
import type { Command, CommandIO } from '../command';
import { loadCorpus, type LoadedDocument } from '../load';

const BYTES_PER_MB = 1024 * 1024;
const FORMATS = ['brat', 'jsonl', 'conll'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: entity-lens export --format brat|jsonl|conll --out DIR PATH...

Writes the people, organizations and figures found in .txt and .md files (folders are searched recursively; a
registry found under PATH is used) for annotation tools and NLP pipelines. Labels are PERSON, ORG, MONEY,
PERCENT, CARDINAL and DATE.

Formats:
  brat    brat standoff: for each file, a copy of its text as DIR/<path>.txt (a .txt file keeps its name, other
          files get .txt appended: a.md -> a.md.txt) and the annotations next to it (a.ann, a.md.ann), paths
          mirrored relative to the PATH folder; T lines for entities, R lines for relations; plus an
          annotation.conf. Offsets are Unicode code points, as brat counts them.
  jsonl   DIR/entities.jsonl: one {"text", "spans": [{"start", "end", "label"}], "meta": {"path"}} per file,
          the spaCy/Prodigy form (offsets in code points).
  conll   DIR/entities.conll: CoNLL IOB2, "token<TAB>tag", a blank line after each sentence, -DOCSTART- before
          each file (files in sorted order). Tokens: split on white space, cut at entity edges, then leading
          and trailing punctuation peeled off one character per token (inner - ' . & stay).

Options:
  --format brat|jsonl|conll   the output format (required)
  --out DIR                   the output folder, created if missing (required)
  --max-file-size-mb N        skip files larger than N MB (default ${DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB})
  -h, --help                  show this help`;

/** The export command. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write entities as brat standoff, spaCy/Prodigy JSONL or CoNLL IOB2',
  usage: USAGE,
  flags: { format: 'string', out: 'string', 'max-file-size-mb': 'number' },
  run: runExport,
};

async function runExport(args: ParsedArgs, io: CommandIO): Promise<number> {
  const format = parseFormat(args.flags.get('format'));
  const out = args.flags.get('out');
  if (typeof out !== 'string' || out === '') {
    throw new UsageError('export needs --out DIR');
  }
  if (args.positionals.length === 0) {
    throw new UsageError('export needs at least one PATH (a file or a folder)');
  }
  const maxBytes = Math.floor(numberFlag(args, 'max-file-size-mb', DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB) * BYTES_PER_MB);
  const warn = (line: string): void => io.err(`entity-lens: ${line}`);
  const { documents, registry } = await loadCorpus(args.positionals, { cwd: io.cwd, maxBytes, warn });
  const { analyses } = analyzeCorpus(documents, registry, new ParagraphCache());
  const annotated = documents.map((d) => annotate(d.path, d.text, analyses.get(d.uri)!));
  const dir = resolve(io.cwd, out);
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot create '${out}': ${error.code ?? error.message}`);
  });
  const written = await writeFormat(format, dir, annotated, await exportNames(documents, args.positionals, io.cwd));
  io.out(`wrote ${documents.length} ${documents.length === 1 ? 'file' : 'files'} as ${format} to ${written}\n`);
  return 0;
}

function parseFormat(raw: string | number | boolean | undefined): Format {
  const found = FORMATS.find((f) => f === raw);
  if (!found) {
    throw new UsageError(raw === undefined ? 'export needs --format brat, jsonl or conll' : `--format must be brat, jsonl or conll, got '${String(raw)}'`);
  }
  return found;
}

/** Writes the files of `format` under `dir` (the same files the editor command writes); returns what to report as written. */
async function writeFormat(format: Format, dir: string, docs: readonly AnnotatedDocument[], names: readonly string[]): Promise<string> {
  const files = exportFiles(format, docs, names);
  for (const file of files) {
    const path = join(dir, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    // Atomic per file: an export interrupted (or run twice at once) never leaves a half-written .ann or .jsonl.
    await writeFileAtomic(path, file.text);
  }
  return format === 'brat' ? dir : join(dir, files[0]!.path);
}

/**
 * The brat base name of each document ("sub/a" for sub/a.txt, "sub/a.md" for sub/a.md), relative to the
 * PATH folder it was found in (a PATH that is a file contributes its base name). Two files may not share one.
 */
async function exportNames(documents: readonly LoadedDocument[], paths: readonly string[], cwd: string): Promise<string[]> {
  const folders: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if ((await stat(absolute)).isDirectory()) {
      folders.push(absolute);
    }
  }
  const seen = new Map<string, string>();
  return documents.map((doc) => {
    const file = fileURLToPath(doc.uri);
    const folder = folders.find((f) => isInside(f, file));
    const rel = folder ? relative(folder, file).split(sep).join('/') : basename(file);
    const name = rel.endsWith('.txt') ? rel.slice(0, -'.txt'.length) : rel;
    const other = seen.get(name);
    if (other !== undefined) {
      throw new UsageError(`'${other}' and '${doc.path}' would both be exported as ${name}.ann; export them separately`);
    }
    seen.set(name, doc.path);
    return name;
  });
}

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
