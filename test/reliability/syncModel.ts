/**
 * The texts a client expects the server to hold after a sequence's sync notifications, computed without the
 * LSP libraries: positions count UTF-16 code units, a character past the end of its line means the line end, a
 * line past the last means the end of the text and a negative one its start, a reversed range is read in order,
 * and a malformed notification (which the server drops) changes nothing. Which changes are well-formed is the
 * server's own shape check (the contract); the text arithmetic is independent of the server. Not a test file.
 */
import { isContentChange } from '../../server/src/lsp/textSync';

type Fields = Readonly<Record<string, unknown>>;

/** Open documents' texts by URI, following didOpen, didChange and didClose. */
export class SyncModel {
  readonly #texts = new Map<string, string>();

  /** The expected text of each open document. */
  get texts(): ReadonlyMap<string, string> {
    return this.#texts;
  }

  /** Follows one notification the client sent (params as sent on the wire). */
  apply(method: string, params: unknown): void {
    const p = record(params);
    const id = record(p?.['textDocument']);
    const uri = id?.['uri'];
    if (typeof uri !== 'string') {
      return;
    }
    if (method === 'textDocument/didOpen') {
      const text = id!['text'];
      if (typeof text === 'string' && typeof id!['languageId'] === 'string' && Number.isInteger(id!['version'])) {
        this.#texts.set(uri, text);
      }
    } else if (method === 'textDocument/didClose') {
      this.#texts.delete(uri);
    } else if (method === 'textDocument/didChange') {
      const text = this.#texts.get(uri);
      const changes = p!['contentChanges'];
      if (text !== undefined && Number.isInteger(id!['version']) && Array.isArray(changes) && changes.every(isContentChange)) {
        this.#texts.set(uri, changes.reduce<string>((t, change: Fields) => applyChange(t, change), text));
      }
    }
  }
}

function applyChange(text: string, change: Fields): string {
  const replacement = change['text'] as string;
  const range = record(change['range']);
  if (!range) {
    return replacement;
  }
  const a = offsetAt(text, range['start'] as Fields);
  const b = offsetAt(text, range['end'] as Fields);
  return text.slice(0, Math.min(a, b)) + replacement + text.slice(Math.max(a, b));
}

/** The offset of a position: lines end at \r\n, \r or \n; characters are clamped into the line (before its end of line). */
function offsetAt(text: string, position: Fields): number {
  const line = position['line'] as number;
  const character = position['character'] as number;
  // Each line as [start, end of its content]; the last one ends at the end of the text.
  const lines: Array<[number, number]> = [];
  let start = 0;
  for (const eol of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push([start, eol.index]);
    start = eol.index + eol[0].length;
  }
  lines.push([start, text.length]);
  if (line < 0) {
    return 0;
  }
  if (line >= lines.length) {
    return text.length;
  }
  const [lineStart, lineEnd] = lines[line]!;
  return lineStart + Math.max(0, Math.min(character, lineEnd - lineStart));
}

function record(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}
