/**
 * `entity-lens analyze [--json] PATH...` and `entity-lens analyze --stdin-json` (DESIGN.md §6).
 */
import { analyzeCorpus, ParagraphCache } from '../../analysis/index';
import { DEFAULT_MAX_FILE_BYTES, MAX_SIZE_SETTING } from '../../workspace/files';
import { flag, numberFlag, UsageError, type ParsedArgs } from '../args';
import { analyzeBatch, parseBatchInput } from '../batch';
import type { Command, CommandIO } from '../command';
import { buildJsonReport } from '../jsonReport';
import { loadCorpus } from '../load';
import { createStyle, wantsColor } from '../style';
import { renderTextReport } from '../textReport';

const BYTES_PER_MB = 1024 * 1024;

const USAGE = `Usage: entity-lens analyze [options] PATH...
       entity-lens analyze --stdin-json < items.json

Lists the people, organizations and figures in .txt and .md files (folders are searched recursively; a
registry, entities.json or *.entities.json, found under PATH is used), and the claims that need a source.

Options:
  --json                  print JSON: {"files": [{"path", "entities", "claims"}], "entities": [...]};
                          "line" and "character" are zero-based, "start"/"end" are UTF-16 offsets
  --stdin-json            batch mode: read [{"id", "text"}] from stdin, write
                          [{"id", "entities": [{"start", "end", "type"}], "claims": [{"start", "end", "kind"}]}]
                          with types PERSON, ORG, MONEY, PERCENT, CARDINAL, DATE
  --max-file-size-mb N    skip files larger than N MB (default ${DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB}; the editor's setting is ${MAX_SIZE_SETTING})
  --no-color              no colours (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help              show this help`;

/** The analyze command. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'list people, organizations, figures and unsourced claims',
  usage: USAGE,
  flags: { json: 'boolean', 'stdin-json': 'boolean', 'no-color': 'boolean', 'max-file-size-mb': 'number' },
  run: async (args, io) => (flag(args, 'stdin-json') ? runBatch(args, io) : runFiles(args, io)),
};

async function runBatch(args: ParsedArgs, io: CommandIO): Promise<number> {
  if (args.positionals.length > 0 || flag(args, 'json')) {
    throw new UsageError('--stdin-json reads items from stdin and takes no PATH or --json');
  }
  const items = parseBatchInput(await io.readStdin());
  io.out(`${JSON.stringify(analyzeBatch(items))}\n`);
  return 0;
}

async function runFiles(args: ParsedArgs, io: CommandIO): Promise<number> {
  if (args.positionals.length === 0) {
    throw new UsageError('analyze needs at least one PATH (a file or a folder)');
  }
  const maxBytes = Math.floor(numberFlag(args, 'max-file-size-mb', DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB) * BYTES_PER_MB);
  const warn = (line: string): void => io.err(`entity-lens: ${line}`);
  const { documents, registry } = await loadCorpus(args.positionals, { cwd: io.cwd, maxBytes, warn });
  const result = analyzeCorpus(documents, registry, new ParagraphCache());
  if (flag(args, 'json')) {
    io.out(`${JSON.stringify(buildJsonReport(documents, result), null, 2)}\n`);
  } else {
    const style = createStyle(wantsColor(io.stdoutIsTTY, io.env, flag(args, 'no-color')));
    io.out(renderTextReport(documents, result, style));
  }
  return 0;
}
