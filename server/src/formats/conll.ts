/**
 * CoNLL IOB2: one token per line, `token<TAB>label`, labels `B-TYPE` (first token of an entity), `I-TYPE`
 * (following tokens) and `O`; a blank line after each sentence; every document starts with `-DOCSTART-<TAB>O`
 * and a blank line (the CoNLL-2003 convention).
 *
 * Tokenization (what `write` does, so that others can reproduce it):
 *  1. split the text on white space (line breaks, tabs, no-break spaces included);
 *  2. cut every piece where an entity starts or ends, so that entity boundaries always fall on token boundaries
 *     ("Quenby's" with the entity "Quenby" gives `Quenby` and `'s`: a piece cut off right after an entity keeps a
     leading apostrophe followed by a letter);
 *  3. peel punctuation and symbols (Unicode P and S categories, emoji included) off the start and the end of
 *     each piece, one character per token: `(Kestrel),` gives `(`, `Kestrel`, `)`, `,`. Inner hyphens,
 *     apostrophes, periods and ampersands stay: `Quenby-Arce`, `O'Neil`, `AT&T`, `U.S` + `.`.
 * Sentences are the engine's sentences; a sentence break never falls inside an entity.
 *
 * Reading rebuilds UTF-16 offsets by finding the tokens, in order, in the original text (only white space may
 * lie between them), and accepts IOB1 (`I-` after `O` starts an entity) and BIOES/BILOU tags too. Any
 * whitespace separates columns; the first column is the token and the last the tag. Pure: no Node APIs.
 */
import type { Span } from '../analysis/index';
import { sortSpans, type AnnotatedDocument, type LabeledSpan } from './spans';

/** A token of a CoNLL file with its tag. */
export interface ConllToken {
  readonly token: string;
  readonly tag: string;
}

/** The first column of the line that starts each document. */
export const DOCSTART = '-DOCSTART-';

const WHITE_SPACE = /\s/;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/** Tokenizes `text` as documented above; entity spans must be sorted and non-overlapping. */
export function tokenize(text: string, spans: readonly LabeledSpan[]): Span[] {
  const cuts = new Set<number>(spans.flatMap((s) => [s.start, s.end]));
  const tokens: Span[] = [];
  let start = -1;
  let clitic = false;
  for (let i = 0; i <= text.length; i++) {
    const boundary = i === text.length || WHITE_SPACE.test(text[i]!);
    if (start >= 0 && (boundary || cuts.has(i))) {
      peel(text, start, i, tokens, clitic);
      start = -1;
    }
    if (!boundary && start < 0) {
      // A piece cut off right after an entity keeps a leading apostrophe: the clitic of "Quenby's".
      clitic = i > 0 && !WHITE_SPACE.test(text[i - 1]!);
      start = i;
    }
  }
  return tokens;
}

