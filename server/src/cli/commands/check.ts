/**
 * `entity-lens check [--format text|json|sarif] [--fail-on error|warning|info] PATH...` (DESIGN.md §6): the CI
 * gate for sourcing. Exit 0 when no finding is at or above --fail-on, 1 when one is, 2 for usage/input errors.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeCorpus, ParagraphCache } from '../../analysis/index';
import { DEFAULT_MAX_FILE_BYTES, MAX_SIZE_SETTING } from '../../workspace/files';
import { loadAcknowledgements } from '../acknowledgementFiles';
import { numberFlag, UsageError, type ParsedArgs } from '../args';
import { collectFindings } from '../checkFindings';
import { renderCheckJson, renderCheckText, summarize } from '../checkReport';
import { atOrAbove, parseFailOn, parseSeverities, RULES } from '../checkRules';
import type { Command, CommandIO } from '../command';
import { loadCorpus } from '../load';
import { buildSarif, serializeSarif } from '../sarif';

const BYTES_PER_MB = 1024 * 1024;

const USAGE = `Usage: entity-lens check [options] PATH...

Checks .txt and .md files (folders are searched recursively) for claims that need a source and figures stated
differently in two files, and fails like a linter: exit 0 when clean, 1 when a finding is at or above
--fail-on, 2 for a usage or input error.

Codes and default severities:
${RULES.map((r) => `  ${r.id.padEnd(20)} ${r.defaultSeverity.padEnd(8)} ${r.title}`).join('\n')}

Silencing: in Markdown, <!-- entity-lens-disable-next-line [CODE...] --> or a block between
<!-- entity-lens-disable [CODE...] --> and <!-- entity-lens-enable -->; or a record in
.entity-lens/acknowledgements.json (in the working directory or a PATH folder), keyed by sentence text.

Options:
  --format text|json|sarif  output format (default text: "path:line:col severity code message", 1-based,
                            columns in UTF-16 code units; sarif: SARIF 2.1.0 for code-scanning upload)
  --fail-on error|warning|info
                            the lowest severity that fails the run (default warning)
  --severity CODE=LEVEL[,CODE=LEVEL...]
                            override severities; LEVEL is error, warning, info, hint or off
  --max-file-size-mb N      skip files larger than N MB (default ${DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB}; the editor's setting is ${MAX_SIZE_SETTING})
  -h, --help                show this help`;

/** The check command. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'report unsourced claims and inconsistent figures; exit 1 on findings (CI gate)',
  usage: USAGE,
  flags: { format: 'string', 'fail-on': 'string', severity: 'string', 'max-file-size-mb': 'number' },
  run: runCheck,
};

type Format = 'text' | 'json' | 'sarif';

async function runCheck(args: ParsedArgs, io: CommandIO): Promise<number> {
  const format = parseFormat(args.flags.get('format'));
  const failOn = parseFailOn(stringFlag(args, 'fail-on'));
  const severities = parseSeverities(stringFlag(args, 'severity'));
  if (args.positionals.length === 0) {
    throw new UsageError('check needs at least one PATH (a file or a folder)');
  }
  const maxBytes = Math.floor(numberFlag(args, 'max-file-size-mb', DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB) * BYTES_PER_MB);
  const warn = (line: string): void => io.err(`entity-lens: ${line}`);
  const { documents, registry } = await loadCorpus(args.positionals, { cwd: io.cwd, maxBytes, warn });
  const acknowledgements = await loadAcknowledgements(args.positionals, io.cwd, warn);
  const corpus = analyzeCorpus(documents, registry, new ParagraphCache());
  const result = collectFindings(documents, corpus, severities, acknowledgements);
  const summary = summarize(result, documents.length);
  if (format === 'sarif') {
    const log = buildSarif(result.findings, { toolVersion: toolVersion(), cwd: resolve(io.cwd), severities });
    io.out(`${serializeSarif(log)}\n`);
  } else {
    io.out(format === 'json' ? renderCheckJson(result, summary) : renderCheckText(result, summary));
  }
  return result.findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}

function parseFormat(raw: string | number | boolean | undefined): Format {
  if (raw === undefined || raw === 'text' || raw === 'json' || raw === 'sarif') {
    return raw ?? 'text';
  }
  throw new UsageError(`--format must be text, json or sarif, got '${String(raw)}'`);
}

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** The package version, read next to the bundle (server/dist/cli.js -> package.json), for the SARIF driver. */
function toolVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
