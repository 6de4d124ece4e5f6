/**
 * `entity-lens overlap "Person A" "Person B" [--json] PATH...` (DESIGN.md §6): the sectors where the businesses
 * of two people meet, with each side's organizations, relations and evidence sentences. A name that matches no
 * person is an input error (exit 2) naming the nearest person names.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeCorpus, computeRivalryOverlap, OverlapNameError, ParagraphCache, type OverlapOrganization, type OverlapResult } from '../../analysis/index';
import { DEFAULT_MAX_FILE_BYTES } from '../../workspace/files';
import { flag, numberFlag, UsageError, type ParsedArgs } from '../args';
import type { Command, CommandIO } from '../command';
import { loadCorpus, type LoadedDocument } from '../load';
import { createStyle, wantsColor, type Style } from '../style';

const BYTES_PER_MB = 1024 * 1024;
const MAX_SHOWN_SENTENCE = 160;

const USAGE = `Usage: entity-lens overlap [options] "PERSON A" "PERSON B" PATH...

Shows the sectors where the businesses of two people meet: the organizations each is tied to (leads,
founded, co-founded, owns, invested in, explored a deal with), followed through ownership chains, and the
sentences that say so. Names may be full names, aliases or entity ids ("person:ada-brennock").

Options:
  --json                  print JSON: {"a": {"id", "name"}, "b": {...}, "sectors": [{"sector", "a": [{"organization",
                          "relation", "evidence": [{"path", "line", "text"}]}], "b": [...]}], "onlyA", "onlyB"};
                          "line" is zero-based
  --max-file-size-mb N    skip files larger than N MB (default ${DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB})
  --no-color              no colours (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help              show this help`;

/** The overlap command. */
export const overlapCommand: Command = {
  name: 'overlap',
  summary: 'sectors where the businesses of two people compete, with evidence',
  usage: USAGE,
  flags: { json: 'boolean', 'no-color': 'boolean', 'max-file-size-mb': 'number' },
  run: runOverlap,
};

async function runOverlap(args: ParsedArgs, io: CommandIO): Promise<number> {
  const [a, b, ...paths] = args.positionals;
  if (a === undefined || b === undefined || paths.length === 0) {
    throw new UsageError('overlap needs two person names and at least one PATH');
  }
  const maxBytes = Math.floor(numberFlag(args, 'max-file-size-mb', DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB) * BYTES_PER_MB);
  const { documents, registry } = await loadCorpus(paths, { cwd: io.cwd, maxBytes, warn: (line) => io.err(`entity-lens: ${line}`) });
  const result = overlapOf(documents, registry, a, b);
  if (flag(args, 'json')) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    io.out(renderOverlap(result, createStyle(wantsColor(io.stdoutIsTTY, io.env, flag(args, 'no-color')))));
  }
  return 0;
}

function overlapOf(documents: readonly LoadedDocument[], registry: Parameters<typeof analyzeCorpus>[1], a: string, b: string): OverlapResult {
  const corpus = analyzeCorpus(documents, registry, new ParagraphCache());
  const byUri = new Map(documents.map((d) => [d.uri, { doc: d, positions: TextDocument.create(d.uri, d.languageId, 0, d.text) }]));
  const input = {
    documents: documents.map((d) => ({ uri: d.uri, text: d.text, analysis: corpus.analyses.get(d.uri)! })),
    workspace: corpus.workspace,
    registry,
    locate: (uri: string, offset: number) => {
      const found = byUri.get(uri)!;
      return { path: found.doc.path, line: found.positions.positionAt(offset).line };
    },
  };
  try {
    return computeRivalryOverlap(input, a, b);
  } catch (error) {
    if (error instanceof OverlapNameError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

/** The human-readable report; lines are one-based, as editors show them. */
export function renderOverlap(result: OverlapResult, style: Style): string {
  const lines: string[] = [];
  if (result.sectors.length === 0) {
    lines.push(style.heading(`No overlap: ${result.a.name} and ${result.b.name} share no sector.`), '');
    lines.push(...sideSummary(result.a.name, result.onlyA, style), ...sideSummary(result.b.name, result.onlyB, style));
    return `${lines.join('\n')}\n`;
  }
  const count = result.sectors.length;
  lines.push(style.heading(`Rivalry overlap of ${result.a.name} and ${result.b.name}: ${count} sector${count === 1 ? '' : 's'}`), '');
  for (const sector of result.sectors) {
    lines.push(style.bold(sector.sector));
    lines.push(...organizations(result.a.name, sector.a, style), ...organizations(result.b.name, sector.b, style), '');
  }
  const rest = [...result.onlyA.map((s) => `${s.sector} (${result.a.name})`), ...result.onlyB.map((s) => `${s.sector} (${result.b.name})`)];
  if (rest.length > 0) {
    lines.push(style.dim(`Not shared: ${rest.join(', ')}`));
  }
  return `${lines.join('\n')}\n`;
}

function organizations(person: string, orgs: readonly OverlapOrganization[], style: Style): string[] {
  const lines: string[] = [];
  for (const org of orgs) {
    lines.push(`  ${style.person(person)}: ${style.organization(org.organization)} (${org.relation})`);
    for (const e of org.evidence) {
      lines.push(`    ${style.dim(`${e.path}:${e.line + 1}`)}  ${shorten(e.text)}`);
    }
  }
  return lines;
}

function sideSummary(person: string, sectors: OverlapResult['onlyA'], style: Style): string[] {
  if (sectors.length === 0) {
    return [`${style.person(person)}: no sector found in the text.`, ''];
  }
  const parts = sectors.map((s) => `${s.sector} (${s.organizations.map((o) => o.organization).join(', ')})`);
  return [`${style.person(person)} has: ${parts.join('; ')}`, ''];
}

function shorten(text: string): string {
  return text.length <= MAX_SHOWN_SENTENCE ? text : `${text.slice(0, MAX_SHOWN_SENTENCE - 1)}\u2026`;
}
