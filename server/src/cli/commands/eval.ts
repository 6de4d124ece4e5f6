/**
 * `entity-lens eval --gold FILE PATH...` (issue 6): scores the engine's entities on PATH against gold
 * annotations (entity-lens gold JSON, brat, JSONL or CoNLL) with exact-span precision, recall and F1 per type,
 * the same scorer the quality tests use.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCorpus, ontoNotesType, ParagraphCache } from '../../analysis/index';
import { formatScores, SpanScorer, type TypeScore } from '../../evaluation/score';
import * as brat from '../../formats/brat';
import * as conll from '../../formats/conll';
import * as jsonl from '../../formats/jsonl';
import type { LabeledSpan } from '../../formats/spans';
import { DEFAULT_MAX_FILE_BYTES, findDocumentFiles } from '../../workspace/files';
import { flag, numberFlag, UsageError, type ParsedArgs } from '../args';
import type { Command, CommandIO } from '../command';
import { loadCorpus, type LoadedDocument } from '../load';

const BYTES_PER_MB = 1024 * 1024;
const GOLD_FORMATS = ['json', 'brat', 'jsonl', 'conll'] as const;
type GoldFormat = (typeof GOLD_FORMATS)[number];

const USAGE = `Usage: entity-lens eval --gold FILE [options] PATH...

Scores the entities Entity Lens finds in the .txt and .md files under PATH (with the registry found there, as
analyze does) against gold annotations, and prints exact-span precision, recall and F1 per type (PERSON, ORG,
MONEY, PERCENT, CARDINAL, DATE) and a micro-averaged ALL row. A prediction counts only with the exact start,
end and type of a gold span.

Gold formats (detected from the extension, then the content; or set with --gold-format):
  json    entity-lens gold JSON: {"files": {"relative/path.md": {"entities": [{"start", "end", "type"}]}}},
          paths relative to the gold file, offsets in UTF-16 code units
  brat    a folder of .ann files (searched recursively) or one .ann file; each is matched to the PATH file with
          the same text as the .txt next to it (as 'export --format brat' writes them)
  jsonl   {"text", "spans": [{"start", "end", "label"}]} per line, matched to PATH files by text
  conll   CoNLL IOB2 as 'export --format conll' writes it: one -DOCSTART- per PATH file, in sorted order

Options:
  --gold FILE               the gold annotations (required)
  --gold-format json|brat|jsonl|conll
  --types T1,T2             score only these types (the ALL row sums them)
  --json                    print {"gold", "format", "files", "scores": [{"type", "precision", "recall", "f1",
                            "truePositives", "falsePositives", "falseNegatives"}]}
  --max-file-size-mb N      skip files larger than N MB (default ${DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB})
  -h, --help                show this help`;

/** The eval command. */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'score entities against gold annotations (precision, recall, F1 per type)',
  usage: USAGE,
  flags: { gold: 'string', 'gold-format': 'string', types: 'string', json: 'boolean', 'max-file-size-mb': 'number' },
  run: runEval,
};

async function runEval(args: ParsedArgs, io: CommandIO): Promise<number> {
  const gold = args.flags.get('gold');
  if (typeof gold !== 'string' || gold === '') {
    throw new UsageError('eval needs --gold FILE');
  }
  if (args.positionals.length === 0) {
    throw new UsageError('eval needs at least one PATH (a file or a folder)');
  }
  const types = parseTypes(args.flags.get('types'));
  const maxBytes = Math.floor(numberFlag(args, 'max-file-size-mb', DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB) * BYTES_PER_MB);
  const warn = (line: string): void => io.err(`entity-lens: ${line}`);
  const { documents, registry } = await loadCorpus(args.positionals, { cwd: io.cwd, maxBytes, warn });
  const goldPath = resolve(io.cwd, gold);
  const format = await goldFormat(goldPath, gold, args.flags.get('gold-format'));
  const goldSpans = await loadGold(goldPath, format, documents);
  const unscored = documents.filter((_, i) => !goldSpans.has(i));
  if (unscored.length > 0) {
    warn(`warning: ${unscored.length} file(s) under PATH have no gold annotations and were not scored (first: ${unscored[0]!.path})`);
  }
  const { analyses } = analyzeCorpus(documents, registry, new ParagraphCache());
  const scorer = new SpanScorer();
  for (const [index, spans] of goldSpans) {
    const doc = documents[index]!;
    const predicted = analyses.get(doc.uri)!.mentions.map((m) => ({ start: m.start, end: m.end, type: ontoNotesType(m) }));
    scorer.add(doc.path, predicted, spans.map((s) => ({ start: s.start, end: s.end, type: s.label })));
  }
  const rows = selectRows(scorer, types);
  if (flag(args, 'json')) {
    io.out(`${JSON.stringify({ gold, format, files: goldSpans.size, scores: rows }, null, 2)}\n`);
  } else {
    io.out(`${goldSpans.size} ${goldSpans.size === 1 ? 'file' : 'files'} scored against ${gold} (${format}), exact spans:\n${formatScores(rows)}\n`);
  }
  return 0;
}

