/**
 * Code actions at provider level: quick fixes on claims (attribution snippet placement, acknowledge command,
 * suppression comment) and registry corrections on mentions and selections.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, CodeActionParams, CreateFile, Range, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AcknowledgementRecord } from '../../server/src/analysis/index';
import { provideCodeActions, type CodeActionOptions } from '../../server/src/features/codeActions';
import type { SidecarFile } from '../../server/src/workspace/sidecarFiles';
import { positionOf } from '../support/markers';
import { analyzedSnapshot } from '../support/snapshots';

const A = 'file:///ws/a.md';
const REGISTRY = 'file:///ws/entities.json';

interface Check {
  readonly text: string;
  /** The text the cursor is on (or the selection, with `select`). */
  readonly at: string;
  readonly select?: boolean;
  readonly languageId?: string;
  readonly options?: Partial<CodeActionOptions>;
}

function actionsFor(check: Check): { actions: CodeAction[]; document: TextDocument } {
  const snapshot = analyzedSnapshot([{ uri: A, text: check.text, languageId: check.languageId ?? 'markdown' }]);
  const doc = snapshot.get(A)!;
  const start = positionOf(check.text, check.at);
  const end = check.select ? doc.document.positionAt(doc.document.offsetAt(start) + check.at.length) : start;
  const params: CodeActionParams = { textDocument: { uri: A }, range: { start, end }, context: { diagnostics: [] } };
  const registry: SidecarFile = { uri: REGISTRY, text: undefined, version: null };
  const options: CodeActionOptions = { documentChanges: true, snippetEdits: true, acknowledgements: [], registryFor: () => registry, ...check.options };
  return { actions: provideCodeActions(snapshot, doc, params, options), document: doc.document };
}

