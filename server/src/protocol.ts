/**
 * The typed contract between the Entity Lens client and server: custom requests, their DTOs and the settings.
 * Shared by both sides, so it imports only protocol types and never server code (which would pull the NLP
 * engine into the client bundle).
 */
import { NotificationType0, RequestType } from 'vscode-languageserver-protocol';
import type { Location } from 'vscode-languageserver-protocol';

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

/** A piece of evidence for an overlap (DESIGN.md §6, overlap JSON). */
export interface OverlapEvidenceDto {
  readonly path: string;
  readonly line: number;
  readonly text: string;
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

/** Result of `entityLens/rivalryOverlap`, the same shape as `entity-lens overlap --json`. */
export interface RivalryOverlapResult {
  readonly a: { readonly id: string; readonly name: string };
  readonly b: { readonly id: string; readonly name: string };
  readonly sectors: readonly OverlapSectorDto[];
}

/** `entityLens/rivalryOverlap`: where the businesses of two people compete. */
export const RivalryOverlapRequest = new RequestType<RivalryOverlapParams, RivalryOverlapResult, void>('entityLens/rivalryOverlap');

/** Severity names a user can pick per diagnostic code; "off" hides the code. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The diagnostic codes and their setting keys. */
export const DIAGNOSTIC_CODES = ['hedged-claim', 'vague-attribution', 'unsourced-figure'] as const;

/** A diagnostic code (DESIGN.md §5). */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** The `entityLens.*` settings, normalized. */
export interface Settings {
  readonly diagnostics: {
    readonly enable: boolean;
    readonly severity: Readonly<Record<DiagnosticCode, SeverityName>>;
  };
  readonly files: {
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly maxSizeMB: number;
  };
}

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Settings helpers: defaults and a normalizer that accepts anything a client may send. */
export const Settings = {
  /** The defaults, also declared in the manifest's `contributes.configuration`. */
  defaults: {
    diagnostics: {
      enable: true,
      severity: { 'hedged-claim': 'warning', 'vague-attribution': 'warning', 'unsourced-figure': 'information' },
    },
    files: {
      include: ['**/*.{txt,md}'],
      exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'],
      maxSizeMB: 5,
    },
  } as Settings,

  /** Normalizes the raw `entityLens` section: unknown or ill-typed values fall back to the defaults. */
  from(raw: unknown): Settings {
    const d = Settings.defaults;
    const root = record(raw);
    const diagnostics = record(root['diagnostics']);
    const severity = record(diagnostics['severity']);
    const files = record(root['files']);
    const pick = (code: DiagnosticCode): SeverityName => {
      const value = severity[code] ?? severity[camel(code)];
      return SEVERITIES.includes(value as SeverityName) ? (value as SeverityName) : d.diagnostics.severity[code];
    };
    const maxSize = files['maxSizeMB'];
    return {
      diagnostics: {
        enable: typeof diagnostics['enable'] === 'boolean' ? diagnostics['enable'] : d.diagnostics.enable,
        severity: { 'hedged-claim': pick('hedged-claim'), 'vague-attribution': pick('vague-attribution'), 'unsourced-figure': pick('unsourced-figure') },
      },
      files: {
        include: strings(files['include']) ?? d.files.include,
        exclude: strings(files['exclude']) ?? d.files.exclude,
        maxSizeMB: typeof maxSize === 'number' && maxSize > 0 && Number.isFinite(maxSize) ? maxSize : d.files.maxSizeMB,
      },
    };
  },
};

/** The client command that lists an entity's mentions; hover cards link to it with `[entityId]` as arguments. */
export const SHOW_MENTIONS_COMMAND = 'entityLens.showMentions';

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** A folder the server may write its analysis cache to (the extension's global storage). */
  readonly storagePath?: string;
  /** The client runs our commands from hover links (`markdown.isTrusted.enabledCommands`). */
  readonly commandLinks?: boolean;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

/** Settings may arrive with camelCase keys ("hedgedClaim") from the manifest. */
function camel(code: string): string {
  return code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
