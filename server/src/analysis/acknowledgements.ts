/**
 * Acknowledgements (issue 4, "mark the claim as acknowledged with a reason"): a workspace file,
 * `.entity-lens/acknowledgements.json`, that records claims a writer has checked:
 *
 *   { "version": 1, "acknowledgements": [
 *     { "sentence": "Kestrel reportedly expects another round.", "code": "hedged-claim",
 *       "reason": "Source: interview notes, 2 May", "file": "seeds/kestrel.txt", "date": "2026-05-02" } ] }
 *
 * Records are keyed by the claim's sentence text (white space collapsed), not by line, so that edits elsewhere in
 * the document keep them valid. `file` and `date` are informational: the same sentence acknowledged once is
 * acknowledged wherever it appears. Pure: parsing never throws, and adding returns the new file text so that an
 * editor can apply it as a WorkspaceEdit.
 */

/** Where the file lives, relative to a workspace folder. */
export const ACKNOWLEDGEMENTS_PATH = '.entity-lens/acknowledgements.json';

/** The format version this code reads and writes. */
export const ACKNOWLEDGEMENTS_VERSION = 1;

/** One acknowledged claim. */
export interface AcknowledgementRecord {
  /** The claim's sentence, white space collapsed (see {@link normalizeSentence}). */
  readonly sentence: string;
  /** The diagnostic code acknowledged ("hedged-claim", ...). */
  readonly code: string;
  /** Why the claim is fine as it is ("Source: interview notes, 2 May"). */
  readonly reason: string;
  /** The file it was acknowledged in (informational). */
  readonly file?: string;
  /** When it was acknowledged (informational, free text; ISO dates sort best). */
  readonly date?: string;
}

/** A problem in the file; the entry it names is ignored, the rest still counts. */
export interface AcknowledgementProblem {
  /** A JSON path such as "acknowledgements[2].reason", or "" for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** The parse result: the usable records and what was wrong with the rest. */
export interface ParsedAcknowledgements {
  readonly records: readonly AcknowledgementRecord[];
  readonly problems: readonly AcknowledgementProblem[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Collapses white space so that re-wrapping a sentence does not lose its acknowledgement. */
export function normalizeSentence(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim();
}

/** Reads an acknowledgements file. Never throws: a broken file gives no records and a problem. */
export function parseAcknowledgements(text: string): ParsedAcknowledgements {
  if (text.trim() === '') {
    return { records: [], problems: [] };
  }
  const root = parseJson(text);
  if (root === undefined) {
    return { records: [], problems: [{ path: '', message: 'not valid JSON' }] };
  }
  const shape = checkShape(root);
  if (typeof shape === 'string') {
    return { records: [], problems: [{ path: '', message: shape }] };
  }
  const records: AcknowledgementRecord[] = [];
  const problems: AcknowledgementProblem[] = [];
  shape.forEach((entry, i) => {
    const read = readRecord(entry);
    if ('message' in read) {
      problems.push({ path: `acknowledgements[${i}]${read.key ? `.${read.key}` : ''}`, message: read.message });
    } else {
      records.push(read);
    }
  });
  return { records, problems };
}

/** The record acknowledging `code` for the sentence, if any (its reason belongs in the hover). */
export function isAcknowledged(sentence: string, code: string, records: readonly AcknowledgementRecord[]): AcknowledgementRecord | undefined {
  const key = normalizeSentence(sentence);
  return records.find((r) => r.code === code && normalizeSentence(r.sentence) === key);
}

/**
 * Returns the file text with `record` added (or, for the same sentence and code, its reason, file and date
 * replaced), sorted by sentence then code and pretty-printed, so that repeated edits give small, stable diffs.
 * Entries it cannot read and unknown top-level keys are kept as they are. Throws when `existingText` is not an
 * acknowledgements file at all, so that a quick fix never overwrites a file it does not understand.
 */
export function addAcknowledgement(existingText: string, record: AcknowledgementRecord): string {
  const root = existingText.trim() === '' ? { version: ACKNOWLEDGEMENTS_VERSION, acknowledgements: [] } : parseJson(existingText);
  const entries = root === undefined ? 'not valid JSON' : checkShape(root);
  if (typeof entries === 'string') {
    throw new Error(`cannot add to ${ACKNOWLEDGEMENTS_PATH}: ${entries}`);
  }
  const added = tidy(record);
  const valid: AcknowledgementRecord[] = [added];
  const unreadable: Json[] = [];
  for (const entry of entries) {
    const read = readRecord(entry);
    if ('message' in read) {
      unreadable.push(entry);
    } else if (!(read.code === added.code && normalizeSentence(read.sentence) === added.sentence)) {
      valid.push(read);
    }
  }
  valid.sort(compareRecords);
  const rest = Object.fromEntries(Object.entries(root as Record<string, Json>).filter(([k]) => k !== 'version' && k !== 'acknowledgements'));
  const out = { version: ACKNOWLEDGEMENTS_VERSION, acknowledgements: [...valid.map(toJson), ...unreadable], ...rest };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The entries of a well-formed file, or what is wrong with its outer shape. */
function checkShape(root: Json): Json[] | string {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return 'expected an object {"version": 1, "acknowledgements": [...]}';
  }
  if (root['version'] !== ACKNOWLEDGEMENTS_VERSION) {
    return `unsupported version ${JSON.stringify(root['version'] ?? null)} (expected ${ACKNOWLEDGEMENTS_VERSION})`;
  }
  const list = root['acknowledgements'];
  if (list === undefined) {
    return [];
  }
  return Array.isArray(list) ? list : '"acknowledgements" must be an array';
}

const REQUIRED = ['sentence', 'code', 'reason'] as const;
const OPTIONAL = ['file', 'date'] as const;

/** Why an entry is unusable: the offending key, if one, and a message. */
interface EntryProblem {
  readonly key?: string;
  readonly message: string;
}

/** A record, or why the entry cannot be one. */
function readRecord(entry: Json): AcknowledgementRecord | EntryProblem {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    return { message: 'expected an object with "sentence", "code" and "reason"' };
  }
  for (const key of REQUIRED) {
    const value = entry[key];
    if (typeof value !== 'string' || value.trim() === '') {
      return { key, message: 'must be a non-empty string' };
    }
  }
  for (const key of OPTIONAL) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string') {
      return { key, message: 'must be a string' };
    }
  }
  return tidy(entry as unknown as AcknowledgementRecord);
}

/** Normalizes a record and drops unknown keys, in the canonical key order. */
function tidy(record: AcknowledgementRecord): AcknowledgementRecord {
  const out: { sentence: string; code: string; reason: string; file?: string; date?: string } = {
    sentence: normalizeSentence(record.sentence),
    code: record.code.trim(),
    reason: record.reason.trim(),
  };
  if (record.file !== undefined) {
    out.file = record.file;
  }
  if (record.date !== undefined) {
    out.date = record.date;
  }
  return out;
}

function toJson(record: AcknowledgementRecord): Json {
  return { ...record };
}

/** Sentence, then code: a stable order independent of when each record was added. */
function compareRecords(a: AcknowledgementRecord, b: AcknowledgementRecord): number {
  return cmp(a.sentence, b.sentence) || cmp(a.code, b.code);
}

/** Code-unit order, not locale order, so that every machine writes the same file. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
