/**
 * Semantic tokens for people, organizations and figures, mapped to standard token types so that stock themes
 * colour them (person -> class, organization -> enumMember, figure -> number), with our own modifiers.
 */
import { SemanticTokensBuilder, type Disposable, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Mention } from '../analysis/index';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { withDocument, type FeatureContext } from './context';
import { documentUri } from './params';

/** Token types, indexed by entity kind order. */
const TOKEN_TYPES = ['class', 'enumMember', 'number'] as const;
/** Modifiers: the standard "declaration" plus ours. */
const TOKEN_MODIFIERS = ['declaration', 'registry', 'propagated', 'approximate', 'unsourced'] as const;

/** The legend announced at initialize. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_OF = { person: 0, organization: 1, figure: 2 } as const;

/** Encodes the document's mentions as semantic tokens (a name broken across lines is coloured on its first line). */
export function provideSemanticTokens(snapshot: IndexSnapshot, doc: IndexedDocument): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const seen = new Set<string>();
  const unsourced = doc.analysis.claims.filter((c) => c.code === 'unsourced-figure');
  let claim = 0;
  doc.analysis.mentions.forEach((mention, index) => {
    const start = doc.document.positionAt(mention.start);
    const end = doc.document.positionAt(mention.end);
    const length = end.line === start.line ? end.character - start.character : doc.document.offsetAt({ line: start.line + 1, character: 0 }) - mention.start;
    const id = snapshot.workspace.entityIdOf(doc.key, index);
    const entity = id === undefined ? undefined : snapshot.workspace.entity(id);
    const declaration = id !== undefined && !seen.has(id);
    if (id !== undefined) {
      seen.add(id);
    }
    // Both lists are sorted by start, so one forward pointer finds the overlapping claim.
    while (claim < unsourced.length && unsourced[claim].end <= mention.start) {
      claim++;
    }
    const inClaim = claim < unsourced.length && unsourced[claim].start < mention.end;
    const bits = modifiers(mention, declaration, entity?.registry !== undefined, inClaim);
    if (length > 0) {
      builder.push(start.line, start.character, length, TYPE_OF[mention.kind], bits);
    }
  });
  return builder.build();
}

function modifiers(mention: Mention, declaration: boolean, registry: boolean, unsourced: boolean): number {
  const flags = [declaration, registry, mention.reason === 'propagated', mention.figure?.approximate === true, unsourced];
  return flags.reduce((bits, on, i) => (on ? bits | (1 << i) : bits), 0);
}

/** Registers `textDocument/semanticTokens/full`. */
export function registerSemanticTokens(ctx: FeatureContext): Disposable {
  return ctx.connection.languages.semanticTokens.on((params, token) =>
    withDocument(ctx.index, documentUri(params), token, { data: [] }, (snapshot, doc) => provideSemanticTokens(snapshot, doc)),
  );
}
