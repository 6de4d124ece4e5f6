/**
 * From the server's overlap result to what the webview shows, and to Markdown for "Copy as Markdown". Evidence
 * places stay on the extension side: the webview gets ids only, so a message from it can open nothing but the
 * sentences of the current result. Pure (no `vscode`), so it is tested in node.
 */
import type { OverlapOrganizationDto, OverlapSideSectorDto, RivalryOverlapResult } from '../../server/src/protocol';
import type { OrganizationView, OverlapView, SideSectorView } from './webview/messages';

/** Where an evidence id leads: a document and the sentence's range (LSP positions). */
export interface EvidenceTarget {
  readonly uri: string;
  readonly range: OverlapOrganizationDto['evidence'][number]['range'];
}

/** The view and the targets of its evidence ids (`targets[id]`). */
export interface OverlapModel {
  readonly view: OverlapView;
  readonly targets: readonly EvidenceTarget[];
}

/** Builds the view model; `relativePath` turns a document URI into the path shown ("seeds/a.md"). */
export function toOverlapModel(result: RivalryOverlapResult, relativePath: (uri: string) => string): OverlapModel {
  const targets: EvidenceTarget[] = [];
  const organization = (org: OverlapOrganizationDto): OrganizationView => ({
    organization: org.organization,
    relation: org.relation,
    evidence: org.evidence.map((e) => {
      targets.push({ uri: e.uri, range: e.range });
      return { id: targets.length - 1, where: `${relativePath(e.uri)}:${e.range.start.line + 1}`, text: e.text };
    }),
  });
  const side = (sector: OverlapSideSectorDto): SideSectorView => ({ sector: sector.sector, organizations: sector.organizations.map(organization) });
  const view: OverlapView = {
    a: { name: result.a.name },
    b: { name: result.b.name },
    sectors: result.sectors.map((sector) => ({ sector: sector.sector, a: sector.a.map(organization), b: sector.b.map(organization) })),
    // Older servers answer without the one-sided sectors.
    onlyA: (result.onlyA ?? []).map(side),
    onlyB: (result.onlyB ?? []).map(side),
  };
  return { view, targets };
}

/** Escapes text so that Markdown renders it literally (names and sentences come from documents). */
export function escapeMarkdown(text: string): string {
  // Only characters that start markup inside a line or a table cell; `(`, `!` and `.` are harmless once `[` is escaped.
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]#|<>~]/g, '\\$&');
}

/** The view as Markdown: a heading, a table of shared sectors, then the evidence and what is not shared. */
export function overlapMarkdown(view: OverlapView): string {
  const e = escapeMarkdown;
  const lines = [`# Rivalry overlap: ${e(view.a.name)} and ${e(view.b.name)}`, ''];
  const orgs = (list: readonly OrganizationView[]): string => list.map((o) => `${e(o.organization)} (${e(o.relation)})`).join('; ');
  if (view.sectors.length === 0) {
    lines.push(`No overlap: ${e(view.a.name)} and ${e(view.b.name)} share no sector in these documents.`, '');
  } else {
    lines.push(`| Sector | ${e(view.a.name)} | ${e(view.b.name)} |`, '| --- | --- | --- |');
    lines.push(...view.sectors.map((s) => `| ${e(s.sector)} | ${orgs(s.a)} | ${orgs(s.b)} |`), '', '## Evidence', '');
    for (const sector of view.sectors) {
      for (const [person, list] of [[view.a.name, sector.a], [view.b.name, sector.b]] as const) {
        lines.push(...list.flatMap((o) => o.evidence.map((ev) => `- ${e(sector.sector)}, ${e(person)}, ${e(o.organization)}: "${e(ev.text)}" (${e(ev.where)})`)));
      }
    }
    lines.push('');
  }
  for (const [person, sectors] of [[view.a.name, view.onlyA], [view.b.name, view.onlyB]] as const) {
    const has = sectors.map((s) => `${e(s.sector)} (${s.organizations.map((o) => e(o.organization)).join(', ')})`);
    lines.push(`**${e(person)}** ${view.sectors.length === 0 ? 'has' : 'also has'}: ${has.length > 0 ? has.join('; ') : 'no other sector found in the text'}`, '');
  }
  return lines.join('\n');
}
