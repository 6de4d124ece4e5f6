/**
 * Document analysis: mask markup, analyze each block (memoized by its text), shift offsets into the document,
 * then recognize, across the whole document, names that were recognized once (propagation).
 */
import { propagateNames, type KnownNames } from './propagate';
import { analyzeParagraph, type ParagraphAnalysis } from './paragraph';
import { ParagraphCache } from './paragraphCache';
import { toProse } from './prose';
import { EMPTY_REGISTRY, type Registry } from './registry';
import type { Claim, DocumentAnalysis, Mention, RelationFact, RoleFact, Span } from './types';

/** Options for analyzeDocument. */
export interface AnalyzeOptions {
  /** "markdown" masks Markdown syntax; anything else is plain text. */
  readonly languageId?: string;
  readonly registry?: Registry;
  /** A shared paragraph cache; without one each call analyzes every paragraph afresh. */
  readonly cache?: ParagraphCache;
  /** Names recognized elsewhere in the workspace, recognized here too wherever they appear. */
  readonly knownNames?: KnownNames;
}

/** Analyzes one document. Pure: the same text and options always give the same result. */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const { masked, blocks } = toProse(text, options.languageId ?? 'plaintext');
  const cache = options.cache ?? new ParagraphCache(Math.max(16, blocks.length));
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const mentions: Mention[] = [];
  const candidates: Array<ParagraphAnalysis['candidates'][number]> = [];
  const claims: Claim[] = [];
  const relations: RelationFact[] = [];
  const roles: RoleFact[] = [];
  for (const block of blocks) {
    const blockText = masked.slice(block.start, block.end);
    const result = cache.get(`${block.kind}\u0000${blockText}`, () => analyzeParagraph(blockText, block.kind));
    const at = block.start;
    paragraphs.push({ start: block.start, end: block.end });
    for (const s of result.sentences) {
      sentences.push(shift(s, at));
    }
    for (const m of result.mentions) {
      mentions.push(shift(m, at));
    }
    for (const c of result.candidates) {
      candidates.push({ ...shift(c, at), parts: c.parts.map((p) => shift(p, at)) });
    }
    for (const c of result.claims) {
      claims.push({ ...shift(c, at), sentence: shift(c.sentence, at) });
    }
    for (const r of result.relations) {
      relations.push({ ...r, evidence: shift(r.evidence, at) });
    }
    for (const r of result.roles) {
      roles.push({ ...r, evidence: shift(r.evidence, at) });
    }
  }
  const registry = options.registry ?? EMPTY_REGISTRY;
  const resolved = propagateNames(masked, mentions, candidates, registry, options.knownNames);
  return {
    length: text.length,
    paragraphs,
    sentences,
    mentions: resolved,
    claims,
    relations,
    roles,
    warnings: [],
  };
}

function shift<T extends Span>(span: T, by: number): T {
  return by === 0 ? span : { ...span, start: span.start + by, end: span.end + by };
}
