/**
 * Markdown for hover cards. Everything that comes from documents or the registry is escaped, so a name with
 * `*`, `[`, `<` or backticks renders literally; only the builder itself writes markup.
 */

/** A link to a place in a document. */
export interface CardPlace {
  readonly label: string;
  readonly uri: string;
  /** Zero-based line. */
  readonly line: number;
}

/** What a person or organization card shows. */
export interface EntityCard {
  readonly kind: 'person' | 'organization';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly links: readonly string[];
  /** Labelled lists: "Roles", "Affiliations", "Sectors", "People", "Owners", "Subsidiaries", "Figures". */
  readonly sections: ReadonlyArray<{ readonly label: string; readonly items: readonly string[] }>;
  readonly counts: { readonly file: number; readonly workspace: number; readonly files: number };
  readonly places: readonly CardPlace[];
  /** A command link to list every mention, when the client runs our commands. */
  readonly showMentions?: { readonly command: string; readonly args: unknown[] };
  /** A command link to compare a person with another in the rivalry overlap panel (people only). */
  readonly compareWith?: { readonly command: string; readonly args: unknown[] };
}

/** What a figure card shows. */
export interface FigureCard {
  readonly text: string;
  /** "1.2 billion USD", "25 %", "2015". */
  readonly value?: string;
  readonly subkind: string;
  readonly approximate: boolean;
  /** Entities in the figure's sentence ("what it is about"). */
  readonly about: readonly string[];
  readonly sourcing: 'sourced' | 'unsourced' | 'not a claim';
}

/**
 * Escapes text for CommonMark so that it renders literally on one line. Only characters that can start markup
 * anywhere are escaped (plain-text clients show backslashes as typed, so fewer is better); `(`, `)` and `!` are
 * harmless once `[` and `]` are escaped, and list or heading markers only matter at the start, escaped there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]#|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A link target safe inside `( )`: parentheses and spaces are percent-encoded. */
function linkTarget(uri: string): string {
  return uri.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Only http(s) links from the registry become links; anything else is shown as text. */
function registryLink(link: string): string {
  return /^https?:\/\/[^\s<>()]+$/.test(link) ? `[${escapeMarkdown(link)}](${linkTarget(link)})` : escapeMarkdown(link);
}

/** Renders a person or organization card. */
export function renderEntityCard(card: EntityCard): string {
  const lines = [`**${escapeMarkdown(card.name)}** · _${card.kind}_`];
  if (card.aliases.length > 0) {
    lines.push('', `Also: ${card.aliases.map(escapeMarkdown).join(', ')}`);
  }
  if (card.description) {
    lines.push('', escapeMarkdown(card.description));
  }
  for (const section of card.sections.filter((s) => s.items.length > 0)) {
    lines.push('', `${section.label}: ${section.items.map(escapeMarkdown).join('; ')}`);
  }
  if (card.links.length > 0) {
    lines.push('', `Links: ${card.links.map(registryLink).join(', ')}`);
  }
  const { file, workspace, files } = card.counts;
  lines.push('', `Mentions: ${file} in this file, ${workspace} in the workspace (${files} ${files === 1 ? 'file' : 'files'})`);
  if (card.places.length > 0) {
    lines.push('', card.places.map((p) => `[${escapeMarkdown(p.label)}](${linkTarget(p.uri)}#L${p.line + 1})`).join(' · '));
  }
  const commands = [
    card.showMentions && commandLink('Show all mentions', card.showMentions),
    card.compareWith && commandLink('Compare with\u2026', card.compareWith),
  ].filter((link) => link !== undefined);
  if (commands.length > 0) {
    lines.push('', commands.join(' · '));
  }
  return lines.join('\n');
}

/** A command link; the arguments are JSON, percent-encoded, so nothing in them can end the link. */
function commandLink(label: string, link: { readonly command: string; readonly args: unknown[] }): string {
  return `[${label}](command:${link.command}?${encodeURIComponent(JSON.stringify(link.args))})`;
}

/** Renders a figure card. */
export function renderFigureCard(card: FigureCard): string {
  const lines = [`**${escapeMarkdown(card.text)}** · _${card.subkind}_`];
  if (card.value !== undefined) {
    lines.push('', `Value: ${card.approximate ? 'about ' : ''}${escapeMarkdown(card.value)}`);
  }
  if (card.about.length > 0) {
    lines.push('', `About: ${card.about.map(escapeMarkdown).join(', ')}`);
  }
  lines.push('', `Sourcing: ${card.sourcing}`);
  return lines.join('\n');
}
