/**
 * The typed contract between the Entity Lens client and server: custom requests, their DTOs and the settings.
 * Shared by both sides, so it imports only protocol types and never server code (which would pull the NLP
 * engine into the client bundle).
 */
import { NotificationType, NotificationType0, RequestType } from 'vscode-languageserver-protocol';
import type { Location, Range } from 'vscode-languageserver-protocol';

/** Entity kinds as the protocol names them. */
export type EntityKindDto = 'person' | 'organization' | 'figure';

/** Parameters of `entityLens/entities`. Every field narrows the answer; none gives the whole index. */
export interface EntitiesParams {
  /** Only entities mentioned in this document (the status bar count). */
  readonly uri?: string;
  /** Only this entity (a tree node being expanded). */
  readonly id?: string;
  /** Include every mention's location and line text; otherwise only counts. */
  readonly includeMentions?: boolean;
}

/** One mention of an entity, ready to reveal. */
export interface EntityMentionDto {
  readonly location: Location;
  /** The text of the mention's line, trimmed, for a tree label. */
  readonly preview: string;
}

/** One entity of the workspace index. */
export interface EntitySummaryDto {
  readonly id: string;
  readonly kind: EntityKindDto;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Mentions in the workspace (or in `uri` when the request named one). */
  readonly mentionCount: number;
  readonly mentions?: readonly EntityMentionDto[];
}

/** Result of `entityLens/entities`. */
export interface EntitiesResult {
  readonly entities: readonly EntitySummaryDto[];
  /** False while the first index of unopened files is still being built. */
  readonly complete: boolean;
}

/** `entityLens/entities`: the workspace index for the tree view and the status bar. */
export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>('entityLens/entities');

/**
 * `entityLens/entitiesChanged`: sent (debounced) when the index changed, so that the tree view and the status
 * bar ask again.
 */
export const EntitiesChangedNotification = new NotificationType0('entityLens/entitiesChanged');

/** Parameters of `entityLens/rivalryOverlap`: two entity ids or names. */
export interface RivalryOverlapParams {
  readonly a: string;
  readonly b: string;
}

/**
 * A piece of evidence for an overlap (DESIGN.md §6, overlap JSON), plus where to select it: the document's URI
 * (as the client spelled it) and the sentence's range.
 */
export interface OverlapEvidenceDto {
  /** The file system path (or the URI when the document is not a file). */
  readonly path: string;
  /** Zero-based line of the sentence's start. */
  readonly line: number;
  readonly text: string;
  readonly uri: string;
  readonly range: Range;
}

/** One side's organization in a sector. */
export interface OverlapOrganizationDto {
  readonly organization: string;
  readonly relation: string;
  readonly evidence: readonly OverlapEvidenceDto[];
}

/** A sector reached by both people. */
export interface OverlapSectorDto {
  readonly sector: string;
  readonly a: readonly OverlapOrganizationDto[];
  readonly b: readonly OverlapOrganizationDto[];
}

/** A sector reached by one person only. */
export interface OverlapSideSectorDto {
  readonly sector: string;
  readonly organizations: readonly OverlapOrganizationDto[];
}

/**
 * Result of `entityLens/rivalryOverlap`: the shape of `entity-lens overlap --json`, with what each side has on
 * its own (`onlyA`, `onlyB`), so that "no overlap" can still show both sides.
 */
export interface RivalryOverlapResult {
  readonly a: { readonly id: string; readonly name: string };
  readonly b: { readonly id: string; readonly name: string };
  readonly sectors: readonly OverlapSectorDto[];
  readonly onlyA: readonly OverlapSideSectorDto[];
  readonly onlyB: readonly OverlapSideSectorDto[];
}

/** `entityLens/rivalryOverlap`: where the businesses of two people compete. */
export const RivalryOverlapRequest = new RequestType<RivalryOverlapParams, RivalryOverlapResult, void>('entityLens/rivalryOverlap');

/** Severity names a user can pick per diagnostic code; "off" hides the code. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The diagnostic codes and their setting keys. */
export const DIAGNOSTIC_CODES = ['hedged-claim', 'vague-attribution', 'unsourced-figure', 'inconsistent-figure'] as const;

/** Figure kinds a user can require a source for (`entityLens.claims.figureKinds`). */
export type FigureKindName = 'money' | 'percent' | 'quantity' | 'year' | 'date';

const FIGURE_KINDS: readonly FigureKindName[] = ['money', 'percent', 'quantity', 'year', 'date'];

