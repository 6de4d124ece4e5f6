/**
 * Plays a sequence of steps (lspSequences.ts) on a test client the way an eager editor does: every message in
 * order, without waiting for answers, so that requests are in flight while edits and cancellations arrive; then
 * collects how each request ended. Not a test file.
 */
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import type { LspTestClient } from '../support/lspClient';
import type { DocName, DocUris, Json, Step } from './lspSequences';

/** A param string `@doc:NAME` is replaced by that document's URI when the step is sent. */
const DOC_REF = /^@doc:(\w+)$/;

/** How one request ended. `hung` when no answer came before the deadline. */
export interface Outcome {
  readonly step: number;
  readonly method: string;
  readonly value?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
  readonly hung?: boolean;
}

/** Replaces `@doc:NAME` strings anywhere in params by the document's URI. */
export function resolveRefs(value: Json | undefined, uris: DocUris): Json | undefined {
  if (typeof value === 'string') {
    const ref = DOC_REF.exec(value);
    return ref && ref[1]! in uris ? uris[ref[1] as DocName] : value;
  }
  if (Array.isArray(value)) {
    return value.map((v) => resolveRefs(v, uris) ?? null);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, uris) ?? null]));
  }
  return value;
}

/** What a replay saw: how each request ended, and every notification sent (params as sent). */
export interface Replayed {
  readonly outcomes: readonly Outcome[];
  readonly notifications: ReadonlyArray<{ readonly method: string; readonly params: Json | undefined }>;
}

/**
 * Sends every step in order without waiting for answers (so requests are in flight while edits arrive), then
 * waits for every request to end, at most `deadlineMs` in all.
 */
export async function replay(client: LspTestClient, steps: readonly Step[], uris: DocUris, deadlineMs = 30_000): Promise<Replayed> {
  const versions = new Map<DocName, number>();
  const pending: Array<{ readonly step: number; readonly method: string; readonly outcome: Promise<Outcome> }> = [];
  const notifications: Array<{ method: string; params: Json | undefined }> = [];
  const notify = async (method: string, params: Json | undefined): Promise<void> => {
    notifications.push({ method, params });
    await (params === undefined ? client.connection.sendNotification(method) : client.connection.sendNotification(method, params));
  };
  for (const [i, s] of steps.entries()) {
    switch (s.kind) {
      case 'open':
        versions.set(s.doc, 1);
        await notify('textDocument/didOpen', { textDocument: { uri: uris[s.doc], languageId: s.languageId, version: 1, text: s.text } });
        break;
      case 'change': {
        const next = (versions.get(s.doc) ?? 1) + 1;
        versions.set(s.doc, next);
        const version = s.version === undefined ? next : s.version;
        await notify('textDocument/didChange', { textDocument: { uri: uris[s.doc], version }, contentChanges: resolveRefs(s.changes, uris) ?? null });
        break;
      }
      case 'close':
        await notify('textDocument/didClose', { textDocument: { uri: uris[s.doc] } });
        break;
      case 'notify':
        await notify(s.method, resolveRefs(s.params, uris));
        break;
      case 'settings':
        await client.changeSettings(s.settings);
        break;
      case 'request':
        pending.push({ step: i, method: s.method, outcome: request(client, i, s, resolveRefs(s.params, uris)) });
        break;
    }
  }
  return { outcomes: await settleAll(pending, deadlineMs), notifications };
}

function request(client: LspTestClient, index: number, s: Extract<Step, { kind: 'request' }>, params: Json | undefined): Promise<Outcome> {
  const source = new CancellationTokenSource();
  const sent = params === undefined ? client.connection.sendRequest(s.method, source.token) : client.connection.sendRequest(s.method, params, source.token);
  if (s.cancel === 'at-once') {
    source.cancel();
  } else if (s.cancel === 'next-turn') {
    setImmediate(() => source.cancel());
  }
  return sent.then(
    (value): Outcome => ({ step: index, method: s.method, value }),
    (error: { code?: number; message?: string }): Outcome => ({ step: index, method: s.method, error: { code: error.code ?? NaN, message: String(error.message) } }),
  );
}

async function settleAll(pending: ReadonlyArray<{ readonly step: number; readonly method: string; readonly outcome: Promise<Outcome> }>, deadlineMs: number): Promise<Outcome[]> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
  const done: Array<Outcome | undefined> = pending.map(() => undefined);
  pending.forEach((p, i) => void p.outcome.then((outcome) => (done[i] = outcome)));
  await Promise.race([Promise.all(pending.map((p) => p.outcome)), deadline]);
  clearTimeout(timer);
  return pending.map((p, i) => done[i] ?? { step: p.step, method: p.method, hung: true });
}