/** Pushes the tokens of the piece [start, end): leading punctuation, the core, trailing punctuation. */
function peel(text: string, start: number, end: number, out: Span[], clitic: boolean): void {
  const lead: Span[] = [];
  let from = start;
  const keepApostrophe = clitic && end - start > 1 && /['\u2019]/.test(text[start]!) && /\p{L}/u.test(text[start + 1]!);
  while (from < end && !keepApostrophe) {
    const width = charWidth(text, from);
    if (!PUNCTUATION.test(text.slice(from, from + width))) {
      break;
    }
    lead.push({ start: from, end: from + width });
    from += width;
  }
  const trail: Span[] = [];
  let to = end;
  while (to > from) {
    const width = to - 1 > from && /[\uDC00-\uDFFF]/.test(text[to - 1]!) ? 2 : 1;
    if (!PUNCTUATION.test(text.slice(to - width, to))) {
      break;
    }
    trail.unshift({ start: to - width, end: to });
    to -= width;
  }
  out.push(...lead, ...(to > from ? [{ start: from, end: to }] : []), ...trail);
}

function charWidth(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** The CoNLL text of one document, starting with its `-DOCSTART-` line. */
export function write(doc: AnnotatedDocument): string {
  const spans = sortSpans(doc.spans);
  const sentenceStarts = (doc.sentences ?? []).map((s) => s.start).sort((a, b) => a - b);
  const lines = [`${DOCSTART}\tO`, ''];
  let span = 0;
  let sentence = 0;
  let inSentence = false;
  for (const token of tokenize(doc.text, spans)) {
    while (span < spans.length && spans[span]!.end <= token.start) {
      span++;
    }
    const current = spans[span];
    const inside = current !== undefined && token.start >= current.start && token.end <= current.end;
    const tag = !inside ? 'O' : token.start === current.start ? `B-${current.label}` : `I-${current.label}`;
    let crossed = false;
    while (sentence < sentenceStarts.length && sentenceStarts[sentence]! <= token.start) {
      sentence++;
      crossed = true;
    }
    if (crossed && inSentence && !tag.startsWith('I-')) {
      lines.push('');
    }
    lines.push(`${doc.text.slice(token.start, token.end)}\t${tag}`);
    inSentence = true;
  }
  if (inSentence) {
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** A whole CoNLL file of several documents. */
export function writeAll(docs: readonly AnnotatedDocument[]): string {
  return docs.map(write).join('');
}

/** Splits a CoNLL file into documents of tagged tokens. A file without `-DOCSTART-` is one document. */
export function parse(content: string): ConllToken[][] {
  const docs: ConllToken[][] = [];
  let current: ConllToken[] | undefined;
  for (const line of content.split('\n')) {
    const columns = line.trim().split(/\s+/);
    const first = columns[0] ?? '';
    if (first === '') {
      continue;
    }
    if (first === DOCSTART) {
      current = [];
      docs.push(current);
      continue;
    }
    if (!current) {
      current = [];
      docs.push(current);
    }
    current.push({ token: first, tag: columns.length > 1 ? columns[columns.length - 1]! : 'O' });
  }
  return docs;
}

/** The spans of a one-document CoNLL text, in UTF-16 offsets into `text`. */
export function read(content: string, text: string): LabeledSpan[] {
  const docs = parse(content);
  if (docs.length > 1) {
    throw new Error(`CoNLL input holds ${docs.length} documents; one text was given`);
  }
  return spansOf(docs[0] ?? [], text);
}

/** The spans of every document of a CoNLL file, matched in order with `texts`. */
export function readAll(content: string, texts: readonly string[]): LabeledSpan[][] {
  const docs = parse(content);
  if (docs.length !== texts.length) {
    throw new Error(`CoNLL input holds ${docs.length} documents but ${texts.length} texts were given`);
  }
  return docs.map((tokens, i) => spansOf(tokens, texts[i]!));
}

/** Finds the tokens in order in `text` and turns their tags into spans. */
export function spansOf(tokens: readonly ConllToken[], text: string): LabeledSpan[] {
  const spans: LabeledSpan[] = [];
  let open: { start: number; end: number; label: string } | undefined;
  const close = (): void => {
    if (open) {
      spans.push(open);
      open = undefined;
    }
  };
  let cursor = 0;
  for (const { token, tag } of tokens) {
    const start = locate(text, token, cursor);
    cursor = start + token.length;
    const [prefix, label] = splitTag(tag);
    if (prefix === 'O' || (prefix !== 'I' && prefix !== 'E' && prefix !== 'L') || !open || open.label !== label) {
      close();
    }
    if (prefix !== 'O') {
      open = open ? { ...open, end: cursor } : { start, end: cursor, label };
    }
    if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') {
      close();
    }
  }
  close();
  return sortSpans(spans);
}

/** "B-PERSON" -> ["B", "PERSON"]; "O" -> ["O", ""]. */
function splitTag(tag: string): [string, string] {
  const dash = tag.indexOf('-');
  if (tag === 'O' || dash < 0) {
    return ['O', ''];
  }
  return [tag.slice(0, dash).toUpperCase(), tag.slice(dash + 1)];
}

/** The offset of `token` at or after `from`, with only white space skipped. */
function locate(text: string, token: string, from: number): number {
  let at = from;
  while (at < text.length && WHITE_SPACE.test(text[at]!)) {
    at++;
  }
  if (!text.startsWith(token, at)) {
    const context = JSON.stringify(text.slice(at, at + 20));
    throw new Error(`CoNLL token '${token}' does not match the text at offset ${at} (${context})`);
  }
  return at;
}
