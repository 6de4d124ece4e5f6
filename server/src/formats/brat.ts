/**
 * brat standoff (https://brat.nlplab.org/standoff.html): an `.ann` file next to the `.txt` it annotates.
 *
 *     T1<TAB>PERSON 10 24<TAB>Marisol Quenby
 *     R1<TAB>leads Arg1:T1 Arg2:T2
 *
 * Offsets are character offsets into the `.txt` file as written (line ends included, CRLF counts two), in
 * Unicode code points because brat is a Python tool; they are converted from and to UTF-16 here. Discontinuous
 * spans ("0 5;10 15") are read as their covering span and never written. Lines other than T and R (events,
 * attributes, notes, comments) are ignored on reading. Pure: no Node APIs.
 */
import { offsetConverter, sortSpans, type AnnotatedDocument, type LabeledSpan, type SpanRelation } from './spans';

/** What an `.ann` file holds, in UTF-16 offsets. */
export interface BratAnnotations {
  readonly spans: LabeledSpan[];
  readonly relations: SpanRelation[];
}

/** The `.ann` text of a document: one T line per span, one R line per relation. */
export function write(doc: AnnotatedDocument): string {
  const offsets = offsetConverter(doc.text);
  const lines = doc.spans.map((span, i) => {
    // The text field is informative; brat shows a span across a line break with a space there.
    const covered = doc.text.slice(span.start, span.end).replace(/\r\n|[\r\n]/g, ' ');
    return `T${i + 1}\t${span.label} ${offsets.toCodePoint(span.start)} ${offsets.toCodePoint(span.end)}\t${covered}`;
  });
  (doc.relations ?? []).forEach((r, i) => {
    lines.push(`R${i + 1}\t${r.type} Arg1:T${r.from + 1} Arg2:T${r.to + 1}`);
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Reads an `.ann` file. With `text` (the annotated `.txt`), code-point offsets become UTF-16 offsets; without it
 * they are taken as they are (right for text without emoji and other astral characters).
 */
export function read(ann: string, text?: string): BratAnnotations {
  const offsets = text === undefined ? undefined : offsetConverter(text);
  const ids = new Map<string, number>();
  const spans: LabeledSpan[] = [];
  const pending: Array<{ type: string; arg1: string; arg2: string }> = [];
  for (const line of ann.split(/\r?\n/)) {
    const fields = line.split('\t');
    const id = fields[0] ?? '';
    if (id.startsWith('T') && fields.length >= 2) {
      const span = parseTextBound(fields[1]!, line);
      ids.set(id, spans.length);
      spans.push(offsets ? { start: offsets.fromCodePoint(span.start), end: offsets.fromCodePoint(span.end), label: span.label } : span);
    } else if (id.startsWith('R') && fields.length >= 2) {
      pending.push(parseRelation(fields[1]!, line));
    }
  }
  const relations = pending.flatMap((r) => {
    const from = ids.get(r.arg1);
    const to = ids.get(r.arg2);
    return from === undefined || to === undefined ? [] : [{ type: r.type, from, to }];
  });
  return { spans, relations };
}

/** Only the spans of an `.ann` file, sorted (for scoring). */
export function readSpans(ann: string, text?: string): LabeledSpan[] {
  return sortSpans(read(ann, text).spans);
}

/** "PERSON 10 20" or "PERSON 0 5;10 15" (covering span). */
function parseTextBound(field: string, line: string): LabeledSpan {
  const space = field.indexOf(' ');
  const label = space < 0 ? '' : field.slice(0, space);
  const numbers = field
    .slice(space + 1)
    .split(/[ ;]/)
    .map((n) => Number(n));
  if (label === '' || numbers.length < 2 || numbers.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error(`malformed brat text-bound annotation: '${line}'`);
  }
  return { label, start: Math.min(...numbers), end: Math.max(...numbers) };
}

/** "leads Arg1:T1 Arg2:T2" (argument names other than Arg1/Arg2 are taken in order). */
function parseRelation(field: string, line: string): { type: string; arg1: string; arg2: string } {
  const [type, first, second] = field.split(' ');
  const arg = (part: string | undefined): string => part?.slice(part.indexOf(':') + 1) ?? '';
  if (!type || !first?.includes(':') || !second?.includes(':')) {
    throw new Error(`malformed brat relation: '${line}'`);
  }
  return { type, arg1: arg(first), arg2: arg(second) };
}

/**
 * A minimal `annotation.conf` for a collection: the entity labels and relation types used, each relation
 * allowed between any entities, so that brat opens the exported folder without complaint.
 */
export function annotationConfig(labels: Iterable<string>, relationTypes: Iterable<string>): string {
  const entities = [...new Set(labels)].sort();
  const relations = [...new Set(relationTypes)].sort().map((t) => `${t}\tArg1:<ENTITY>, Arg2:<ENTITY>`);
  return ['[entities]', ...entities, '', '[relations]', ...relations, '', '[events]', '', '[attributes]', ''].join('\n');
}
