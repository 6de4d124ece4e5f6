/**
 * The human-readable `analyze` report: per file, entities grouped by kind in aligned columns and unsourced
 * claims with line:column (one-based, as editors show them), then a workspace summary.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAnalysis, EntityKind, FigureValue } from '../analysis/index';
import { formatFigureValue } from './figures';
import type { LoadedDocument } from './load';
import { table, type Cell, type Paint, type Style } from './style';

/** How many entities the workspace summary lists. */
const TOP_ENTITIES = 10;
/** How many other written forms an entity row shows before "…". */
const MAX_ALIASES = 4;

interface Group {
  readonly kind: EntityKind;
  readonly name: string;
  readonly figure?: FigureValue;
  count: number;
  readonly forms: Map<string, number>;
}

const KIND_TITLES: ReadonlyArray<[EntityKind, string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['figure', 'Figures'],
];

/** Renders the whole report. */
export function renderTextReport(documents: readonly LoadedDocument[], result: CorpusAnalysis, style: Style): string {
  if (documents.length === 0) {
    return 'No .txt or .md files to analyze.\n';
  }
  const lines: string[] = [];
  for (const doc of documents) {
    lines.push(...fileSection(doc, result, style), '');
  }
  lines.push(...summarySection(documents, result, style));
  return `${lines.join('\n')}\n`;
}

function fileSection(doc: LoadedDocument, result: CorpusAnalysis, style: Style): string[] {
  const analysis = result.analyses.get(doc.uri);
  const groups = groupMentions(doc, result);
  const claims = analysis?.claims ?? [];
  const lines = [`${style.bold(doc.path)}  ${style.dim(fileCounts(groups, claims.length))}`];
  const rows: Cell[][] = [];
  for (const [kind, title] of KIND_TITLES) {
    const ofKind = groups.filter((g) => g.kind === kind);
    if (ofKind.length > 0) {
      rows.push([{ text: title, paint: style.heading }, { text: 'mentions', paint: style.dim, right: true }, { text: kind === 'figure' ? 'value' : 'also written as', paint: style.dim }]);
      rows.push(...ofKind.map((g) => entityRow(g, paintOf(kind, style), style)));
    }
  }
  lines.push(...table(rows, '  '));
  if (claims.length > 0) {
    const positions = TextDocument.create(doc.uri, doc.languageId, 0, doc.text);
    lines.push(`  ${style.heading('Unsourced claims')}`);
    const claimRows = claims.map((c): Cell[] => {
      const at = positions.positionAt(c.start);
      return [{ text: `${at.line + 1}:${at.character + 1}`, right: true }, { text: c.code, paint: style.warning }, c.message];
    });
    lines.push(...table(claimRows, '    '));
  }
  return lines;
}

function entityRow(group: Group, paint: Paint, style: Style): Cell[] {
  const name = { text: `  ${group.name}`, paint };
  const count = { text: String(group.count), right: true };
  if (group.kind === 'figure') {
    const value = formatFigureValue(group.figure);
    return [name, count, value ? `-> ${value}` : ''];
  }
  const forms = [...group.forms.keys()].filter((form) => form !== group.name);
  const shown = forms.slice(0, MAX_ALIASES).join(', ') + (forms.length > MAX_ALIASES ? ', …' : '');
  return [name, count, { text: shown, paint: style.dim }];
}

/** Groups a file's mentions by resolved entity, most mentioned first. */
function groupMentions(doc: LoadedDocument, result: CorpusAnalysis): Group[] {
  const groups = new Map<string, Group>();
  const mentions = result.analyses.get(doc.uri)?.mentions ?? [];
  mentions.forEach((mention, index) => {
    const id = result.workspace.entityIdOf(doc.uri, index);
    const entity = id === undefined ? undefined : result.workspace.entity(id);
    const key = id ?? `${mention.kind}:${mention.name || mention.text}`;
    let group = groups.get(key);
    if (!group) {
      const name = mention.kind === 'figure' ? mention.text : (entity?.name ?? (mention.name || mention.text));
      group = { kind: mention.kind, name, figure: mention.figure ?? entity?.figure, count: 0, forms: new Map() };
      groups.set(key, group);
    }
    group.count++;
    group.forms.set(mention.text, (group.forms.get(mention.text) ?? 0) + 1);
  });
  return [...groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function fileCounts(groups: readonly Group[], claims: number): string {
  const count = (kind: EntityKind): number => groups.filter((g) => g.kind === kind).length;
  return [
    plural(count('person'), 'person', 'people'),
    plural(count('organization'), 'organization', 'organizations'),
    plural(count('figure'), 'figure', 'figures'),
    plural(claims, 'unsourced claim', 'unsourced claims'),
  ].join(', ');
}

function summarySection(documents: readonly LoadedDocument[], result: CorpusAnalysis, style: Style): string[] {
  const { workspace } = result;
  const named = workspace.entities.filter((e) => e.kind !== 'figure');
  const claims = documents.reduce((n, d) => n + (result.analyses.get(d.uri)?.claims.length ?? 0), 0);
  const kinds = KIND_TITLES.map(([kind, title]) => `${workspace.entities.filter((e) => e.kind === kind).length} ${title.toLowerCase()}`);
  const lines = [
    `${style.bold('Workspace')}  ${plural(documents.length, 'file', 'files')}, ${plural(workspace.entities.length, 'entity', 'entities')} (${kinds.join(', ')}), ${plural(claims, 'unsourced claim', 'unsourced claims')}`,
  ];
  const ranked = named
    .map((e) => {
      const refs = workspace.mentionsOf(e.id);
      return { entity: e, mentions: refs.length, files: new Set(refs.map((r) => r.uri)).size };
    })
    .filter((r) => r.mentions > 0)
    .sort((a, b) => b.files - a.files || b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name))
    .slice(0, TOP_ENTITIES);
  if (ranked.length > 0) {
    const rows: Cell[][] = [[{ text: 'Top entities', paint: style.heading }, { text: 'kind', paint: style.dim }, { text: 'files', paint: style.dim, right: true }, { text: 'mentions', paint: style.dim, right: true }]];
    for (const r of ranked) {
      rows.push([{ text: `  ${r.entity.name}`, paint: paintOf(r.entity.kind, style) }, r.entity.kind, { text: String(r.files), right: true }, { text: String(r.mentions), right: true }]);
    }
    lines.push(...table(rows, '  '));
  }
  return lines;
}

function paintOf(kind: EntityKind, style: Style): Paint {
  return kind === 'person' ? style.person : kind === 'organization' ? style.organization : style.figure;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
