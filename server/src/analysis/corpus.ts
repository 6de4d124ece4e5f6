/**
 * Analyzes a set of documents together: a first pass per document, then a second pass in which every name
 * recognized somewhere is recognized everywhere (the paragraph cache makes the second pass cheap), then
 * workspace resolution. Used by the CLI and by the workspace index's initial build.
 */
import { analyzeDocument } from './document';
import { ParagraphCache } from './paragraphCache';
import type { KnownNames } from './propagate';
import { EMPTY_REGISTRY, type Registry } from './registry';
import { resolveWorkspace, type ResolvedWorkspace } from './resolve';
import type { DocumentAnalysis } from './types';

/** A document to analyze. */
export interface SourceDocument {
  readonly uri: string;
  readonly text: string;
  /** "markdown" or "plaintext". */
  readonly languageId: string;
}

/** Per-document analyses plus the resolved workspace. */
export interface CorpusAnalysis {
  readonly analyses: ReadonlyMap<string, DocumentAnalysis>;
  readonly workspace: ResolvedWorkspace;
  readonly knownNames: KnownNames;
}

/** Minimum confidence for a name recognized in one place to be recognized everywhere. */
export const PROPAGATION_CONFIDENCE = 0.7;

/**
 * Collects the names that other documents should recognize: names recognized confidently once, or recognized
 * with modest confidence several times (a name with no cue but its shape, seen in three places, is a name).
 */
export function collectKnownNames(analyses: Iterable<DocumentAnalysis>): Map<string, 'person' | 'organization'> {
  // Local names only: they do not depend on known names, so this is the same however often it is recomputed.
  const evidence = new Map<string, { kind: 'person' | 'organization'; best: number; total: number }>();
  for (const analysis of analyses) {
    for (const [key, kind, best, total] of analysis.localNames) {
      const seen = evidence.get(key);
      if (!seen) {
        evidence.set(key, { kind, best, total });
      } else {
        seen.total += total;
        if (best > seen.best) {
          seen.kind = kind;
          seen.best = best;
        }
      }
    }
  }
  const known = new Map<string, 'person' | 'organization'>();
  for (const [key, e] of evidence) {
    if (e.best >= PROPAGATION_CONFIDENCE || e.total >= 1.5) {
      known.set(key, e.kind);
    }
  }
  // A one-word "organization" that is the surname of a known person is ambiguous: each document decides.
  for (const [key, kind] of known) {
    if (kind === 'person' && key.includes(' ')) {
      const surname = key.slice(key.lastIndexOf(' ') + 1);
      if (known.get(surname) === 'organization') {
        known.delete(surname);
      }
    }
  }
  return known;
}

/** Analyzes documents together (two passes) and resolves their entities. */
export function analyzeCorpus(documents: readonly SourceDocument[], registry: Registry = EMPTY_REGISTRY, cache = new ParagraphCache()): CorpusAnalysis {
  const first = documents.map((doc) => analyzeDocument(doc.text, { languageId: doc.languageId, registry, cache }));
  const knownNames = collectKnownNames(first);
  const analyses = new Map<string, DocumentAnalysis>();
  documents.forEach((doc) => {
    analyses.set(doc.uri, analyzeDocument(doc.text, { languageId: doc.languageId, registry, cache, knownNames }));
  });
  const workspace = resolveWorkspace([...analyses].map(([uri, analysis]) => ({ uri, analysis })), registry);
  return { analyses, workspace, knownNames };
}
