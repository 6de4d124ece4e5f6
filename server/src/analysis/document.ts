/**
 * Document analysis: mask markup, analyze each block (memoized by its text), shift offsets into the document,
 * then recognize, across the whole document, names that were recognized once (propagation).
 */
import { nameBookKey } from './bookKey';
import { deadlineOf, type AnalysisBudget } from './budget';
import { DEFAULT_FIGURE_KINDS, type ClaimOptions } from './claims';
import { buildNameBook, propagateBlock, TEACH_CONFIDENCE, type KnownNames } from './propagate';
import { analyzeParagraph, type ParagraphAnalysis } from './paragraph';
import { ParagraphCache } from './paragraphCache';
import { toProse } from './prose';
import { extractRelations } from './relations';
import { EMPTY_REGISTRY, normalizeKey, type Registry } from './registry';
import type { Claim, DocumentAnalysis, LocalName, Mention, RelationFact, RoleFact, Span } from './types';

/** Options for analyzeDocument. */
export interface AnalyzeOptions {
  /** "markdown" masks Markdown syntax; anything else is plain text. */
  readonly languageId?: string;
  readonly registry?: Registry;
  /** A shared paragraph cache; without one each call analyzes every paragraph afresh. */
  readonly cache?: ParagraphCache;
  /** Names recognized elsewhere in the workspace, recognized here too wherever they appear. */
  readonly knownNames?: KnownNames;
  /** The user's claim settings (extra cues, attribution phrases, figure kinds); part of the paragraph cache key. */
  readonly claimOptions?: ClaimOptions;
  /**
   * A time budget: past its deadline the analysis throws AnalysisBudgetExceeded (budget.ts) instead of going on.
   * It never changes a result, so it is not part of any cache key; without one the clock is never read.
   */
  readonly budget?: AnalysisBudget;
}

/**
 * Analyzes one document. Pure: the same text and options always give the same result (or, with a budget whose
 * deadline passes, an AnalysisBudgetExceeded error).
 */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const deadline = deadlineOf(options.budget);
  deadline.check();
  const { masked, blocks } = toProse(text, options.languageId ?? 'plaintext');
  const cache = options.cache ?? new ParagraphCache(Math.max(16, blocks.length));
  // Claims depend on the claim settings: their fingerprint joins the key (empty for the defaults, so keys stay as they were).
  const optionsKey = claimOptionsKey(options.claimOptions);
  const keyed = blocks.map((block) => {
    const blockText = masked.slice(block.start, block.end);
    const key = `${optionsKey}${block.kind}\u0000${blockText}`;
    deadline.check();
    return { block, blockText, key, result: cache.get(key, () => analyzeParagraph(blockText, block.kind, options.claimOptions, deadline)) };
  });
  const registry = options.registry ?? EMPTY_REGISTRY;
  const bookKey = nameBookKey(keyed.map((k) => k.result.mentions), registry, options.knownNames, TEACH_CONFIDENCE);
  deadline.check();
  const book = cache.getBook(bookKey, () => buildNameBook(localMentions(keyed.map((k) => k.result)), registry, options.knownNames, deadline));
  const out = { paragraphs: [] as Span[], sentences: [] as Span[], mentions: [] as Mention[], claims: [] as Claim[], relations: [] as RelationFact[], roles: [] as RoleFact[] };
  for (const { block, blockText, key, result } of keyed) {
    const at = block.start;
    deadline.check();
    // Propagation depends on the block and the book only: memoized, an edit that leaves the set of known names
    // alone re-propagates only the block it touched.
    const block_ = cache.getPropagated(`${book.hash}\u0000${key}`, () => {
      const mentions = propagateBlock(blockText, result.mentions, result.candidates, book, deadline);
      // Relations read the final mentions: "Quenby leads Kestrel" needs "Quenby" recognized through propagation.
      return { mentions, ...extractRelations({ text: blockText, sentences: result.sentences, mentions }, deadline) };
    });
    out.paragraphs.push({ start: block.start, end: block.end });
    for (const s of result.sentences) {
      out.sentences.push(shiftSpan(s, at));
    }
    for (const m of block_.mentions) {
      // The block's mentions carry the MASKED text (a NUL or \v inside a name is a space there); Mention.text is
      // the document's own slice, so it is re-read here (property test, issue 7).
      const exact = text.slice(m.start + at, m.end + at);
      out.mentions.push(at === 0 && exact === m.text ? m : { ...m, start: m.start + at, end: m.end + at, text: exact });
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
  return { length: text.length, ...out, warnings: [], localNames: localNamesOf(keyed.map((k) => k.result)) };
}

function localNamesOf(results: readonly ParagraphAnalysis[]): LocalName[] {
  const names = new Map<string, [string, 'person' | 'organization', number, number]>();
  for (const m of localMentions(results)) {
    if (m.kind === 'figure') {
      continue;
    }
    const key = normalizeKey(m.name);
    const seen = names.get(key);
    if (!seen) {
      names.set(key, [key, m.kind, m.confidence, m.confidence]);
    } else {
      seen[3] += m.confidence;
      if (m.confidence > seen[2]) {
        seen[1] = m.kind;
        seen[2] = m.confidence;
      }
    }
  }
  return [...names.values()];
}

/**
 * A stable fingerprint of claim options for cache keys: empty for the defaults, otherwise a hash of the
 * normalized options (phrases lower-cased, trimmed and sorted; kinds sorted), so that the same settings in any
 * order share cache entries and different settings never do.
 */
export function claimOptionsKey(options: ClaimOptions | undefined): string {
  const norm = (list: readonly string[] | undefined): string[] => [...new Set((list ?? []).map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))].sort();
  const kinds = [...new Set(options?.figureKinds ?? DEFAULT_FIGURE_KINDS)].sort();
  const hedges = norm(options?.hedgeCues);
  const attributions = norm(options?.attributionPhrases);
  if (hedges.length === 0 && attributions.length === 0 && kinds.join() === [...DEFAULT_FIGURE_KINDS].sort().join()) {
    return '';
  }
  const json = JSON.stringify([hedges, attributions, kinds]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193);
  }
  return `claims:${(hash >>> 0).toString(36)}:${json.length}\u0001`;
}

function* localMentions(results: readonly ParagraphAnalysis[]): Iterable<Mention> {
  for (const result of results) {
    yield* result.mentions;
  }
}

function shiftSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
