/**
 * One document's part of workspace resolution: the bucket key of each of its mentions and its mentions grouped
 * by bucket. It depends on the document's analysis, its URI, the registry, its own full names and the few
 * workspace name lookups it made; it is kept per analysis object and reused while all of those are the same,
 * which is what makes resolving again after an edit in one document cost about that document.
 */
import { normalizeName } from './names';
import { resolveName, type DocumentNames, type NameLookup, type WorkspaceNames } from './resolveNames';
import { normalizeKey, type Registry, type RegistryEntry } from './registry';
import type { DocumentAnalysis, EntityKind, FigureValue, Mention } from './types';
import type { MentionRef } from './resolve';

/** The mentions of one document that fall in one bucket, in mention order. */
export interface DocumentGroup {
  readonly key: string;
  /** The kind of the group's first mention. */
  readonly kind: EntityKind;
  /** The document the group belongs to, and the group's place among the document's groups. */
  readonly document: DocumentResolution;
  readonly order: number;
  readonly refs: MentionRef[];
  /** The figure of the first mention that has one. */
  figure?: FigureValue;
  /** Names (figures: texts) with their counts, in order of first use. */
  readonly names: Map<string, number>;
}

/** A document's part of resolution, and what it was computed from. */
export interface DocumentResolution {
  readonly uri: string;
  /** The mentions resolved (of the analysis it was computed for). */
  readonly mentions: readonly Mention[];
  readonly registryKeys: RegistryKeys;
  readonly names: DocumentNames;
  readonly lookups: readonly NameLookup[];
  /** The bucket key of each mention, by index. */
  readonly keys: readonly string[];
  /** In order of first mention. */
  readonly groups: readonly DocumentGroup[];
}

/** Registry names (and their normalized forms), keyed "kind|name", to the bucket key of their entry. */
export type RegistryKeys = ReadonlyMap<string, string>;

const resolutions = new WeakMap<DocumentAnalysis, DocumentResolution>();
const registryKeyMaps = new WeakMap<Registry, RegistryKeys>();

/** The bucket key of a registry entry. */
export function registryBucketKey(entry: RegistryEntry): string {
  return `${entry.kind}|${normalizeKey(entry.name)}`;
}

/** The registry's names to bucket keys; the same object for the same registry. */
export function registryKeysOf(registry: Registry): RegistryKeys {
  let keys = registryKeyMaps.get(registry) as Map<string, string> | undefined;
  if (!keys) {
    keys = new Map();
    for (const entry of registry.entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        // Detected organization names drop their legal form, so the registry's names are matched both ways.
        keys.set(`${entry.kind}|${normalizeKey(name)}`, registryBucketKey(entry));
        keys.set(`${entry.kind}|${normalizeKey(normalizeName(name, entry.kind))}`, registryBucketKey(entry));
      }
    }
    registryKeyMaps.set(registry, keys);
  }
  return keys;
}

/**
 * A document's part of resolution: the one computed for this analysis before, or for the document's previous
 * analysis (`before`) when its mentions read the same, if it still holds; else a new one.
 * @param names the full names resolution asks first for this document (its own, unless another document has
 *   the same URI)
 */
export function resolveDocument(uri: string, analysis: DocumentAnalysis, names: DocumentNames, registryKeys: RegistryKeys, workspace: WorkspaceNames, before?: DocumentResolution): DocumentResolution {
  const holds = (known: DocumentResolution | undefined): known is DocumentResolution =>
    known !== undefined && known.uri === uri && known.names === names && known.registryKeys === registryKeys && workspace.unchanged(known.lookups);
  let resolution = resolutions.get(analysis);
  if (!holds(resolution)) {
    // Most edits change no mention: typing between names moves offsets only, and offsets do not matter here.
    resolution = holds(before) && sameMentions(before.mentions, analysis.mentions) ? before : computeResolution(uri, analysis, names, registryKeys, workspace);
    resolutions.set(analysis, resolution);
  }
  return resolution;
}

/** True when resolution reads the same in both lists: kinds, names, texts and figures, in the same order. */
function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a === b) {
    return true;
  }
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.kind !== y.kind || x.name !== y.name || x.text !== y.text || !sameFigure(x.figure, y.figure)) {
      return false;
    }
  }
  return true;
}

/** True when two figures have the same fields with the same values. */
export function sameFigure(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  if (a === b) {
    return true;
  }
  if (!a || !b) {
    return false;
  }
  const keys = Object.keys(a) as Array<keyof FigureValue>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

function computeResolution(uri: string, analysis: DocumentAnalysis, names: DocumentNames, registryKeys: RegistryKeys, workspace: WorkspaceNames): DocumentResolution {
  const lookups: NameLookup[] = [];
  // A name recurs in a document; its key is resolved once, so each workspace lookup is recorded once.
  const keyByName = new Map<string, string>();
  const bucketKeyOf = (mention: Mention): string => {
    if (mention.kind === 'figure') {
      const f = mention.figure;
      return f && f.value !== undefined ? `figure|${f.kind}|${f.value}|${f.currency ?? ''}` : `figure|text|${normalizeKey(mention.text)}`;
    }
    const named = `${mention.kind}|${normalizeKey(mention.name)}`;
    let key = keyByName.get(named);
    if (key === undefined) {
      key = registryKeys.get(named) ?? fullNameKey(mention.kind, normalizeKey(mention.name));
      keyByName.set(named, key);
    }
    return key;
  };
  const fullNameKey = (kind: 'person' | 'organization', name: string): string => {
    const full = resolveName(kind, name, names[kind], workspace, lookups);
    return registryKeys.get(`${kind}|${full}`) ?? `${kind}|${full}`;
  };
  const keys: string[] = [];
  const groups: DocumentGroup[] = [];
  const resolution: DocumentResolution = { uri, mentions: analysis.mentions, registryKeys, names, lookups, keys, groups };
  const groupOf = new Map<string, DocumentGroup>();
  analysis.mentions.forEach((mention, index) => {
    const key = bucketKeyOf(mention);
    keys.push(key);
    let group = groupOf.get(key);
    if (!group) {
      group = { key, kind: mention.kind, document: resolution, order: groups.length, refs: [], names: new Map() };
      groupOf.set(key, group);
      groups.push(group);
    }
    group.refs.push({ uri, index });
    if (mention.figure) {
      group.figure ??= mention.figure;
    }
    const label = mention.kind === 'figure' ? mention.text : mention.name;
    group.names.set(label, (group.names.get(label) ?? 0) + 1);
  });
  return resolution;
}
