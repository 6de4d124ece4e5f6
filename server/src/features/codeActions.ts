/**
 * Code actions: quick fixes on sourcing findings (claimActions.ts) and corrections of the recognizer on a
 * mention or selection (entityActions.ts).
 */
import type { CodeAction, CodeActionParams, Disposable } from 'vscode-languageserver';
import type { AcknowledgementRecord } from '../analysis/index';
import { offsetOf } from '../lsp/convert';
import type { EditSupport } from '../lsp/workspaceEdits';
import type { SidecarFile } from '../workspace/sidecarFiles';
import { registryFileFor } from '../workspace/sidecarFiles';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { claimActions, findingsIn } from './claimActions';
import { withDocument, type FeatureContext } from './context';
import { correctionTarget, entityActions } from './entityActions';
import { codeActionParams } from './requestParams';

/** What the provider needs besides the snapshot. */
export interface CodeActionOptions extends EditSupport {
  readonly acknowledgements: readonly AcknowledgementRecord[];
  /** The registry file a correction of these names goes to (undefined without a workspace folder). */
  readonly registryFor: (names: readonly string[]) => SidecarFile | undefined;
}

/** The code actions for a range of a document. */
export function provideCodeActions(snapshot: IndexSnapshot, doc: IndexedDocument, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const start = offsetOf(doc.document, params.range.start);
  const end = offsetOf(doc.document, params.range.end) ?? start;
  if (start === undefined || end === undefined) {
    return [];
  }
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants('quickfix')) {
    for (const item of findingsIn(snapshot, doc, start, end, options.acknowledgements)) {
      actions.push(...claimActions(doc, item, params.context.diagnostics, options));
    }
  }
  const target = wants('refactor.rewrite.entityLens') ? correctionTarget(snapshot, doc, start, end) : undefined;
  if (target) {
    actions.push(...entityActions(doc, target, options.registryFor, options));
  }
  return actions;
}

/** Registers `textDocument/codeAction`. */
export function registerCodeActions(ctx: FeatureContext): Disposable {
  return ctx.connection.onCodeAction((raw, token) => {
    const params = codeActionParams(raw);
    return withDocument(ctx.index, params.textDocument.uri, token, [], (snapshot, doc) =>
      provideCodeActions(snapshot, doc, params, {
        documentChanges: ctx.client.documentChanges ?? false,
        snippetEdits: ctx.client.snippetEdits ?? false,
        acknowledgements: ctx.index.acknowledgements,
        registryFor: (names) => registryFileFor(ctx.index, ctx.folders ?? [], doc.document.uri, names),
      }),
    );
  });
}
