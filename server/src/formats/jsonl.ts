/**
 * JSON Lines spans, the form spaCy and Prodigy pipelines read: one document per line,
 *
 *     {"text": "...", "spans": [{"start": 0, "end": 10, "label": "PERSON"}], "meta": {"path": "seeds/a.md"}}
 *
 * `start`/`end` index the Python string, that is Unicode code points; they are converted from and to UTF-16
 * here, so text with emoji keeps its spans. `meta.path` names the source file (Prodigy shows `meta`); it is
 * optional on reading. Pure: no Node APIs.
 */
import { offsetConverter, sortSpans, type AnnotatedDocument, type LabeledSpan } from './spans';

/** One JSONL record, offsets converted to UTF-16. */
export interface JsonlRecord {
  readonly text: string;
  readonly spans: LabeledSpan[];
  readonly path?: string;
}

/** The JSONL line of one document (without the line break). */
export function write(doc: AnnotatedDocument): string {
  const offsets = offsetConverter(doc.text);
  const spans = doc.spans.map((s) => ({ start: offsets.toCodePoint(s.start), end: offsets.toCodePoint(s.end), label: s.label }));
  // JSON.stringify escapes line breaks and U+2028/9, so every record stays on one line.
  return JSON.stringify({ text: doc.text, spans, meta: { path: doc.path } });
}

/** A whole JSONL file: one line per document, each ending with a line break. */
export function writeAll(docs: readonly AnnotatedDocument[]): string {
  return docs.map((d) => `${write(d)}\n`).join('');
}

/** Reads every record of a JSONL file (blank lines skipped). Throws with the line number on a bad record. */
export function readAll(content: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() !== '') {
      records.push(readRecord(line, index + 1));
    }
  });
  return records;
}

/** The spans of one record, in UTF-16 offsets into `text` (or into the record's own text when omitted). */
export function read(line: string, text?: string): LabeledSpan[] {
  const record = readRecord(line, 1);
  if (text !== undefined && text !== record.text) {
    throw new Error('JSONL record text differs from the given text');
  }
  return record.spans;
}

function readRecord(line: string, lineNumber: number): JsonlRecord {
  const fail = (why: string): never => {
    throw new Error(`JSONL line ${lineNumber}: ${why}`);
  };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return fail('not valid JSON');
  }
  const record = value as { text?: unknown; spans?: unknown; meta?: { path?: unknown } } | null;
  if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
    return fail('needs an object with a "text" string');
  }
  const text = record.text;
  const offsets = offsetConverter(text);
  const raw = record.spans ?? [];
  if (!Array.isArray(raw)) {
    return fail('"spans" must be an array');
  }
  const spans = raw.map((s: unknown) => {
    const span = s as { start?: unknown; end?: unknown; label?: unknown };
    if (!Number.isInteger(span?.start) || !Number.isInteger(span?.end) || typeof span?.label !== 'string') {
      return fail('every span needs integer "start", "end" and a string "label"');
    }
    return { start: offsets.fromCodePoint(span.start as number), end: offsets.fromCodePoint(span.end as number), label: span.label };
  });
  const path = typeof record.meta?.path === 'string' ? record.meta.path : undefined;
  return path === undefined ? { text, spans: sortSpans(spans) } : { text, spans: sortSpans(spans), path };
}
