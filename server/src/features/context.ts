/**
 * What every feature registration receives, and the shared request prologue: wait for a current snapshot,
 * find the document, guard, and hand over.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { contentModified } from '../util/cancellation';
import type { Folder } from '../workspace/diskWorkspace';
import type { SettingsCache } from '../workspace/settingsCache';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** What the client can do, decided once at initialize. */
export interface ClientFeatures {
  /** The client pulls diagnostics (`textDocument.diagnostic`); otherwise the server pushes them. */
  readonly pullDiagnostics: boolean;
  /** The client accepts `workspace/diagnostic/refresh` (asks again for every document after settings change). */
  readonly diagnosticRefresh: boolean;
  /** The client runs our commands from hover links (our own VS Code client says so in initializationOptions). */
  readonly commandLinks: boolean;
  /** The client applies snippet edits in workspace edits (`workspace.workspaceEdit.snippetEditSupport`). */
  readonly snippetEdits?: boolean;
  /** The client takes `documentChanges` and file creation in workspace edits. */
  readonly documentChanges?: boolean;
}

/** Dependencies of feature registrations. */
export interface FeatureContext {
  readonly connection: Connection;
  readonly index: WorkspaceIndex;
  readonly settings: SettingsCache;
  readonly client: ClientFeatures;
  /** Workspace folders on disk: where the registry and the acknowledgements file are created. */
  readonly folders?: readonly Folder[];
  /** Whether the user trusts the workspace (trusted when absent). */
  readonly trust?: { readonly trusted: boolean };
}

/**
 * Runs `fn` on a current snapshot and the requested document. Unknown documents and cancelled requests get
 * `empty`; a document that changed under the request gets ContentModified.
 */
export async function withDocument<R>(
  index: WorkspaceIndex,
  uri: string,
  token: CancellationToken,
  empty: R,
  fn: (snapshot: IndexSnapshot, doc: IndexedDocument) => R,
): Promise<R> {
  const snapshot = await index.snapshot(token);
  const doc = snapshot?.get(uri);
  if (!snapshot || !doc || token.isCancellationRequested) {
    return empty;
  }
  // The snapshot may hold an older version of a document edited while the request waited.
  if (doc.version !== index.liveVersion(uri)) {
    throw contentModified();
  }
  return fn(snapshot, doc);
}
