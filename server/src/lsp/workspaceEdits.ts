/**
 * WorkspaceEdits that Entity Lens applies to its own files (registry, acknowledgements) and to documents
 * (attribution snippets, suppression comments). A file edit is one text edit, so undo takes one step; a missing
 * file is created first.
 */
import type { CreateFile, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** What the client accepts in a workspace edit. */
export interface EditSupport {
  /** `documentChanges` with file creation. */
  readonly documentChanges: boolean;
  /** `SnippetTextEdit` in `documentChanges`. */
  readonly snippetEdits: boolean;
}

/**
 * Changes a file's text from `oldText` to `newText`, creating the file when `oldText` is undefined. With the
 * editor's version of an open buffer the whole text is replaced (the editor refuses the edit if the buffer
 * moved on). Without one nothing checks that the file still holds `oldText` when the editor applies the edit,
 * so only the part that differs is replaced: a change saved meanwhile by another window after that part
 * survives (callers read `oldText` from disk just before, which keeps "meanwhile" short).
 */
export function replaceFileEdit(uri: string, oldText: string | undefined, newText: string, version: number | null, support: EditSupport): WorkspaceEdit {
  const checked = support.documentChanges && version !== null;
  const edit = oldText === undefined ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText } : changedPart(uri, oldText, newText, checked);
  if (!support.documentChanges) {
    return { changes: { [uri]: [edit] } };
  }
  const change: TextDocumentEdit = { textDocument: { uri, version: oldText === undefined ? null : version }, edits: [edit] };
  if (oldText !== undefined) {
    return { documentChanges: [change] };
  }
  const create: CreateFile = { kind: 'create', uri, options: { ignoreIfExists: true } };
  return { documentChanges: [create, change] };
}

/** The edit from `oldText` to `newText`: the whole text, or only the part between their common prefix and suffix. */
function changedPart(uri: string, oldText: string, newText: string, whole: boolean): TextEdit {
  let start = 0;
  let end = 0;
  if (!whole) {
    const shorter = Math.min(oldText.length, newText.length);
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) {
      start++;
    }
    while (end < shorter - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) {
      end++;
    }
    // Never cut between the halves of a surrogate pair or of a CRLF: positions there are not positions.
    while (start > 0 && (splits(oldText, start) || splits(newText, start))) {
      start--;
    }
    while (end > 0 && (splits(oldText, oldText.length - end) || splits(newText, newText.length - end))) {
      end--;
    }
  }
  const document = TextDocument.create(uri, 'json', 0, oldText);
  return { range: { start: document.positionAt(start), end: document.positionAt(oldText.length - end) }, newText: newText.slice(start, newText.length - end) };
}

function splits(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 0x0d && after === 0x0a);
}

/** One text edit of a document, as a snippet when the client supports it (else `plain`). */
export function documentEdit(uri: string, version: number, range: Range, edit: { readonly snippet?: string; readonly plain: string }, support: EditSupport): WorkspaceEdit {
  if (support.documentChanges && support.snippetEdits && edit.snippet !== undefined) {
    return { documentChanges: [{ textDocument: { uri, version }, edits: [{ range, snippet: { kind: 'snippet', value: edit.snippet } }] }] };
  }
  const text: TextEdit = { range, newText: edit.plain };
  return support.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits: [text] }] } : { changes: { [uri]: [text] } };
}

/** Escapes text for a snippet body (`$`, `}` and `\` are syntax there). */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
