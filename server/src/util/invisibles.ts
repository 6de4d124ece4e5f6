/**
 * Invisible characters made visible: text from documents and the registry reaches hovers, code action titles,
 * diagnostics, the tree view and SARIF, where a bidirectional override could reorder what a reader sees (Trojan
 * Source) and a zero-width space could make two different names look the same. Each is shown as its code point,
 * "[U+202E]", the form the rivalry webview uses too. Zero-width joiners (U+200C, U+200D) are left alone: scripts
 * and emoji need them.
 */

// Bidirectional embeddings, overrides, isolates and marks; zero-width space, word joiner and BOM; C0 and C1
// controls other than tab, line feed, vertical tab, form feed and carriage return (white space to every reader).
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** The text with every invisible control replaced by `replacement` of it. */
export function replaceInvisibles(text: string, replacement: (character: string) => string): string {
  return text.replace(INVISIBLE, replacement);
}

/** The text with every invisible control shown as "[U+XXXX]". */
export function showInvisibles(text: string): string {
  return replaceInvisibles(text, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** True when the text holds a character {@link showInvisibles} would replace. */
export function hasInvisibles(text: string): boolean {
  return showInvisibles(text) !== text;
}
