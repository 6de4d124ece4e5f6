/**
 * The plain element tree the rivalry webview renders to: `render.ts` and `diagram.ts` build it without a DOM (so
 * node tests can inspect it), and `dom.ts` turns it into DOM nodes with createElement(NS) and text nodes only.
 * Text is always a child string (never markup), and attributes come from a fixed allowlist, so data can never
 * become a script, an event handler or a link.
 */

/** An element of the tree. */
export interface ElementNode {
  readonly tag: string;
  /** Created in the SVG namespace. */
  readonly svg: boolean;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly ViewNode[];
}

/** An element, or a text node. */
export type ViewNode = ElementNode | string;

/** A child as callers write it: false and undefined are skipped, so optional parts read naturally. */
export type Child = ViewNode | readonly Child[] | false | undefined;

// No on* handlers, no href/src/style: data can only ever land in text and in these inert attributes.
const ALLOWED_ATTRIBUTE = /^(?:class|id|role|scope|type|tabindex|title|lang|dir|viewBox|x|y|x1|y1|x2|y2|width|height|rx|d|points|text-anchor|dominant-baseline|focusable|marker-end|markerWidth|markerHeight|refX|refY|orient|aria-[a-z]+|data-[a-z]+(?:-[a-z]+)*)$/;

// Bidirectional overrides and isolates (Trojan Source), zero-width space, word joiner and BOM (which hide text;
// the joiners U+200C/D stay, scripts need them), plus C0/C1 controls other than tab and newline. The same set as
// server/src/util/invisibles.ts, which hovers, the tree view and SARIF use (this bundle cannot import it).
const UNSAFE_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from documents made inert for display: invisible controls that would reorder or hide the text around them
 * are shown as visible code points ("[U+202E]") instead.
 */
export function inert(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

function build(svg: boolean, tag: string, attrs: Record<string, string | number | undefined>, children: readonly Child[]): ElementNode {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (!ALLOWED_ATTRIBUTE.test(name)) {
      throw new Error(`attribute '${name}' is not allowed in the rivalry view`);
    }
    if (value !== undefined) {
      clean[name] = inert(String(value));
    }
  }
  return { tag, svg, attrs: clean, children: flatten(children) };
}

function flatten(children: readonly Child[]): ViewNode[] {
  const out: ViewNode[] = [];
  for (const child of children) {
    if (child === false || child === undefined) {
      continue;
    }
    if (Array.isArray(child)) {
      out.push(...flatten(child));
    } else {
      out.push(typeof child === 'string' ? inert(child) : (child as ElementNode));
    }
  }
  return out;
}

/** An HTML element. */
export function h(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): ElementNode {
  return build(false, tag, attrs, children);
}

/** An SVG element. */
export function s(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): ElementNode {
  return build(true, tag, attrs, children);
}

/** The concatenated text of a node, as a screen reader would read its content. */
export function textOf(node: ViewNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