function titled(actions: readonly CodeAction[], prefix: string): CodeAction {
  const found = actions.find((a) => a.title.startsWith(prefix));
  assert.ok(found, `no action "${prefix}" in ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

/** The single text edit of a one-document edit: its range and text (a snippet's value when it is one). */
function onlyEdit(edit: WorkspaceEdit | undefined): { range: Range; text: string; snippet: boolean } {
  const change = edit?.documentChanges?.[0] as TextDocumentEdit;
  const first = change.edits[0] as { range: Range; newText?: string; snippet?: { value: string } };
  return { range: first.range, text: first.snippet?.value ?? first.newText ?? '', snippet: first.snippet !== undefined };
}

/** Applies a one-document edit to the document's text. */
function applied(document: TextDocument, edit: WorkspaceEdit | undefined): string {
  const { range, text } = onlyEdit(edit);
  return TextDocument.applyEdits(document, [{ range, newText: text }]);
}

describe('code actions on claims', () => {
  const attribution: Array<{ name: string; text: string; at: string; expect: string }> = [
    { name: 'takes the capital at the start of a sentence', text: 'The firm is reportedly profitable.\n', at: 'reportedly', expect: 'According to ${1:source}, the firm is reportedly profitable.\n' },
    { name: 'keeps the capital of a name', text: 'Kestrel Orbital is reportedly planning a share sale.\n', at: 'reportedly', expect: 'According to ${1:source}, Kestrel Orbital is reportedly planning a share sale.\n' },
    { name: 'goes after an introductory phrase', text: 'In 2023, analysts believe the firm grew.\n', at: 'analysts believe', expect: 'In 2023, according to ${1:source}, analysts believe the firm grew.\n' },
    { name: 'starts the second sentence of a paragraph', text: 'Rain fell. The firm is reportedly profitable.\n', at: 'reportedly', expect: 'Rain fell. According to ${1:source}, the firm is reportedly profitable.\n' },
  ];
  for (const c of attribution) {
    it(`inserts an attribution snippet that ${c.name}`, () => {
      const { actions, document } = actionsFor({ text: c.text, at: c.at });
      const action = titled(actions, 'Insert attribution');
      assert.equal(action.isPreferred, true);
      assert.equal(onlyEdit(action.edit).snippet, true);
      assert.equal(applied(document, action.edit), c.expect);
    });
  }

  it('inserts plain text when the client has no snippet edits', () => {
    const text = 'The firm is reportedly profitable.\n';
    const { actions, document } = actionsFor({ text, at: 'reportedly', options: { snippetEdits: false } });
    assert.equal(applied(document, titled(actions, 'Insert attribution').edit), 'According to [source], the firm is reportedly profitable.\n');
  });

  it('offers acknowledging as a client command with the sentence', () => {
    const text = 'Rain fell. The firm is reportedly profitable.\n';
    const action = titled(actionsFor({ text, at: 'reportedly' }).actions, 'Acknowledge with a reason');
    assert.equal(action.command?.command, 'entityLens.acknowledgeClaim');
    assert.deepEqual(action.command?.arguments, [{ uri: A, code: 'hedged-claim', sentence: 'The firm is reportedly profitable.' }]);
  });

  it('suppresses with a comment above the line, matching its indentation (Markdown only)', () => {
    const text = 'Intro line.\n\n  The firm is reportedly profitable.\n';
    const { actions, document } = actionsFor({ text, at: 'reportedly' });
    assert.equal(applied(document, titled(actions, 'Suppress hedged-claim').edit), 'Intro line.\n\n  <!-- entity-lens-disable-next-line hedged-claim -->\n  The firm is reportedly profitable.\n');
    assert.equal(actionsFor({ text, at: 'reportedly', languageId: 'plaintext' }).actions.some((a) => a.title.startsWith('Suppress')), false);
  });

  it('offers nothing for an acknowledged or suppressed claim', () => {
    const text = 'The firm is reportedly profitable.\n';
    const record: AcknowledgementRecord = { sentence: 'The firm is reportedly profitable.', code: 'hedged-claim', reason: 'notes' };
    assert.deepEqual(actionsFor({ text, at: 'reportedly', options: { acknowledgements: [record] } }).actions.filter((a) => a.kind === 'quickfix'), []);
    const suppressed = '<!-- entity-lens-disable-next-line hedged-claim -->\nThe firm is reportedly profitable.\n';
    assert.deepEqual(actionsFor({ text: suppressed, at: 'reportedly' }).actions.filter((a) => a.kind === 'quickfix'), []);
  });
});

describe('code actions on mentions', () => {
  const TEXT = 'Kestrel Orbital is planning a share sale, Marisol Quenby said.\n';

  it('offers the corrections a person mention can take', () => {
    const titles = actionsFor({ text: TEXT, at: 'Kestrel' }).actions.map((a) => a.title);
    assert.deepEqual(titles, ['Mark "Kestrel Orbital" as organization', '"Kestrel Orbital" is not an entity', '"Kestrel Orbital" is the same entity as…']);
  });

  it('marks as organization by creating entities.json through a WorkspaceEdit', () => {
    const action = titled(actionsFor({ text: TEXT, at: 'Kestrel' }).actions, 'Mark "Kestrel Orbital" as organization');
    const [create, change] = action.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create, { kind: 'create', uri: REGISTRY, options: { ignoreIfExists: true } });
    const registry = JSON.parse((change.edits[0] as { newText: string }).newText) as { entities: unknown[] };
    assert.deepEqual(registry.entities, [{ name: 'Kestrel Orbital', kind: 'organization' }]);
  });

  it('replaces the whole text of an existing registry, with its version', () => {
    const existing: SidecarFile = { uri: REGISTRY, text: '{\n  "entities": []\n}\n', version: 7 };
    const action = titled(actionsFor({ text: TEXT, at: 'Kestrel', options: { registryFor: () => existing } }).actions, '"Kestrel Orbital" is not an entity');
    const [change] = action.edit!.documentChanges! as [TextDocumentEdit];
    assert.deepEqual(change.textDocument, { uri: REGISTRY, version: 7 });
    assert.deepEqual((change.edits[0] as { range: Range }).range, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } });
    assert.deepEqual(JSON.parse((change.edits[0] as { newText: string }).newText), { entities: [], notEntity: ['Kestrel Orbital'] });
  });

  it('disables corrections when the registry cannot be parsed', () => {
    const broken: SidecarFile = { uri: REGISTRY, text: '{ oops', version: null };
    const action = titled(actionsFor({ text: TEXT, at: 'Kestrel', options: { registryFor: () => broken } }).actions, 'Mark "Kestrel Orbital"');
    assert.equal(action.edit, undefined);
    assert.match(action.disabled?.reason ?? '', /not valid JSON/);
  });

  it('offers marking a selection the engine missed, and the sector of an organization', () => {
    const text = 'The deal with northwind freight fell through, OpenAI said.\n';
    const missed = actionsFor({ text, at: 'northwind freight', select: true }).actions.map((a) => a.title);
    assert.deepEqual(missed, ['Mark "northwind freight" as person', 'Mark "northwind freight" as organization', '"northwind freight" is the same entity as…']);
    const org = actionsFor({ text, at: 'OpenAI' }).actions;
    assert.equal(titled(org, 'Set sector of "OpenAI"').command?.command, 'entityLens.setSector');
  });

  it('honours the only filter', () => {
    const text = 'Kestrel Orbital is reportedly planning a share sale.\n';
    const snapshot = analyzedSnapshot([{ uri: A, text }]);
    const position = positionOf(text, 'Kestrel');
    const options: CodeActionOptions = { documentChanges: true, snippetEdits: true, acknowledgements: [], registryFor: () => undefined };
    const only = (kinds: string[]): string[] =>
      provideCodeActions(snapshot, snapshot.get(A)!, { textDocument: { uri: A }, range: { start: position, end: { line: 0, character: 40 } }, context: { diagnostics: [], only: kinds } }, options).map((a) => a.kind ?? '');
    assert.ok(only(['quickfix']).every((k) => k === 'quickfix'));
    assert.ok(only(['refactor']).every((k) => k.startsWith('refactor.')));
  });
});
