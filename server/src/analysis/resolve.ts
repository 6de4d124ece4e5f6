/**
 * Workspace-wide entity resolution: which mentions, in which documents, name the same entity.
 * Surname-only, given-name-only, titled and possessive person mentions resolve to a full name when that is
 * unambiguous (same document first, then the workspace); registry names and aliases win over detection.
 */
import { EMPTY_REGISTRY, normalizeKey, type Registry, type RegistryEntry } from './registry';
import { numberedIds } from './entityIds';
import { nextBuckets, type BucketSet, type BucketState } from './resolveBuckets';
import { registryKeysOf, resolveDocument, type DocumentResolution } from './resolveDocument';
import { documentNames, WorkspaceNames, type DocumentNames } from './resolveNames';
import type { DocumentAnalysis, EntityKind, FigureValue } from './types';

/** An entity known to the workspace. */
export interface EntityRecord {
  /** Stable id: kind plus a slug of the canonical name ("person:sam-altman"). */
  readonly id: string;
  readonly kind: EntityKind;
  /** The fullest form seen, or the registry's name. */
  readonly name: string;
  /** Other names the entity goes by in the text or the registry. */
  readonly aliases: readonly string[];
  readonly registry?: RegistryEntry;
  /** For figure entities: the shared normalized value. */
  readonly figure?: FigureValue;
}

/** A mention, addressed by its document and its index in that document's `mentions`. */
export interface MentionRef {
  readonly uri: string;
  readonly index: number;
}

/** One analyzed document, as resolution sees it. */
export interface AnalyzedDocument {
  readonly uri: string;
  readonly analysis: DocumentAnalysis;
}

/** The result of resolution: entities and the mention-entity mapping in both directions. */
export interface ResolvedWorkspace {
  readonly entities: readonly EntityRecord[];
  entity(id: string): EntityRecord | undefined;
  entityIdOf(uri: string, mentionIndex: number): string | undefined;
  mentionsOf(id: string): readonly MentionRef[];
  /** Entities whose name or alias matches `query` (case-insensitive; exact matches first). */
  find(query: string): EntityRecord[];
}

/**
 * Resolves the mentions of all documents into entities. Pure and deterministic for a given input order.
 * Each document's part is kept per analysis object (resolveDocument.ts), and given the resolution of a
 * previous state of the workspace, only the buckets that changed documents touch are redone
 * (resolveBuckets.ts); the result is the same as from scratch.
 */
export function resolveWorkspace(documents: Iterable<AnalyzedDocument>, registry: Registry = EMPTY_REGISTRY, previous?: ResolvedWorkspace): ResolvedWorkspace {
  const docs = [...documents];
  const before = previous && states.get(previous);
  const registryKeys = registryKeysOf(registry);
  const priorOf = (uri: string): DocumentResolution | undefined => before?.buckets.byUri?.get(uri);
  const namesOf = docs.map(({ uri, analysis }) => documentNames(analysis, priorOf(uri)?.names));
  // A document asks its own names first; when two documents share a URI, the last one's names answer for both.
  const namesByUri = new Map<string, DocumentNames>();
  docs.forEach(({ uri }, i) => namesByUri.set(uri, namesOf[i]!));
  const sameNames = before !== undefined && before.namesOf.length === namesOf.length && before.namesOf.every((names, i) => names === namesOf[i]);
  const workspaceNames = sameNames ? before.workspaceNames : new WorkspaceNames(namesOf);
  const resolutions = docs.map(({ uri, analysis }) => resolveDocument(uri, analysis, namesByUri.get(uri)!, registryKeys, workspaceNames, priorOf(uri)));
  const buckets = nextBuckets(before?.buckets, registry, resolutions);
  if (previous && buckets === before?.buckets) {
    // Nothing any document contributes changed: the previous result is this one.
    return previous;
  }
  const result = buildResult(buckets);
  states.set(result, { buckets, namesOf, workspaceNames });
  return result;
}

/** What the next resolution can start from. */
interface ResolutionState {
  readonly buckets: BucketSet;
  readonly namesOf: readonly DocumentNames[];
  readonly workspaceNames: WorkspaceNames;
}

const states = new WeakMap<ResolvedWorkspace, ResolutionState>();

/** Records per bucket, reused while the bucket and its id are the same. */
const records = new WeakMap<BucketState, EntityRecord>();

function buildResult(set: BucketSet): ResolvedWorkspace {
  const numbered = numberedIds(set.sorted, set.bucketOrder);
  const idOf = (bucket: BucketState): string => numbered.get(bucket) ?? bucket.baseId;
  const byId = new Map<string, { record: EntityRecord; bucket: BucketState }>();
  const entities = set.sorted.map((bucket) => {
    const id = idOf(bucket);
    let record = records.get(bucket);
    if (record?.id !== id) {
      record = { id, kind: bucket.kind, name: bucket.name, aliases: bucket.aliases, registry: bucket.registry, figure: bucket.figure };
      records.set(bucket, record);
    }
    byId.set(id, { record, bucket });
    return record;
  });
  // Each document's bucket keys in mention order, to map mentions to entity ids without a key per mention.
  const keysByDocument = new Map<string, readonly string[]>();
  for (const document of set.documents) {
    keysByDocument.set(document.uri, document.keys);
  }
  // Mentions per entity, gathered when first asked: most requests ask about a few entities.
  const refsById = new Map<string, readonly MentionRef[]>();
  const mentionsOf = (id: string): readonly MentionRef[] => {
    const groups = byId.get(id)?.bucket.groups;
    if (!groups) {
      return [];
    }
    let refs = refsById.get(id);
    if (!refs) {
      refs = groups.length === 1 ? groups[0]!.refs : groups.flatMap((group) => group.refs);
      refsById.set(id, refs);
    }
    return refs;
  };
  return {
    entities,
    entity: (id) => byId.get(id)?.record,
    entityIdOf: (uri, index) => {
      const key = Number.isInteger(index) && index >= 0 ? keysByDocument.get(uri)?.[index] : undefined;
      const bucket = key === undefined ? undefined : set.buckets.get(key);
      return bucket?.name ? idOf(bucket) : undefined;
    },
    mentionsOf,
    find: (query) => findEntities(entities, query),
  };
}

function findEntities(entities: readonly EntityRecord[], query: string): EntityRecord[] {
  const q = normalizeKey(query);
  if (!q) {
    return [];
  }
  const score = (e: EntityRecord): number => {
    const names = [e.name, ...e.aliases].map(normalizeKey);
    if (names.includes(q)) {
      return 3;
    }
    if (names.some((n) => n.split(' ').includes(q) || n.startsWith(q))) {
      return 2;
    }
    return names.some((n) => n.includes(q)) ? 1 : 0;
  };
  return entities
    .map((e) => ({ e, s: score(e) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .map((x) => x.e);
}
