/**
 * An immutable view of the workspace index at one moment: every document with its analysis, the registries,
 * and (computed on first use) the resolved entities and the facts about them. Features read only snapshots,
 * so one request never sees two states of the workspace.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveWorkspace, type DocumentAnalysis, type MentionRef, type Registry, type RegistryEntry, type RegistryProblem, type ResolvedWorkspace } from '../analysis/index';
import { uriKey } from '../util/uri';
import { EntityFacts } from './entityFacts';

/** A document and its analysis for the document's current version. */
export interface IndexedDocument {
  /** The normalized URI the index keys the document by (see util/uri.ts). */
  readonly key: string;
  /** The document; its `uri` is the spelling the client used. */
  readonly document: TextDocument;
  /** The version analyzed. Open documents are updated in place, so a held snapshot may be behind its document. */
  readonly version: number;
  readonly analysis: DocumentAnalysis;
}

/** A registry file, parsed. */
export interface RegistrySource {
  readonly key: string;
  readonly document: TextDocument;
  readonly registry: Registry;
  readonly problems: readonly RegistryProblem[];
}

/**
 * The latest resolved workspace among the snapshots of one index. Only the resolution is kept, never a snapshot,
 * so snapshots nobody resolved are not retained.
 */
export class ResolutionHistory {
  latest: ResolvedWorkspace | undefined;
  latestSequence = 0;
  snapshots = 0;
}

/** A consistent view of the index. */
export class IndexSnapshot {
  readonly #docs: ReadonlyMap<string, IndexedDocument>;
  readonly #registries: readonly RegistrySource[];
  readonly #registry: Registry;
  #workspace: ResolvedWorkspace | undefined;
  readonly #history: ResolutionHistory | undefined;
  readonly #sequence: number;
  #facts: EntityFacts | undefined;
  #keys: string[] | undefined;
  readonly #ordered = new Map<string, readonly MentionRef[]>();

  /**
   * @param docs documents by key
   * @param registries the registry files, in a stable order
   * @param registry the merged registry the analyses were made with
   * @param complete false while the first index of unopened files is still being built
   * @param history the latest resolution among the snapshots of the same index, which this snapshot's resolution
   *   starts from, so that an edit to one document does not resolve every document again
   */
  constructor(docs: ReadonlyMap<string, IndexedDocument>, registries: readonly RegistrySource[], registry: Registry, readonly complete = true, history?: ResolutionHistory) {
    this.#docs = docs;
    this.#registries = registries;
    this.#registry = registry;
    this.#history = history;
    this.#sequence = history ? ++history.snapshots : 0;
  }

  /** Entities resolved across every document, computed once per snapshot. */
  get workspace(): ResolvedWorkspace {
    if (!this.#workspace) {
      const history = this.#history;
      this.#workspace = resolveWorkspace(this.keys().map((key) => ({ uri: key, analysis: this.#docs.get(key)!.analysis })), this.#registry, history?.latest);
      // A snapshot resolved late (a request held it) does not replace a newer one's resolution.
      if (history && this.#sequence > history.latestSequence) {
        history.latest = this.#workspace;
        history.latestSequence = this.#sequence;
      }
    }
    return this.#workspace;
  }

  /** Relations and roles per entity, computed once per snapshot. */
  get facts(): EntityFacts {
    this.#facts ??= new EntityFacts(this.workspace, this.keys().map((key) => this.#docs.get(key)!));
    return this.#facts;
  }

  /** The indexed document for a URI in any spelling. */
  get(uri: string): IndexedDocument | undefined {
    // Keys from mention references are already normalized; only client URIs need the (costly) URL round trip.
    return this.#docs.get(uri) ?? this.#docs.get(uriKey(uri));
  }

  /** Document keys, sorted, so that "first in the workspace" is deterministic. */
  keys(): readonly string[] {
    this.#keys ??= [...this.#docs.keys()].sort();
    return this.#keys;
  }

  /** An entity's mentions ordered by document key, then position; memoized, since every card asks. */
  orderedMentions(id: string): readonly MentionRef[] {
    let found = this.#ordered.get(id);
    if (!found) {
      found = [...this.workspace.mentionsOf(id)].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index));
      this.#ordered.set(id, found);
    }
    return found;
  }

  /** The merged registry the analyses of this snapshot were made with. */
  get registry(): Registry {
    return this.#registry;
  }

  /** The registry file an entry came from. */
  registrySourceOf(entry: RegistryEntry): RegistrySource | undefined {
    return this.#registries.find((source) => source.registry.entries.includes(entry));
  }
}
