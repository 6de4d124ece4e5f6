/**
 * Hostile text for every surface that shows document or registry text (hover cards, the tree view, SARIF, the
 * rivalry webview): Markdown and HTML injection, script-element breakouts, dangerous link schemes, and invisible
 * controls (bidirectional overrides and isolates, zero-width characters) that reorder or hide what a reader sees.
 */

/** Strings an attacker could put in a document or a registry. The first seven are the webview's original set. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  'javascript:alert(3)',
  'command:workbench.action.terminal.new',
  'Evil\u202Egnp.exe\u202C Corp',
  '\u2066isolate\u2069 \u200Fmark',
  '" onmouseover="alert(4)',
  '[x](command:workbench.action.terminal.new)',
  '![img](http://evil.example/x.png)',
  '<script>alert(5)</script>',
  '`tick` ``double``',
  '*bold* _it_ **strong** ~~gone~~ # head',
  '[ref]: javascript:alert(6)',
  '<javascript:alert(7)>',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  'https://evil.example/x www.evil.example mail@evil.example',
  '&lt;b&gt; &#60;i&#62;',
  'Zero\u200Bwidth\u2060join\uFEFFbom',
  '---',
  '1. not a list',
  '| table | cell |',
  '\\[pre-escaped\\]',
] as const;

/** Bidirectional controls that must never reach the screen unmarked. */
export const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Bidirectional controls and the zero-width characters that hide text (joiners excepted: scripts need them). */
export const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF]/;

/** How a hostile string reads once invisible controls are shown as code points ("[U+202E]"). */
export function visible(text: string): string {
  return text.replace(new RegExp(INVISIBLE.source, 'g'), (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