function parseTypes(raw: string | number | boolean | undefined): string[] | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const types = String(raw)
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (types.length === 0) {
    throw new UsageError('--types needs a comma-separated list such as PERSON,ORG');
  }
  return types;
}

/** The per-type rows (only `types` when given) and the ALL row over them. */
function selectRows(scorer: SpanScorer, types: readonly string[] | undefined): TypeScore[] {
  const rows = scorer.scores(types);
  return types ? rows.filter((r) => r.type === 'ALL' || types.includes(r.type)) : rows;
}

/** The gold format: --gold-format, else a folder is brat, else the extension, else the content. */
async function goldFormat(path: string, shown: string, raw: string | number | boolean | undefined): Promise<GoldFormat> {
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    throw new UsageError(`cannot read gold '${shown}': no such file or folder`);
  }
  if (raw !== undefined) {
    const chosen = GOLD_FORMATS.find((f) => f === raw);
    if (!chosen) {
      throw new UsageError(`--gold-format must be json, brat, jsonl or conll, got '${String(raw)}'`);
    }
    return chosen;
  }
  if (info.isDirectory()) {
    return 'brat';
  }
  const byExtension: Record<string, GoldFormat> = { '.ann': 'brat', '.jsonl': 'jsonl', '.json': 'json', '.conll': 'conll', '.iob': 'conll', '.bio': 'conll' };
  return byExtension[extname(path).toLowerCase()] ?? sniff(await readFile(path, 'utf8'));
}

function sniff(content: string): GoldFormat {
  const start = content.trimStart();
  if (start.startsWith('{')) {
    try {
      JSON.parse(content);
      return 'json';
    } catch {
      return 'jsonl';
    }
  }
  return /^T\d+\t/m.test(content) ? 'brat' : 'conll';
}

/** Gold spans by index into `documents`. Throws UsageError for unreadable gold or files missing from PATH. */
async function loadGold(path: string, format: GoldFormat, documents: readonly LoadedDocument[]): Promise<Map<number, LabeledSpan[]>> {
  try {
    switch (format) {
      case 'json':
        return goldFromJson(path, await readFile(path, 'utf8'), documents);
      case 'brat':
        return await goldFromBrat(path, documents);
      case 'jsonl':
        return goldFromJsonl(await readFile(path, 'utf8'), documents);
      case 'conll':
        return new Map(conll.readAll(await readFile(path, 'utf8'), documents.map((d) => d.text)).map((spans, i) => [i, spans]));
    }
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`gold ${format}: ${(error as Error).message}`);
  }
}

function goldFromJson(path: string, content: string, documents: readonly LoadedDocument[]): Map<number, LabeledSpan[]> {
  const parsed = JSON.parse(content) as { files?: Record<string, { entities?: Array<{ start: number; end: number; type: string }> }> };
  if (typeof parsed.files !== 'object' || parsed.files === null) {
    throw new UsageError('gold JSON needs a "files" object (entity-lens gold format)');
  }
  const byPath = new Map(documents.map((d, i) => [fileURLToPath(d.uri), i]));
  const gold = new Map<number, LabeledSpan[]>();
  for (const [name, file] of Object.entries(parsed.files)) {
    const index = byPath.get(resolve(dirname(path), name));
    if (index === undefined) {
      throw new UsageError(`gold names '${name}', which is not among the files under PATH`);
    }
    gold.set(index, (file.entities ?? []).map((e) => ({ start: e.start, end: e.end, label: e.type })));
  }
  return gold;
}

async function goldFromBrat(path: string, documents: readonly LoadedDocument[]): Promise<Map<number, LabeledSpan[]>> {
  const isFolder = (await stat(path)).isDirectory();
  const annFiles = isFolder ? await findDocumentFiles([path], { include: ['**/*.ann'] }) : [path];
  const match = textMatcher(documents);
  const gold = new Map<number, LabeledSpan[]>();
  for (const ann of annFiles) {
    const base = ann.slice(0, -'.ann'.length);
    const text = (await readFile(`${base}.txt`, 'utf8').catch(() => undefined)) ?? (await readFile(base, 'utf8').catch(() => undefined));
    if (text === undefined) {
      throw new UsageError(`no ${base}.txt next to ${ann}`);
    }
    gold.set(match(text, ann), brat.readSpans(await readFile(ann, 'utf8'), text));
  }
  return gold;
}

function goldFromJsonl(content: string, documents: readonly LoadedDocument[]): Map<number, LabeledSpan[]> {
  const match = textMatcher(documents);
  const gold = new Map<number, LabeledSpan[]>();
  jsonl.readAll(content).forEach((record, line) => {
    gold.set(match(record.text, record.path ?? `record ${line + 1}`), record.spans);
  });
  return gold;
}

/** Matches gold texts to PATH documents with the same text, each document at most once. */
function textMatcher(documents: readonly LoadedDocument[]): (text: string, what: string) => number {
  const used = new Set<number>();
  return (text, what) => {
    const index = documents.findIndex((d, i) => !used.has(i) && d.text === text);
    if (index < 0) {
      throw new UsageError(`the text of gold ${what} matches no file under PATH`);
    }
    used.add(index);
    return index;
  };
}
