/**
 * The acknowledgements files of a workspace (`.entity-lens/acknowledgements.json` in each folder), parsed, and
 * their records together. Loaded from disk by DiskWorkspace and replaced by the editor's buffer while open, like
 * registries, so that an acknowledgement applied as a WorkspaceEdit counts before it is saved.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ACKNOWLEDGEMENTS_PATH, parseAcknowledgements, type AcknowledgementProblem, type AcknowledgementRecord } from '../analysis/index';
import { ParsedFileSet } from './parsedFileSet';

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

/** Acknowledgements files by key, their records merged in key order. */
export class AcknowledgementSet extends ParsedFileSet<AcknowledgementSource, readonly AcknowledgementRecord[]> {
  constructor() {
    super(
      (key, document) => ({ key, document, ...parseAcknowledgements(document.getText()) }),
      (sources) => sources.flatMap((s) => s.records),
    );
  }

  /** Every record of every file. */
  get records(): readonly AcknowledgementRecord[] {
    return this.merged;
  }
}
