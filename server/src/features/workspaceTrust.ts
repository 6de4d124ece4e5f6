/**
 * Workspace trust as the client reports it: our VS Code client says at initialize whether the user trusts the
 * workspace and notifies when trust is granted later. An untrusted workspace's registry is still read (it is
 * data), but its links are not made clickable. Clients that say nothing (other editors, the CLI) are trusted.
 */
import type { Connection, Disposable } from 'vscode-languageserver';
import { WorkspaceTrustNotification, type InitializationOptions } from '../protocol';

/** Whether the workspace is trusted now. */
export class WorkspaceTrust {
  #trusted: boolean;

  constructor(options: InitializationOptions | undefined) {
    this.#trusted = options?.workspaceTrusted !== false;
  }

  get trusted(): boolean {
    return this.#trusted;
  }

  /** Listens for `entityLens/workspaceTrust`; later hovers follow it. */
  listen(connection: Connection): Disposable {
    return connection.onNotification(WorkspaceTrustNotification, (params) => {
      this.#trusted = params?.trusted !== false;
    });
  }
}
