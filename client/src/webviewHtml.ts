/**
 * The HTML shell of the rivalry overlap webview: a strict Content Security Policy (only our stylesheet and the
 * one script carrying the nonce may load), and the initial data as an escaped `data-` attribute. Data is never
 * written into a script. A pure string builder, so it is tested without VS Code.
 */
import { randomBytes } from 'node:crypto';

/** What the shell is built from. */
export interface ShellOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** `asWebviewUri` of client/dist/webview/rivalry.js and client/media/rivalry.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
  /** The view model shown before the first message arrives (JSON in `data-initial`). */
  readonly initial: unknown;
  readonly title: string;
}

/** A fresh nonce: 128 random bits from the platform's CSPRNG. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Escapes text for a double-quoted HTML attribute value or for element content. Single quotes need no escape
 * there, and leaving them keeps the CSP readable.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The content security policy of the panel. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; img-src ${cspSource}; script-src 'nonce-${nonce}';`;
}

/** The whole HTML document. */
export function renderShell(options: ShellOptions): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(options.cspSource, options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(options.styleUri)}">
<title>${e(options.title)}</title>
</head>
<body>
<div id="root" data-initial="${e(JSON.stringify(options.initial ?? null))}"></div>
<script nonce="${e(options.nonce)}" src="${e(options.scriptUri)}"></script>
</body>
</html>
`;
}
