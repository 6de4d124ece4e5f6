/**
 * Definition, references, highlights, symbols and semantic tokens across in-memory documents.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provideDefinition } from '../../server/src/features/definition';
import { provideDocumentHighlights } from '../../server/src/features/documentHighlight';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbol';
import { provideReferences } from '../../server/src/features/references';
import { provideSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../server/src/features/semanticTokens';
import { provideWorkspaceSymbols } from '../../server/src/features/workspaceSymbol';
import { positionOf } from '../support/markers';
import { analyzedSnapshot } from '../support/snapshots';

const A = 'file:///ws/a.md';
const B = 'file:///ws/b.md';
const C = 'file:///ws/c.md';
const R = 'file:///ws/entities.json';
const TEXTS: Record<string, string> = {
  [A]: 'Quenby spoke first. Marisol Quenby, chief executive of Kestrel Orbital Inc., said more.\n',
  [B]: 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n',
  [C]: 'Altman and Quenby met in Denver. Marisol Quenby left early.\n',
};
const REGISTRY = JSON.stringify({ entities: [{ name: 'OpenAI', kind: 'organization', description: 'An AI lab.' }] }, null, 2);
const snapshot = analyzedSnapshot(Object.entries(TEXTS).map(([uri, text]) => ({ uri, text })), { uri: R, text: REGISTRY });

function at(uri: string, needle: string, occurrence = 0): [ReturnType<typeof snapshot.get> & object, ReturnType<typeof positionOf>] {
  return [snapshot.get(uri)!, positionOf(TEXTS[uri], needle, 1, occurrence)];
}

function textAt(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return snapshot.get(uri)!.document.getText(range);
}

describe('definition', () => {
  it('goes to the fullest form in the current document', () => {
    const location = provideDefinition(snapshot, ...at(A, 'Quenby'));
    assert.equal(location?.uri, A);
    assert.equal(textAt(A, location!.range), 'Marisol Quenby');
  });
  it('goes to the first full form in the workspace when the document has none', () => {
    const location = provideDefinition(snapshot, ...at(C, 'Altman'));
    assert.equal(location?.uri, B);
    assert.equal(textAt(B, location!.range), 'Sam Altman');
  });
  it('goes to the registry entry when there is one', () => {
    const location = provideDefinition(snapshot, ...at(B, 'OpenAI'));
    assert.equal(location?.uri, R);
  });
  it('is null away from entities', () => {
    assert.equal(provideDefinition(snapshot, ...at(B, 'grow')), null);
  });
});

describe('references', () => {
  it('lists every mention across files, aliases included', () => {
    const refs = provideReferences(snapshot, ...at(C, 'Quenby'), true);
    assert.deepEqual(refs.map((r) => `${r.uri.slice(-4)} ${textAt(r.uri, r.range)}`), ['a.md Quenby', 'a.md Marisol Quenby', 'c.md Quenby', 'c.md Marisol Quenby']);
  });
  it('leaves out the declaration without includeDeclaration', () => {
    assert.equal(provideReferences(snapshot, ...at(C, 'Quenby'), false).length, 3);
  });
  it('adds the registry entry as the declaration', () => {
    const refs = provideReferences(snapshot, ...at(B, 'OpenAI'), true);
    assert.equal(refs[0].uri, R);
    assert.equal(provideReferences(snapshot, ...at(B, 'OpenAI'), false).every((r) => r.uri === B), true);
  });
});

describe('highlights and symbols', () => {
  it('highlights the entity in its document only', () => {
    const highlights = provideDocumentHighlights(snapshot, ...at(B, 'Altman', 1));
    assert.deepEqual(highlights.map((h) => textAt(B, h.range)), ['Sam Altman', 'Altman']);
  });
  it('groups document symbols by kind', () => {
    const symbols = provideDocumentSymbols(snapshot, snapshot.get(A)!);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['People', ['Marisol Quenby']], ['Organizations', ['Kestrel Orbital']]]);
    assert.equal(symbols[0].children?.[0].detail, '2 mentions');
  });
  it('finds workspace symbols by alias', () => {
    const symbols = provideWorkspaceSymbols(snapshot, 'quenby');
    assert.equal(symbols[0]?.name, 'Marisol Quenby');
    assert.equal(symbols[0]?.location.uri, A);
  });
});

describe('semantic tokens', () => {
  it('encodes each mention with its kind and a declaration modifier on the first', () => {
    const { data } = provideSemanticTokens(snapshot, snapshot.get(B)!);
    const tokens = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      const text = TEXTS[B].split('\n')[line].slice(char, char + data[i + 2]);
      tokens.push([text, SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]], data[i + 4] & 1]);
    }
    assert.deepEqual(tokens, [['Sam Altman', 'class', 1], ['OpenAI', 'enumMember', 1], ['Altman', 'class', 0]]);
  });
});
