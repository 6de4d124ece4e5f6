/**
 * WorkspaceEdits that Entity Lens applies to its own files (registry, acknowledgements) and to documents
 * (attribution snippets, suppression comments). Whole-file replacements keep undo in one step; a missing file is
 * created first.
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

/** Replaces a file's whole text with `newText`, creating the file when `oldText` is undefined. */
export function replaceFileEdit(uri: string, oldText: string | undefined, newText: string, version: number | null, support: EditSupport): WorkspaceEdit {
  const end = oldText === undefined ? { line: 0, character: 0 } : TextDocument.create(uri, 'json', 0, oldText).positionAt(oldText.length);
  const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end }, newText };
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