/** A diagnostic code (DESIGN.md §5). */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** The `entityLens.*` settings, normalized. */
export interface Settings {
  readonly diagnostics: {
    readonly enable: boolean;
    readonly severity: Readonly<Record<DiagnosticCode, SeverityName>>;
  };
  /** Claim detection: the user's own cue and attribution phrases, and the figure kinds that need a source. */
  readonly claims: {
    readonly hedgeCues: readonly string[];
    readonly attributionPhrases: readonly string[];
    readonly figureKinds: readonly FigureKindName[];
  };
  readonly files: {
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly maxSizeMB: number;
  };
  /** Seconds one document's analysis may take before it is abandoned (0: no limit). */
  readonly analysis: {
    readonly timeBudgetSeconds: number;
  };
}

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Settings helpers: defaults and a normalizer that accepts anything a client may send. */
export const Settings = {
  /** The defaults, also declared in the manifest's `contributes.configuration`. */
  defaults: {
    diagnostics: {
      enable: true,
      severity: { 'hedged-claim': 'warning', 'vague-attribution': 'warning', 'unsourced-figure': 'information', 'inconsistent-figure': 'warning' },
    },
    claims: { hedgeCues: [], attributionPhrases: [], figureKinds: ['money', 'percent'] },
    files: {
      include: ['**/*.{txt,md}'],
      exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'],
      maxSizeMB: 5,
    },
    analysis: { timeBudgetSeconds: 30 },
  } as Settings,

  /** Normalizes the raw `entityLens` section: unknown or ill-typed values fall back to the defaults. */
  from(raw: unknown): Settings {
    const d = Settings.defaults;
    const root = record(raw);
    const diagnostics = record(root['diagnostics']);
    const severity = record(diagnostics['severity']);
    const files = record(root['files']);
    const claims = record(root['claims']);
    const kinds = strings(claims['figureKinds'])?.filter((k): k is FigureKindName => FIGURE_KINDS.includes(k as FigureKindName));
    const pick = (code: DiagnosticCode): SeverityName => {
      const value = severity[code] ?? severity[camel(code)];
      return SEVERITIES.includes(value as SeverityName) ? (value as SeverityName) : d.diagnostics.severity[code];
    };
    const maxSize = files['maxSizeMB'];
    const budget = record(root['analysis'])['timeBudgetSeconds'];
    return {
      diagnostics: {
        enable: typeof diagnostics['enable'] === 'boolean' ? diagnostics['enable'] : d.diagnostics.enable,
        severity: Object.fromEntries(DIAGNOSTIC_CODES.map((code) => [code, pick(code)])) as Record<DiagnosticCode, SeverityName>,
      },
      claims: {
        hedgeCues: phrases(claims['hedgeCues']),
        attributionPhrases: phrases(claims['attributionPhrases']),
        figureKinds: kinds ?? d.claims.figureKinds,
      },
      files: {
        include: strings(files['include']) ?? d.files.include,
        exclude: strings(files['exclude']) ?? d.files.exclude,
        maxSizeMB: typeof maxSize === 'number' && maxSize > 0 && Number.isFinite(maxSize) ? maxSize : d.files.maxSizeMB,
      },
      analysis: {
        timeBudgetSeconds: typeof budget === 'number' && budget >= 0 && Number.isFinite(budget) ? budget : d.analysis.timeBudgetSeconds,
      },
    };
  },
};

/** The client command that lists an entity's mentions; hover cards link to it with `[entityId]` as arguments. */
export const SHOW_MENTIONS_COMMAND = 'entityLens.showMentions';

/**
 * The client command that compares two people in the rivalry overlap panel; person hover cards link to it with
 * `[entityId]` as arguments (the person is preselected), and `[idA, idB]` opens the panel directly.
 */
export const SHOW_RIVALRY_OVERLAP_COMMAND = 'entityLens.showRivalryOverlap';

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** A folder the server may write its analysis cache to (the extension's global storage). */
  readonly storagePath?: string;
  /** The client runs our commands from hover links (`markdown.isTrusted.enabledCommands`). */
  readonly commandLinks?: boolean;
  /**
   * False when the user has not trusted the workspace (VS Code's Restricted Mode): registry links are shown as
   * text, not links. Clients that do not say are trusted.
   */
  readonly workspaceTrusted?: boolean;
}

/** `entityLens/workspaceTrust`: the user trusted the workspace after the server started. */
export const WorkspaceTrustNotification = new NotificationType<{ readonly trusted: boolean }>('entityLens/workspaceTrust');

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

/** A list of non-empty phrases; anything else is an empty list. */
function phrases(value: unknown): string[] {
  return (strings(value) ?? []).map((p) => p.trim()).filter((p) => p !== '');
}

