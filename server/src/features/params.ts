/**
 * Checks of request params before a feature reads them. A client may send anything; params without the shape
 * their method defines are answered with InvalidParams naming the bad field, never with an internal error
 * thrown from deep inside a handler. Well-typed values that point nowhere (an unknown document, a line past the
 * end, a negative character) are not errors: features answer those with empty results.
 */
import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';

/** An object's fields, as read from the wire. */
export type Fields = Readonly<Record<string, unknown>>;

/** The answer to a request whose params do not have the shape its method defines. */
export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** A value that must be a JSON object. */
export function fields(value: unknown, what = 'params'): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidParams(`${what} must be an object`);
  }
  return value as Fields;
}

/** A required string field. */
export function stringField(object: Fields, key: string, what = key): string {
  const value = object[key];
  if (typeof value !== 'string') {
    throw invalidParams(`${what} must be a string`);
  }
  return value;
}

/** An optional string field (absent or null means absent). */
export function optionalString(object: Fields, key: string, what = key): string | undefined {
  return object[key] === undefined || object[key] === null ? undefined : stringField(object, key, what);
}

/** An optional boolean field (absent or null means absent). */
export function optionalBoolean(object: Fields, key: string, what = key): boolean | undefined {
  const value = object[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'boolean') {
    throw invalidParams(`${what} must be a boolean`);
  }
  return value;
}

/** A string field that must be one of `values`. */
export function oneOf<T extends string>(object: Fields, key: string, values: readonly T[], what = key): T {
  const value = stringField(object, key, what);
  if (!values.includes(value as T)) {
    throw invalidParams(`${what} must be one of ${values.join(', ')}`);
  }
  return value as T;
}

/** An optional list of strings. */
export function optionalStrings(object: Fields, key: string, what = key): string[] | undefined {
  const value = object[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw invalidParams(`${what} must be a list of strings`);
  }
  return value as string[];
}

/** `textDocument.uri` of text document params. */
export function documentUri(params: unknown): string {
  return stringField(fields(fields(params).textDocument, 'textDocument'), 'uri', 'textDocument.uri');
}

/** A position: numeric line and character (any numbers; those outside the document find nothing). */
export function positionOf(value: unknown, what = 'position'): Position {
  const p = fields(value, what);
  if (typeof p['line'] !== 'number' || typeof p['character'] !== 'number') {
    throw invalidParams(`${what} must have numeric line and character`);
  }
  return { line: p['line'], character: p['character'] };
}

/** A range: two positions (a reversed range is read as given: features find nothing or little in it). */
export function rangeOf(value: unknown, what = 'range'): Range {
  const r = fields(value, what);
  return { start: positionOf(r['start'], `${what}.start`), end: positionOf(r['end'], `${what}.end`) };
}

/** Params of requests at a position in a document (hover, definition, highlights, references). */
export function positionParams(params: unknown): { uri: string; position: Position } {
  return { uri: documentUri(params), position: positionOf(fields(params)['position']) };
}

/**
 * The events of `workspace/didChangeWatchedFiles` that name a file. A notification cannot be answered with an
 * error, so malformed events are skipped.
 */
export function watchedFileEvents(params: unknown): Array<{ readonly uri: string; readonly type: unknown }> {
  const changes = typeof params === 'object' && params !== null ? (params as Fields)['changes'] : undefined;
  return (Array.isArray(changes) ? changes : []).flatMap((change: unknown) => {
    const uri = typeof change === 'object' && change !== null ? (change as Fields)['uri'] : undefined;
    return typeof uri === 'string' ? [{ uri, type: (change as Fields)['type'] }] : [];
  });
}

/** The `entityLens` section pushed with `workspace/didChangeConfiguration`, if any (malformed params push none). */
export function pushedSettings(params: unknown): unknown {
  const settings = typeof params === 'object' && params !== null ? (params as Fields)['settings'] : undefined;
  return typeof settings === 'object' && settings !== null ? (settings as Fields)['entityLens'] : undefined;
}
