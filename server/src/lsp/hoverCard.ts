/**
 * Markdown for hover cards. Everything that comes from documents or the registry is escaped, so a name with
 * `*`, `[`, `<` or backticks renders literally, a bare URL stays text, and invisible controls show as "[U+202E]";
 * only the builder itself writes markup and links.
 */
import { hasInvisibles, showInvisibles } from '../util/invisibles';

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
  /** Registry links are shown as text, never as links (a workspace the user has not trusted). */
  readonly inertLinks?: boolean;
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
 * harmless once `[` and `]` are escaped (except `](`, which marked, VS Code's renderer, takes for the end of a
 * link label even when escaped), and list, heading or rule markers only matter at the start, escaped there.
 * GitHub-flavoured renderers (VS Code's) turn bare URLs, `www.` names and e-mail addresses into links, so one
 * escape in each keeps them text. Invisible controls are shown as code points first ("[U+202E]").
 */
export function escapeMarkdown(text: string): string {
  return showInvisibles(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]#|~>]/g, '\\$&')
    .replace(/(?<=\\\])\(/g, '\\(')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(/^(\s*)([-+])(?=[\s-]|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * A link target safe inside `( )`: everything but unreserved and reserved URI characters (and `%`) is
 * percent-encoded as UTF-8, so parentheses, spaces, backslashes, quotes, angle brackets and controls cannot
 * end the link or hide in it.
 */
export function linkTarget(uri: string): string {
  return uri.replace(/[^\w\-.~:/?#[\]@!$&'*+,;=%]/gu, (c) => [...UTF8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

const UTF8 = new TextEncoder();

/**
 * Only http(s) registry links become links, and only in a trusted workspace; anything else is shown as text
 * (escaped like every other registry string, so that a renderer does not turn it into a link on its own).
 */
function registryLink(link: string, clickable: boolean): string {
  const usable = clickable && /^https?:\/\/[^\s<>()\\"'`]+$/.test(link) && !hasInvisibles(link);
  return usable ? `[${escapeMarkdown(link)}](${linkTarget(link)})` : escapeMarkdown(link);
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
    lines.push('', `Links: ${card.links.map((link) => registryLink(link, !card.inertLinks)).join(', ')}`);
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

/** A command link; the arguments are JSON, percent-encoded (parentheses too), so nothing in them can end the link. */
function commandLink(label: string, link: { readonly command: string; readonly args: unknown[] }): string {
  return `[${label}](${linkTarget(`command:${link.command}?${encodeURIComponent(JSON.stringify(link.args))}`)})`;
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
