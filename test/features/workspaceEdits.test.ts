/**
 * Edits of Entity Lens's own files: version-checked whole-file replacements for open buffers, minimal edits for
 * files the editor applies unchecked (so that another window's change elsewhere in the file survives).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { replaceFileEdit } from '../../server/src/lsp/workspaceEdits';
import { runs } from '../reliability/arbitraries';

const URI = 'file:///ws/entities.json';
const FULL = { documentChanges: true, snippetEdits: true };

function onlyEdit(edit: WorkspaceEdit): TextEdit {
  const change = edit.documentChanges?.[0] as TextDocumentEdit | undefined;
  const edits = change ? change.edits : edit.changes![URI]!;
  assert.equal(edits.length, 1);
  return edits[0] as TextEdit;
}

function applied(text: string, edit: TextEdit): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'json', 0, text), [edit]);
}

describe('file edits', () => {
  it('replaces the whole text of an open buffer, at its version', () => {
    const edit = replaceFileEdit(URI, '{ "entities": [] }\n', '{ "entities": [1] }\n', 4, FULL);
    assert.deepEqual((edit.documentChanges![0] as TextDocumentEdit).textDocument, { uri: URI, version: 4 });
    assert.deepEqual(onlyEdit(edit), { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '{ "entities": [1] }\n' });
  });

  it('replaces only the part that differs when nothing checks the version', () => {
    const before = '{\n  "entities": [\n    { "name": "A" }\n  ]\n}\n';
    const after = '{\n  "entities": [\n    { "name": "A", "kind": "person" }\n  ]\n}\n';
    for (const [version, support] of [[null, FULL], [4, { documentChanges: false, snippetEdits: false }]] as const) {
      const edit = onlyEdit(replaceFileEdit(URI, before, after, version, support));
      assert.deepEqual(edit, { range: { start: { line: 2, character: 17 }, end: { line: 2, character: 17 } }, newText: ', "kind": "person"' });
    }
  });

  it('keeps a change another window saved after the edited part meanwhile', () => {
    const before = '{\n  "entities": [\n    { "name": "A" }\n  ],\n  "notEntity": []\n}\n';
    const ours = before.replace('{ "name": "A" }', '{ "name": "A", "sectors": ["space launch"] }');
    const onDisk = before.replace('"notEntity": []', '"notEntity": ["Heron"]');
    const result = applied(onDisk, onlyEdit(replaceFileEdit(URI, before, ours, null, FULL)));
    assert.deepEqual(JSON.parse(result), { entities: [{ name: 'A', sectors: ['space launch'] }], notEntity: ['Heron'] });
  });

  it('turns any text into any other, never cutting a surrogate pair or a CRLF', () => {
    const piece = fc.constantFrom('a', 'b', '\r\n', '\n', '\r', '😀', '😁', 'é', ' ');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = onlyEdit(replaceFileEdit(URI, before, after, null, FULL));
        assert.equal(applied(before, edit), after);
        const document = TextDocument.create(URI, 'json', 0, before);
        for (const position of [edit.range.start, edit.range.end]) {
          const offset = document.offsetAt(position);
          const pair = /[\uD800-\uDBFF]$/.test(before.slice(0, offset)) && /^[\uDC00-\uDFFF]/.test(before.slice(offset));
          assert.ok(!pair && !(before[offset - 1] === '\r' && before[offset] === '\n'), `cut at ${offset} of ${JSON.stringify(before)}`);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
