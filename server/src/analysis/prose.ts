/**
 * Turns a document into prose blocks for NLP while keeping offsets: Markdown syntax (code, HTML, comments,
 * emphasis markers, heading and list markers, link brackets, tables, front matter) is replaced by spaces of the
 * same length, so every offset in the masked text is an offset in the original.
 * Link targets and footnote markers stay visible: claim detection counts them as sources.
 */
import type { Span } from './types';

/** What a block of prose is, structurally. Headings and quotes are never claims. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table';

/** A block of prose in the masked text. */
export interface Block extends Span {
  readonly kind: BlockKind;
}

/** The masked text and its blocks. */
export interface Prose {
  readonly masked: string;
  readonly blocks: readonly Block[];
}

/** Masks markup (for Markdown) and splits the text into blocks. Plain text is only split. */
export function toProse(text: string, languageId: string): Prose {
  const markdown = languageId === 'markdown';
  const masked = markdown ? maskMarkdown(text) : maskControlCharacters(text);
  return { masked, blocks: markdown ? markdownBlocks(text, masked) : plainBlocks(masked) };
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

function maskControlCharacters(text: string): string {
  // NUL and other C0 controls (except tab and newlines) carry no prose; bidi controls are kept as they are zero-width.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');
}

function maskMarkdown(text: string): string {
  let out = maskControlCharacters(text);
  out = out.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank);
  // The info string stops at any line terminator: with the m flag "^" also matches after "\r", and "~~~\r" repeated
  // on one line was cubic (ReDoS audit).
  out = out.replace(/^( {0,3})(```|~~~)[^\n\r\u2028\u2029]*\r?\n[\s\S]*?(?:\n {0,3}\2[^\n]*|$)/gm, blank);
  out = out.replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
  out = out.replace(/`+[^`\n]*`+/g, blank);
  out = out.replace(/<\/?[A-Za-z][^<>\n]*>/g, blank);
  // No "[" in the alt text and no "(" in the target: a line of 10,000 "![" or "](" scanned each to its end.
  out = out.replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, blank);
  out = out.replace(/^ {0,3}#{1,6}(?=\s)/gm, blank);
  out = out.replace(/^ {0,3}(?:>\s?)+/gm, blank);
  // Indents and table rows never span lines: `[ \t]` keeps these patterns linear, where `\s*` ran across blank lines
  // and made 10,000 blank lines take minutes (ReDoS audit). With the m flag `$` matches before "\r", so CRLF still works.
  out = out.replace(/^([ \t]*)([-*+]|\d{1,9}[.)])(?=\s)/gm, (_m, indent: string, marker: string) => indent + blank(marker));
  out = out.replace(/^ {0,3}([-*_])(?:\s*\1){2,}\s*$/gm, blank);
  out = out.replace(/^[ \t]*(?:\|[ \t]*)?(?::?-{3,}:?[ \t]*\|[ \t]*)+(?:[:-]+[ \t]*)?$/gm, blank);
  out = out.replace(/\|/g, ' ');
  // Inline links keep their text and their target; the brackets and parentheses go.
  out = out.replace(/\[([^[\]\n^]+)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)/g, (m, label: string, target: string) => {
    return ` ${label}  ${target}${' '.repeat(m.length - label.length - target.length - 3)}`;
  });
  out = out.replace(/(\*{1,3}|_{1,3}|~~)(?=\S)([^*_~\n]+?)(?<=\S)\1/g, (_m, mark: string, inner: string) => blank(mark) + inner + blank(mark));
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!])/g, ' $1');
  return out;
}

const HEADING = /^ {0,3}#{1,6}\s/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])\s/;
const QUOTE = /^ {0,3}>/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

/** Markdown blocks: headings, list items, quotes and table rows are blocks of their own; paragraphs run to a blank line. */
function markdownBlocks(text: string, masked: string): Block[] {
  const blocks: Block[] = [];
  let current: { start: number; end: number; kind: BlockKind } | undefined;
  const flush = (): void => {
    if (current) {
      pushTrimmedBlock(blocks, masked, current.start, current.end, current.kind);
      current = undefined;
    }
  };
  for (const line of lines(text)) {
    const raw = text.slice(line.start, line.end);
    const content = masked.slice(line.start, line.end);
    if (!content.trim()) {
      flush();
      continue;
    }
    const kind = lineKind(raw);
    if (SETEXT_UNDERLINE.test(raw) && current?.kind === 'paragraph') {
      current.kind = 'heading';
      flush();
      continue;
    }
    if (kind === 'heading' || kind === 'table' || kind === 'list-item' || (current && current.kind !== kind && kind !== 'paragraph')) {
      flush();
    }
    if (current && (current.kind === kind || kind === 'paragraph') && current.kind !== 'heading' && current.kind !== 'table') {
      current.end = line.end;
    } else {
      flush();
      current = { start: line.start, end: line.end, kind };
    }
    if (kind === 'heading' || kind === 'table') {
      flush();
    }
  }
  flush();
  return blocks;
}

function lineKind(raw: string): BlockKind {
  if (HEADING.test(raw)) {
    return 'heading';
  }
  if (QUOTE.test(raw)) {
    return 'quote';
  }
  if (LIST_ITEM.test(raw)) {
    return 'list-item';
  }
  return TABLE_ROW.test(raw) ? 'table' : 'paragraph';
}

/** Plain-text blocks: paragraphs run to a blank line; a short unpunctuated line standing alone is a heading. */
function plainBlocks(masked: string): Block[] {
  const blocks: Block[] = [];
  const all = lines(masked);
  let start = -1;
  let end = -1;
  all.forEach((line, i) => {
    const content = masked.slice(line.start, line.end).trim();
    if (!content) {
      if (start >= 0) {
        pushTrimmedBlock(blocks, masked, start, end, 'paragraph');
      }
      start = -1;
      return;
    }
    const prevBlank = i === 0 || !masked.slice(all[i - 1].start, all[i - 1].end).trim();
    const next = all[i + 1];
    const nextBlank = !next || !masked.slice(next.start, next.end).trim();
    if (prevBlank && looksLikeHeading(content) && (nextBlank || content.length <= 60)) {
      pushTrimmedBlock(blocks, masked, line.start, line.end, 'heading');
      return;
    }
    if (start < 0) {
      start = line.start;
    }
    end = line.end;
  });
  if (start >= 0) {
    pushTrimmedBlock(blocks, masked, start, end, 'paragraph');
  }
  return blocks;
}

function looksLikeHeading(line: string): boolean {
  return line.length <= 90 && !/[.!?,;:"\u201d]$/.test(line) && /^[\p{Lu}\d]/u.test(line);
}

function lines(text: string): Span[] {
  const result: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      result.push({ start, end });
      start = i + 1;
    }
  }
  return result;
}

function pushTrimmedBlock(blocks: Block[], masked: string, start: number, end: number, kind: BlockKind): void {
  while (start < end && /\s/.test(masked[start])) {
    start++;
  }
  while (end > start && /\s/.test(masked[end - 1])) {
    end--;
  }
  if (end > start) {
    blocks.push({ start, end, kind });
  }
}
