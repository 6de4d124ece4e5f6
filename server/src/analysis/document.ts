/**
 * Document analysis: mask markup, analyze each block (memoized by its text), shift offsets into the document,
 * then recognize, across the whole document, names that were recognized once (propagation).
 */
import { nameBookKey } from './bookKey';
import { buildNameBook, propagateBlock, TEACH_CONFIDENCE, type KnownNames } from './propagate';
import { analyzeParagraph, type ParagraphAnalysis } from './paragraph';
import { ParagraphCache } from './paragraphCache';
import { toProse } from './prose';
import { extractRelations } from './relations';
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
  const keyed = blocks.map((block) => {
    const blockText = masked.slice(block.start, block.end);
    const key = `${block.kind}\u0000${blockText}`;
    return { block, blockText, key, result: cache.get(key, () => analyzeParagraph(blockText, block.kind)) };
  });
  const registry = options.registry ?? EMPTY_REGISTRY;
  const bookKey = nameBookKey(keyed.map((k) => k.result.mentions), registry, options.knownNames, TEACH_CONFIDENCE);
  const book = cache.getBook(bookKey, () => buildNameBook(localMentions(keyed.map((k) => k.result)), registry, options.knownNames));
  const out = { paragraphs: [] as Span[], sentences: [] as Span[], mentions: [] as Mention[], claims: [] as Claim[], relations: [] as RelationFact[], roles: [] as RoleFact[] };
  for (const { block, blockText, key, result } of keyed) {
    const at = block.start;
    // Propagation depends on the block and the book only: memoized, an edit that leaves the set of known names
    // alone re-propagates only the block it touched.
    const block_ = cache.getPropagated(`${book.hash}\u0000${key}`, () => {
      const mentions = propagateBlock(blockText, result.mentions, result.candidates, book);
      // Relations read the final mentions: "Musk leads SpaceX" needs "Musk" recognized through propagation.
      return { mentions, ...extractRelations({ text: blockText, sentences: result.sentences, mentions }) };
    });
    out.paragraphs.push({ start: block.start, end: block.end });
    for (const s of result.sentences) {
      out.sentences.push(shiftSpan(s, at));
    }
    for (const m of block_.mentions) {
      out.mentions.push(at === 0 ? m : { ...m, start: m.start + at, end: m.end + at });
    }
    for (const c of result.claims) {
      out.claims.push({ ...c, start: c.start + at, end: c.end + at, sentence: shiftSpan(c.sentence, at) });
    }
    for (const r of block_.relations) {
      out.relations.push({ ...r, evidence: shiftSpan(r.evidence, at) });
    }
    for (const r of block_.roles) {
      out.roles.push({ ...r, evidence: shiftSpan(r.evidence, at) });
    }
  }
  return { length: text.length, ...out, warnings: [] };
}

function* localMentions(results: readonly ParagraphAnalysis[]): Iterable<Mention> {
  for (const result of results) {
    yield* result.mentions;
  }
}

function shiftSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
