/**
 * Fixture markers: `$0` marks a cursor in fixture text. Returns the text without the marker and the offset.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';

/** Removes the `$0` marker; returns the clean text, the cursor offset and its position. */
export function cursor(marked: string): { text: string; offset: number; position: Position } {
  const offset = marked.indexOf('$0');
  if (offset < 0) {
    throw new Error('fixture has no $0 cursor marker');
  }
  const text = marked.slice(0, offset) + marked.slice(offset + 2);
  return { text, offset, position: TextDocument.create('file:///m', 'plaintext', 0, text).positionAt(offset) };
}

/** The position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) {
      throw new Error(`fixture text has no occurrence ${occurrence} of ${JSON.stringify(needle)}`);
    }
  }
  return TextDocument.create('file:///m', 'plaintext', 0, text).positionAt(at + delta);
}