/** Settings may arrive with camelCase keys ("hedgedClaim") from the manifest. */
function camel(code: string): string {
  return code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

// ---- Sourcing quick fixes and annotation corrections (issues 4 and 6) ----

/** Client commands that code actions carry (the client asks the user, then sends the matching request). */
export const ACKNOWLEDGE_CLAIM_COMMAND = 'entityLens.acknowledgeClaim';
/** Client command: pick the entity a name is the same as (quick pick), then `entityLens/correctRegistry`. */
export const SAME_ENTITY_AS_COMMAND = 'entityLens.sameEntityAs';
/** Client command: ask for an organization's sector (input box), then `entityLens/correctRegistry`. */
export const SET_SECTOR_COMMAND = 'entityLens.setSector';

/** Arguments of the acknowledge command, as a code action passes them. */
export interface AcknowledgeClaimArgs {
  readonly uri: string;
  readonly code: string;
  /** The claim's sentence as written. */
  readonly sentence: string;
}

/** Parameters of `entityLens/acknowledgeClaim`: the claim and the reason the user typed. */
export interface AcknowledgeClaimParams extends AcknowledgeClaimArgs {
  readonly reason: string;
}

/** What an edit request did: the server applied a WorkspaceEdit (`workspace/applyEdit`), or why not. */
export interface EditResult {
  readonly applied: boolean;
  /** Why nothing was applied (a file that cannot be read, no workspace folder...). */
  readonly message?: string;
}

/** `entityLens/acknowledgeClaim`: adds the record to `.entity-lens/acknowledgements.json` through applyEdit. */
export const AcknowledgeClaimRequest = new RequestType<AcknowledgeClaimParams, EditResult, void>('entityLens/acknowledgeClaim');

/** One acknowledgement and where its sentence is in the workspace. */
export interface AcknowledgementDto {
  readonly sentence: string;
  readonly code: string;
  readonly reason: string;
  readonly file?: string;
  readonly date?: string;
  /** The acknowledgements file it is recorded in. */
  readonly source: string;
  /** Places where the sentence occurs now (may be empty when it was edited away). */
  readonly locations: readonly Location[];
}

/** `entityLens/acknowledgements`: every acknowledgement of the workspace. */
export const AcknowledgementsRequest = new RequestType<Record<string, never>, { readonly acknowledgements: readonly AcknowledgementDto[] }, void>('entityLens/acknowledgements');

/** A correction of the recognizer, written to the workspace registry. */
export type RegistryCorrectionDto =
  | { readonly type: 'setKind'; readonly name: string; readonly kind: 'person' | 'organization'; readonly aliases?: readonly string[] }
  | { readonly type: 'notEntity'; readonly name: string }
  | { readonly type: 'sameAs'; readonly name: string; readonly target: string; readonly targetKind: 'person' | 'organization'; readonly aliases?: readonly string[] }
  | { readonly type: 'setSector'; readonly name: string; readonly sector: string };

/** Arguments of the same-entity and sector commands, as a code action passes them. */
export interface EntityCommandArgs {
  /** The document the action was invoked in (picks the workspace folder). */
  readonly uri: string;
  readonly name: string;
  readonly kind?: 'person' | 'organization';
  readonly id?: string;
  readonly aliases?: readonly string[];
}

/** Parameters of `entityLens/correctRegistry`. */
export interface CorrectRegistryParams {
  readonly uri: string;
  readonly correction: RegistryCorrectionDto;
}

/** `entityLens/correctRegistry`: edits the registry through applyEdit (created on first use). */
export const CorrectRegistryRequest = new RequestType<CorrectRegistryParams, EditResult, void>('entityLens/correctRegistry');

/** Annotation export formats (as `entity-lens export`). */
export type ExportFormat = 'brat' | 'jsonl' | 'conll';

/** A file to write, relative to the folder the user picked. */
export interface ExportFileDto {
  readonly path: string;
  readonly text: string;
}

/** `entityLens/exportAnnotations`: the files `entity-lens export` would write; the client writes them. */
export const ExportAnnotationsRequest = new RequestType<{ readonly format: ExportFormat }, { readonly files: readonly ExportFileDto[]; readonly documents: number }, void>('entityLens/exportAnnotations');

/** Spelling dictionary formats (as `entity-lens dictionary`). */
export type DictionaryFormat = 'cspell' | 'vale' | 'harper' | 'ltex';

/** `entityLens/dictionary`: the dictionary file text; the client saves it where the user picks. */
export const DictionaryRequest = new RequestType<{ readonly format: DictionaryFormat; readonly lang?: string }, { readonly text: string; readonly words: number }, void>('entityLens/dictionary');

/** Parameters of `entityLens/internal/stats`. */
export interface InternalStatsParams {
  /** Run a full garbage collection first (only when the server runs with `--expose-gc`). */
  readonly collectGarbage?: boolean;
}

/** What the server holds, after the index has caught up with every change. Unstable: tests and benchmarks only. */
export interface InternalStatsResult {
  /** Documents in the index (open buffers and unopened workspace files). */
  readonly documents: number;
  readonly openDocuments: number;
  /** Documents with a cached analysis. */
  readonly analyses: number;
  /** Characters of document text the index holds. */
  readonly textChars: number;
  readonly knownNames: number;
  /** Documents the connection's document manager holds (the editor's open buffers). */
  readonly syncedDocuments: number;
  /** Resources whose settings are cached. */
  readonly settingsEntries: number;
  readonly paragraphCache: { readonly paragraphs: number; readonly propagated: number; readonly books: number; readonly capacity: number; readonly propagatedCapacity: number };
  /** `process.memoryUsage()` of the server, in bytes; `gcRan` says whether a collection ran just before. */
  readonly memory: { readonly rss: number; readonly heapUsed: number; readonly heapTotal: number; readonly external: number; readonly arrayBuffers: number; readonly gcRan: boolean };
}

/**
 * `entityLens/internal/stats`: counts of documents, analyses and cache entries, and memory. Internal and unstable
 * (its shape may change in any release); it exists so that load tests can check that memory stays bounded.
 */
export const InternalStatsRequest = new RequestType<InternalStatsParams, InternalStatsResult, void>('entityLens/internal/stats');
