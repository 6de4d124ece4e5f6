/**
 * The analysis engine's public surface. Everything outside `analysis/` imports from here.
 * Pure: no LSP types, no Node APIs.
 */
export * from './types';
export { analyzeDocument, type AnalyzeOptions } from './document';
export { ParagraphCache } from './paragraphCache';
export { parseRegistry, normalizeKey, EMPTY_REGISTRY, type Registry, type RegistryEntry, type RegistryProblem } from './registry';
export { resolveWorkspace, type AnalyzedDocument, type EntityRecord, type MentionRef, type ResolvedWorkspace } from './resolve';
export { analyzeCorpus, collectKnownNames, type CorpusAnalysis, type SourceDocument } from './corpus';
export type { KnownNames } from './propagate';
export type { BlockKind } from './prose';
export { ontoNotesType, type OntoNotesType } from './ontonotes';
