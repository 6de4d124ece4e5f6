/**
 * The lines of the persisted analysis cache file, parsed without trusting them: a header line, then one JSON line
 * per document. A damaged line is reported as a problem, never thrown; the analysis inside an entry is checked
 * when it is decoded against its document's text (see encodingCheck).
 */
import type { EncodedAnalysis } from './analysisCodec';

/** The first line of the cache file. */
export interface CacheHeader {
  readonly format: number;
  readonly engine: string;
  readonly registries: string;
  readonly knownNames: Array<[string, 'person' | 'organization']>;
}

/** Every further line: one document, keyed by its URI key, with the hash of the text it was analyzed from. */
export type CacheEntry = [key: string, hash: string, languageId: string, analysis: EncodedAnalysis];

/** The header of a cache file, or why it cannot be used. `format` is checked first: older formats are not damaged. */
export function parseHeader(line: string, format: number): CacheHeader | { problem: string } | 'other format' {
  const value = parseJson(line);
  if (!isRecord(value)) {
    return { problem: 'the header is not a JSON object' };
  }
  if (value.format !== format) {
    return 'other format';
  }
  const names = value.knownNames;
  const namesOk = Array.isArray(names) && names.every((n) => Array.isArray(n) && n.length === 2 && typeof n[0] === 'string' && (n[1] === 'person' || n[1] === 'organization'));
  if (typeof value.engine !== 'string' || typeof value.registries !== 'string' || !namesOk) {
    return { problem: 'the header has missing or mistyped fields' };
  }
  return value as unknown as CacheHeader;
}

/** A document line, or why it cannot be used (a truncated last line is not valid JSON). */
export function parseEntry(line: string): CacheEntry | { problem: string } {
  const value = parseJson(line);
  if (value === undefined) {
    return { problem: 'not valid JSON' };
  }
  if (!Array.isArray(value) || value.length !== 4 || typeof value[0] !== 'string' || typeof value[1] !== 'string' || typeof value[2] !== 'string') {
    return { problem: 'not a [key, hash, language, analysis] entry' };
  }
  return value as CacheEntry;
}

/**
 * The key of a document line, read from its start without parsing the rest (the analysis is most of the line):
 * merging another process's cache needs the keys of every line but the content of few.
 */
export function leadingKey(line: string): string | undefined {
  if (!line.startsWith('["')) {
    return undefined;
  }
  for (let i = 2; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
    } else if (line[i] === '"') {
      const key = parseJson(line.slice(1, i + 1));
      return typeof key === 'string' ? key : undefined;
    }
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
