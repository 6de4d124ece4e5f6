/**
 * Requests that change Entity Lens's own files after the client asked the user something: acknowledging a claim
 * with a reason, and corrections that need a choice (same entity as, sector). The server computes the new file
 * text and applies it with `workspace/applyEdit`, so that the edit is visible, undoable and never written
 * behind the user's back. Also lists the acknowledgements for the client's quick pick.
 */
import type { Disposable, WorkspaceEdit } from 'vscode-languageserver';
import { addAcknowledgement, normalizeSentence } from '../analysis/index';
import { spanToLocation } from '../lsp/convert';
import { replaceFileEdit, type EditSupport } from '../lsp/workspaceEdits';
import {
  AcknowledgeClaimRequest,
  AcknowledgementsRequest,
  CorrectRegistryRequest,
  type AcknowledgeClaimParams,
  type AcknowledgementDto,
  type CorrectRegistryParams,
  type EditResult,
} from '../protocol';
import { acknowledgementsFileFor, folderOf, registryFileFor, relativePath } from '../workspace/sidecarFiles';
import type { IndexSnapshot } from '../workspace/snapshot';
import type { FeatureContext } from './context';
import { registryCorrectionEdit } from './entityActions';
import { acknowledgeClaimParams, correctRegistryParams } from './requestParams';

/** The acknowledgements file edit for a claim, or why it cannot be made. */
export function acknowledgeEdit(ctx: FeatureContext, params: AcknowledgeClaimParams, today: string): { edit: WorkspaceEdit } | { error: string } {
  const folders = ctx.folders ?? [];
  const file = acknowledgementsFileFor(ctx.index, folders, params.uri);
  if (!file) {
    return { error: 'Open a folder: acknowledgements are recorded in its .entity-lens/acknowledgements.json' };
  }
  if (params.reason.trim() === '') {
    return { error: 'An acknowledgement needs a reason' };
  }
  const record = { sentence: params.sentence, code: params.code, reason: params.reason, file: relativePath(folderOf(folders, params.uri), params.uri), date: today };
  try {
    return { edit: replaceFileEdit(file.uri, file.text, addAcknowledgement(file.text ?? '', record), file.version, editSupport(ctx)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Every acknowledgement with the places its sentence is at now. */
export function listAcknowledgements(ctx: FeatureContext, snapshot: IndexSnapshot): AcknowledgementDto[] {
  const sources = ctx.index.acknowledgementSources();
  const wanted = new Set(sources.flatMap((s) => s.records.map((r) => normalizeSentence(r.sentence))));
  const places = new Map<string, AcknowledgementDto['locations'][number][]>();
  for (const key of snapshot.keys()) {
    const doc = snapshot.get(key)!;
    const text = doc.document.getText();
    for (const sentence of doc.analysis.sentences) {
      const normalized = normalizeSentence(text.slice(sentence.start, sentence.end));
      if (wanted.has(normalized)) {
        places.set(normalized, [...(places.get(normalized) ?? []), spanToLocation(doc.document, sentence)]);
      }
    }
  }
  return sources.flatMap((source) =>
    source.records.map((r) => ({ ...r, source: source.document.uri, locations: places.get(normalizeSentence(r.sentence)) ?? [] })),
  );
}

/** Registers the edit requests and the acknowledgements list. */
export function registerEditRequests(ctx: FeatureContext): Disposable {
  const disposables = [
    ctx.connection.onRequest(AcknowledgeClaimRequest, (params) => apply(ctx, 'Acknowledge claim', acknowledgeEdit(ctx, acknowledgeClaimParams(params), new Date().toISOString().slice(0, 10)))),
    ctx.connection.onRequest(CorrectRegistryRequest, (params) => apply(ctx, 'Entity Lens correction', correctionEdit(ctx, correctRegistryParams(params)))),
    ctx.connection.onRequest(AcknowledgementsRequest, async (_, token) => {
      const snapshot = await ctx.index.snapshot(token);
      return { acknowledgements: snapshot ? listAcknowledgements(ctx, snapshot) : [] };
    }),
  ];
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}

function correctionEdit(ctx: FeatureContext, params: CorrectRegistryParams): { edit: WorkspaceEdit } | { error: string } {
  const c = params.correction;
  const names = c.type === 'sameAs' ? [c.target, c.name] : [c.name];
  return registryCorrectionEdit(c, registryFileFor(ctx.index, ctx.folders ?? [], params.uri, names), editSupport(ctx));
}

/** Applies an edit through the client; the client's answer says whether it did. */
async function apply(ctx: FeatureContext, label: string, built: { edit: WorkspaceEdit } | { error: string }): Promise<EditResult> {
  if ('error' in built) {
    return { applied: false, message: built.error };
  }
  const result = await ctx.connection.workspace.applyEdit({ label, edit: built.edit });
  return result.applied ? { applied: true } : { applied: false, message: result.failureReason ?? 'the editor did not apply the edit' };
}

function editSupport(ctx: FeatureContext): EditSupport {
  return { documentChanges: ctx.client.documentChanges ?? false, snippetEdits: ctx.client.snippetEdits ?? false };
}
