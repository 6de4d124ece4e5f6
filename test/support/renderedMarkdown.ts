/**
 * Hover Markdown as a renderer sees it: parsed with marked (GitHub-flavoured, as VS Code renders hovers; it comes
 * with @vscode/vsce), so tests assert on what would become a link, an image or HTML, and on the text a reader
 * would see, instead of on the Markdown source.
 */

/** What a Markdown string renders to. */
export interface RenderedMarkdown {
  /** Every link, with its destination and the text of its label. */
  readonly links: ReadonlyArray<{ readonly href: string; readonly text: string }>;
  readonly images: readonly string[];
  /** Raw HTML (inline or block) that a renderer would pass through or sanitize. */
  readonly html: readonly string[];
  /** Token types seen, for block-structure assertions (no heading, list, table or rule from data). */
  readonly types: ReadonlySet<string>;
  /** The tags of the HTML output. */
  readonly tags: ReadonlySet<string>;
  /** The visible text: the HTML output without tags, entities decoded. */
  readonly text: string;
}

interface Token {
  readonly type: string;
  readonly raw?: string;
  readonly href?: string;
  readonly text?: string;
  readonly tokens?: Token[];
  readonly items?: Token[];
  readonly header?: Array<{ tokens: Token[] }>;
  readonly rows?: Array<Array<{ tokens: Token[] }>>;
}

/** The part of marked's API used here. */
interface Marked {
  readonly marked: { lexer(markdown: string): unknown; parse(markdown: string): string | Promise<string>; parseInline(markdown: string): string | Promise<string> };
}
let loaded: Promise<Marked> | undefined;

/** Parses and renders Markdown the way a GitHub-flavoured renderer does. */
export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  // marked is an ES module; this file compiles to CommonJS, where only import() loads one.
  const { marked } = await (loaded ??= import('marked') as Promise<Marked>);
  const links: Array<{ href: string; text: string }> = [];
  const images: string[] = [];
  const html: string[] = [];
  const types = new Set<string>();
  const walk = (tokens: readonly Token[] | undefined): void => {
    for (const token of tokens ?? []) {
      types.add(token.type);
      if (token.type === 'link') {
        links.push({ href: token.href ?? '', text: token.text ?? '' });
      } else if (token.type === 'image') {
        images.push(token.href ?? '');
      } else if (token.type === 'html') {
        html.push(token.raw ?? '');
      }
      walk(token.tokens);
      walk(token.items);
      token.header?.forEach((cell) => walk(cell.tokens));
      token.rows?.forEach((row) => row.forEach((cell) => walk(cell.tokens)));
    }
  };
  walk(marked.lexer(markdown) as Token[]);
  // A label's text as a reader sees it (escapes resolved), not its source.
  const labelled = await Promise.all(links.map(async (link) => ({ href: link.href, text: visibleText(await marked.parseInline(link.text)) })));
  const output = await marked.parse(markdown);
  const tags = new Set([...output.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
  return { links: labelled, images, html, types, tags, text: visibleText(output) };
}

function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) {
      return String.fromCodePoint(parseInt(name.slice(1), 10));
    }
    return named[name.toLowerCase()] ?? whole;
  });
}
