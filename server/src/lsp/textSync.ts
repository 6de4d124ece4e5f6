/**
 * Text document sync that malformed notifications cannot break. The library's TextDocuments trusts its params:
 * a didOpen without text stores a document whose text is not a string (every later analysis of it throws), a
 * position with a null or fractional line turns offsets into NaN, and a range past the last line leaves holes
 * in the line table. So sync notifications without the shape LSP defines are dropped with a warning in the log
 * (a notification cannot be answered with an error), and each range is clamped into the document before the
 * library applies it. The library's incremental line table also misses a \r and a \n that an edit joins into
 * one line break; such edits are applied as a replacement of the whole text.
 */
import { TextDocuments, type Connection, type Disposable, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument, type Range } from 'vscode-languageserver-textdocument';

/** The part of a connection TextDocuments listens to (the library does not export its name). */
type SyncConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** Documents whose changes are applied with their ranges clamped into the text. */
export function createTextDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({ create: TextDocument.create, update: updateClamped });
}

/** Listens to the sync notifications of a connection, dropping malformed ones. */
export function listenToSync(documents: TextDocuments<TextDocument>, connection: Connection): Disposable {
  const dropped = (method: string, problem: string): void => {
    try {
      connection.console.warn(`Ignored ${method}: ${problem}`);
    } catch {
      // The connection is closed: nobody is left to read the log.
    }
  };
  /** Calls `handler` only with params that `check` finds nothing wrong with. */
  const guard =
    <P>(method: string, check: (params: unknown) => string | undefined, handler: (params: P) => void) =>
    (params: P): void => {
      const problem = check(params);
      return problem === undefined ? handler(params) : dropped(method, problem);
    };
  const guarded: SyncConnection = {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(guard('textDocument/didOpen', openProblem, handler)),
    onDidChangeTextDocument: (handler) => connection.onDidChangeTextDocument(guard('textDocument/didChange', changeProblem, handler)),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(guard('textDocument/didClose', identifierProblem, handler)),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(guard('textDocument/didSave', identifierProblem, handler)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(guard('textDocument/willSave', identifierProblem, handler)),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil((params, token) => (identifierProblem(params) === undefined ? handler(params, token) : [])),
  };
  return documents.listen(guarded);
}

/** Applies changes one at a time, each range clamped into the text as it is after the previous ones. */
function updateClamped(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const change of changes) {
    if (!('range' in change)) {
      TextDocument.update(document, [{ text: change.text }], version);
      continue;
    }
    const range = clampRange(document, change.range);
    const text = document.getText();
    const [start, end] = [document.offsetAt(range.start), document.offsetAt(range.end)].sort((a, b) => a - b) as [number, number];
    // A \r before the edit may meet a \n it inserts or brings next to it; a \r it inserts last may meet a \n after it.
    const mayJoinLineBreak = text[start - 1] === '\r' || change.text.endsWith('\r');
    const applied = mayJoinLineBreak ? { text: text.slice(0, start) + change.text + text.slice(end) } : { range, text: change.text };
    TextDocument.update(document, [applied], version);
  }
  return document;
}

/** The range's ends as positions inside the text (a line past the end is the end; a negative one is the start). */
function clampRange(document: TextDocument, range: Range): Range {
  return { start: document.positionAt(document.offsetAt(range.start)), end: document.positionAt(document.offsetAt(range.end)) };
}

type Fields = Readonly<Record<string, unknown>>;

function record(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function identifierProblem(params: unknown): string | undefined {
  return typeof record(record(params)?.['textDocument'])?.['uri'] === 'string' ? undefined : 'textDocument.uri is not a string';
}

function openProblem(params: unknown): string | undefined {
  const item = record(record(params)?.['textDocument']);
  if (!item || typeof item['uri'] !== 'string' || typeof item['languageId'] !== 'string' || typeof item['text'] !== 'string') {
    return 'textDocument needs a string uri, languageId and text';
  }
  return Number.isInteger(item['version']) ? undefined : 'textDocument.version is not an integer';
}

function changeProblem(params: unknown): string | undefined {
  const p = record(params);
  const id = record(p?.['textDocument']);
  if (!id || typeof id['uri'] !== 'string' || !Number.isInteger(id['version'])) {
    return 'textDocument needs a string uri and an integer version';
  }
  const changes = p?.['contentChanges'];
  if (!Array.isArray(changes)) {
    return 'contentChanges is not a list';
  }
  const bad = changes.findIndex((change) => !isContentChange(change));
  return bad < 0 ? undefined : `contentChanges[${bad}] is neither {text} nor {range, text} with integer positions`;
}

/** True for a well-formed content change: `{text}`, or `{range, text}` with integer positions. */
export function isContentChange(value: unknown): boolean {
  const change = record(value);
  if (!change || typeof change['text'] !== 'string') {
    return false;
  }
  if (change['range'] === undefined) {
    return change['rangeLength'] === undefined;
  }
  const range = record(change['range']);
  const lengthOk = change['rangeLength'] === undefined || typeof change['rangeLength'] === 'number';
  return lengthOk && range !== undefined && isPosition(range['start']) && isPosition(range['end']);
}

function isPosition(value: unknown): boolean {
  const position = record(value);
  return position !== undefined && Number.isInteger(position['line']) && Number.isInteger(position['character']);
}
