/**
 * The analysis engine's public surface. Everything outside `analysis/` imports from here.
 * Pure: no LSP types, no Node APIs.
 */
export * from './types';
export { analyzeDocument, type AnalyzeOptions } from './document';
export { AnalysisBudgetExceeded, type AnalysisBudget } from './budget';
export { ParagraphCache } from './paragraphCache';
export { parseRegistry, normalizeKey, EMPTY_REGISTRY, type Registry, type RegistryEntry, type RegistryProblem } from './registry';
export { resolveWorkspace, type AnalyzedDocument, type EntityRecord, type MentionRef, type ResolvedWorkspace } from './resolve';
export { analyzeCorpus, collectKnownNames, type CorpusAnalysis, type SourceDocument } from './corpus';
export type { KnownNames } from './propagate';
export type { BlockKind } from './prose';
export { ontoNotesType, type OntoNotesType } from './ontonotes';
export { applySuppressions, findDirectives, type SuppressionDirective } from './suppressions';
export {
  ACKNOWLEDGEMENTS_PATH,
  addAcknowledgement,
  isAcknowledged,
  normalizeSentence,
  parseAcknowledgements,
  type AcknowledgementProblem,
  type AcknowledgementRecord,
  type ParsedAcknowledgements,
} from './acknowledgements';
export { findInconsistentFigures, type ConsistencyDocument, type FigurePlace, type InconsistentFigure } from './consistency';
export { computeRivalryOverlap, OverlapNameError, findPerson, suggestPersons, type OverlapInput, type OverlapResult, type OverlapSector, type OverlapOrganization, type OverlapEvidence, type OverlapPlace, type SideSector, type OverlapDocument } from './rivalry';
export { normalizeSector } from './sectors';
export { extractRelations, type RelationInput } from './relations';
export { claimOptionsKey } from './document';
export { DEFAULT_FIGURE_KINDS, type ClaimOptions } from './claims';
export { figureConsistency, FigureConsistency, measureLabelOf, type ComparableFigure, type FigureConsistencyResult } from './consistency';
export { silenceFindings, type KeptFinding, type SilencedFindings, type SourcingItem } from './findings';
export { applyRegistryCorrection, type RegistryCorrection, type RegistryEditResult } from './registryEdit';
export { attributionInsertion, type AttributionInsertion } from './attribution';
