/**
 * What the rivalry overlap panel and its webview say to each other, and the view model the webview renders.
 * Shared by the extension and the webview bundle, so it uses no DOM and no `vscode` API. Every received message
 * goes through a guard: a webview is a web page, and the extension trusts nothing it sends.
 */

/** One evidence sentence; the webview knows it only by `id`, the extension maps the id back to a place. */
export interface EvidenceView {
  readonly id: number;
  /** "seeds/altman.md:12" (one-based line, as editors show it). */
  readonly where: string;
  readonly text: string;
}

/** One side's organization in a sector. */
export interface OrganizationView {
  readonly organization: string;
  readonly relation: string;
  readonly evidence: readonly EvidenceView[];
}

/** A sector both people reach. */
export interface SectorView {
  readonly sector: string;
  readonly a: readonly OrganizationView[];
  readonly b: readonly OrganizationView[];
}

/** A sector one person reaches alone. */
export interface SideSectorView {
  readonly sector: string;
  readonly organizations: readonly OrganizationView[];
}

/** Everything the panel shows. */
export interface OverlapView {
  readonly a: { readonly name: string };
  readonly b: { readonly name: string };
  readonly sectors: readonly SectorView[];
  readonly onlyA: readonly SideSectorView[];
  readonly onlyB: readonly SideSectorView[];
}

/** Extension -> webview. */
export type ToWebviewMessage =
  | { readonly type: 'show'; readonly view: OverlapView }
  | { readonly type: 'error'; readonly message: string };

/** Webview -> extension. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'openEvidence'; readonly id: number }
  | { readonly type: 'copyMarkdown' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Guards a message received by the extension. */
export function isFromWebviewMessage(value: unknown): value is FromWebviewMessage {
  if (!isRecord(value)) {
    return false;
  }
  switch (value['type']) {
    case 'ready':
    case 'copyMarkdown':
      return true;
    case 'openEvidence':
      return Number.isSafeInteger(value['id']) && (value['id'] as number) >= 0;
    default:
      return false;
  }
}

/** Guards a message received by the webview (including its own state, which persists across reloads). */
export function isToWebviewMessage(value: unknown): value is ToWebviewMessage {
  if (!isRecord(value)) {
    return false;
  }
  if (value['type'] === 'error') {
    return typeof value['message'] === 'string';
  }
  return value['type'] === 'show' && isOverlapView(value['view']);
}

/** Guards a view model (initial data attribute, saved state, or a `show` message). */
export function isOverlapView(value: unknown): value is OverlapView {
  return (
    isRecord(value) &&
    isNamed(value['a']) &&
    isNamed(value['b']) &&
    arrayOf(value['sectors'], (s) => isRecord(s) && typeof s['sector'] === 'string' && arrayOf(s['a'], isOrganization) && arrayOf(s['b'], isOrganization)) &&
    arrayOf(value['onlyA'], isSideSector) &&
    arrayOf(value['onlyB'], isSideSector)
  );
}

function isNamed(value: unknown): boolean {
  return isRecord(value) && typeof value['name'] === 'string';
}

function isSideSector(value: unknown): boolean {
  return isRecord(value) && typeof value['sector'] === 'string' && arrayOf(value['organizations'], isOrganization);
}

function isOrganization(value: unknown): boolean {
  return isRecord(value) && typeof value['organization'] === 'string' && typeof value['relation'] === 'string' && arrayOf(value['evidence'], isEvidence);
}

function isEvidence(value: unknown): boolean {
  return isRecord(value) && Number.isSafeInteger(value['id']) && typeof value['where'] === 'string' && typeof value['text'] === 'string';
}

function arrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(check);
}
