/**
 * The acknowledgements files of a workspace (`.entity-lens/acknowledgements.json` in each folder), parsed, and
 * their records together. Loaded from disk by DiskWorkspace and replaced by the editor's buffer while open, like
 * registries, so that an acknowledgement applied as a WorkspaceEdit counts before it is saved.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ACKNOWLEDGEMENTS_PATH, parseAcknowledgements, type AcknowledgementProblem, type AcknowledgementRecord } from '../analysis/index';
import { uriKey } from '../util/uri';

/** One acknowledgements file. */
export interface AcknowledgementSource {
  readonly key: string;
  readonly document: TextDocument;
  readonly records: readonly AcknowledgementRecord[];
  readonly problems: readonly AcknowledgementProblem[];
}

/** True when a URI or path names an acknowledgements file. */
export function isAcknowledgementsFile(uriOrPath: string): boolean {
  return uriOrPath.replace(/\\/g, '/').endsWith(`/${ACKNOWLEDGEMENTS_PATH}`);
}

/** Acknowledgements files by key. */
export class AcknowledgementSet {
  readonly #sources = new Map<string, AcknowledgementSource>();
  #records: readonly AcknowledgementRecord[] = [];

  /** Adds or replaces a file. */
  set(document: TextDocument): AcknowledgementSource {
    const key = uriKey(document.uri);
    const source = { key, document, ...parseAcknowledgements(document.getText()) };
    this.#sources.set(key, source);
    this.#merge();
    return source;
  }

  /** Removes a file; false when it was not there. */
  remove(uri: string): boolean {
    const removed = this.#sources.delete(uriKey(uri));
    if (removed) {
      this.#merge();
    }
    return removed;
  }

  /** The file with this URI, if loaded. */
  get(uri: string): AcknowledgementSource | undefined {
    return this.#sources.get(uriKey(uri));
  }

  /** Every record of every file. */
  get records(): readonly AcknowledgementRecord[] {
    return this.#records;
  }

  /** The files in key order. */
  sources(): AcknowledgementSource[] {
    return [...this.#sources.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  #merge(): void {
    this.#records = this.sources().flatMap((s) => s.records);
  }
}
