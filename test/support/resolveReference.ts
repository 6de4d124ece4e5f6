/**
 * The from-scratch entity resolution as it was before resolution became incremental, kept verbatim as the
 * oracle for test/analysis/resolveIncremental.test.ts: the engine's resolveWorkspace, with or without a
 * previous resolution, must give exactly what this gives. Not a test file.
 */
import { NAME_PARTICLES } from '../../server/src/analysis/nameCues';
import { normalizeName } from '../../server/src/analysis/names';
import { surnameForms } from '../../server/src/analysis/propagate';
import { EMPTY_REGISTRY, normalizeKey, type Registry, type RegistryEntry } from '../../server/src/analysis/registry';
import type { AnalyzedDocument, EntityRecord, MentionRef, ResolvedWorkspace } from '../../server/src/analysis/resolve';
import type { EntityKind, FigureValue, Mention } from '../../server/src/analysis/types';

interface Bucket {
  kind: EntityKind;
  registry?: RegistryEntry;
  figure?: FigureValue;
  names: Map<string, number>;
  refs: MentionRef[];
}

/** Resolves the mentions of all documents into entities, from scratch. */
export function referenceResolveWorkspace(documents: Iterable<AnalyzedDocument>, registry: Registry = EMPTY_REGISTRY): ResolvedWorkspace {
  const docs = [...documents];
  const buckets = new Map<string, Bucket>();
  const bucket = (key: string, kind: EntityKind): Bucket => {
    let found = buckets.get(key);
    if (!found) {
      found = { kind, names: new Map(), refs: [] };
      buckets.set(key, found);
    }
    return found;
  };
  const registryKeys = registryKeyMap(registry);
  for (const entry of registry.entries) {
    bucket(registryBucketKey(entry), entry.kind).registry = entry;
  }
  const people = new ShortNames(docs, 'person');
  const organizations = new ShortNames(docs, 'organization');
  // Each document's bucket keys in mention order, to map mentions to entity ids without a key per mention.
  const keysByDocument = new Map<string, string[]>();
  docs.forEach(({ uri, analysis }) => {
    const keys: string[] = [];
    keysByDocument.set(uri, keys);
    analysis.mentions.forEach((mention, index) => {
      const key = bucketKeyOf(mention, uri, registryKeys, people, organizations);
      keys.push(key);
      const target = bucket(key, mention.kind);
      target.refs.push({ uri, index });
      if (mention.figure) {
        target.figure ??= mention.figure;
      }
      const label = mention.kind === 'figure' ? mention.text : mention.name;
      target.names.set(label, (target.names.get(label) ?? 0) + 1);
    });
  });
  return buildResult(buckets, keysByDocument);
}

function registryBucketKey(entry: RegistryEntry): string {
  return `${entry.kind}|${normalizeKey(entry.name)}`;
}

function registryKeyMap(registry: Registry): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entry of registry.entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      // Detected organization names drop their legal form, so the registry's names are matched both ways.
      keys.set(`${entry.kind}|${normalizeKey(name)}`, registryBucketKey(entry));
      keys.set(`${entry.kind}|${normalizeKey(normalizeName(name, entry.kind))}`, registryBucketKey(entry));
    }
  }
  return keys;
}

function bucketKeyOf(mention: Mention, uri: string, registryKeys: Map<string, string>, people: ShortNames, organizations: ShortNames): string {
  if (mention.kind === 'figure') {
    const f = mention.figure;
    return f && f.value !== undefined ? `figure|${f.kind}|${f.value}|${f.currency ?? ''}` : `figure|text|${normalizeKey(mention.text)}`;
  }
  const key = normalizeKey(mention.name);
  const direct = registryKeys.get(`${mention.kind}|${key}`);
  if (direct) {
    return direct;
  }
  const full = mention.kind === 'person' ? people.resolve(key, uri) : organizations.resolve(key, uri);
  return registryKeys.get(`${mention.kind}|${full}`) ?? `${mention.kind}|${full}`;
}

/**
 * Full names (two or more words) seen in each document and in the workspace, for resolving one-word mentions.
 * For people a one-word mention resolves to a surname match first, then a given-name match; for organizations
 * to a name it begins ("Kestrel" -> "Kestrel Orbital"). The same document is asked first, then the workspace,
 * and only a single candidate counts.
 */
class ShortNames {
  readonly #byDoc = new Map<string, NameIndex>();
  readonly #all = new NameIndex();

  constructor(docs: readonly AnalyzedDocument[], private readonly kind: 'person' | 'organization') {
    for (const { uri, analysis } of docs) {
      const names = new NameIndex();
      for (const mention of analysis.mentions) {
        const key = normalizeKey(mention.name);
        if (mention.kind === kind && key.includes(' ')) {
          names.add(key);
          this.#all.add(key);
        }
      }
      this.#byDoc.set(uri, names);
    }
  }

  resolve(key: string, uri: string): string {
    // "Ter Horst", "de la Cruz": a surname with its particles is still a surname.
    if (key.includes(' ') && !(this.kind === 'person' && NAME_PARTICLES.has(key.slice(0, key.indexOf(' '))))) {
      return key;
    }
    const local = this.#byDoc.get(uri) ?? new NameIndex();
    // Lookups instead of scans: with thousands of full names, filtering every pool per mention was quadratic.
    const pickers: Array<(index: NameIndex) => Map<string, Set<string>>> = this.kind === 'person'
      ? [(index) => index.byLast, (index) => index.byFirst]
      : [(index) => index.byFirst];
    for (const pick of pickers) {
      for (const pool of [local, this.#all]) {
        const candidates = pick(pool).get(key);
        if (candidates?.size === 1) {
          return candidates.values().next().value as string;
        }
        if (candidates && candidates.size > 1) {
          break;
        }
      }
    }
    return key;
  }
}

/** Full names indexed by their first and last word. */
class NameIndex {
  readonly byFirst = new Map<string, Set<string>>();
  readonly byLast = new Map<string, Set<string>>();

  add(full: string): void {
    addName(this.byFirst, full.slice(0, full.indexOf(' ')), full);
    for (const surname of surnameForms(full.split(' '))) {
      addName(this.byLast, surname, full);
    }
  }
}

function addName(map: Map<string, Set<string>>, word: string, full: string): void {
  const names = map.get(word);
  if (names) {
    names.add(full);
  } else {
    map.set(word, new Set([full]));
  }
}


function buildResult(buckets: Map<string, Bucket>, keysByDocument: ReadonlyMap<string, readonly string[]>): ResolvedWorkspace {
  const entities: EntityRecord[] = [];
  const byId = new Map<string, EntityRecord>();
  const refsById = new Map<string, MentionRef[]>();
  const idByBucket = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const [key, b] of buckets) {
    const name = b.registry?.name ?? canonicalName(b.names);
    if (!name) {
      continue;
    }
    const id = uniqueId(`${b.kind}:${slug(b.figure && b.figure.value !== undefined ? figureSlug(b.figure) : name)}`, usedIds);
    const aliases = new Set<string>([...(b.registry?.aliases ?? []), ...b.names.keys()]);
    aliases.delete(name);
    const record: EntityRecord = { id, kind: b.kind, name, aliases: [...aliases].sort(), registry: b.registry, figure: b.figure };
    entities.push(record);
    byId.set(id, record);
    refsById.set(id, b.refs);
    idByBucket.set(key, id);
  }
  entities.sort((a, b) => (refsById.get(b.id)?.length ?? 0) - (refsById.get(a.id)?.length ?? 0) || a.name.localeCompare(b.name));
  // Per document, the entity id of each mention by index: a string key per mention ("uri#index") made this the
  // largest structure of a snapshot, and a snapshot is resolved again after every edit.
  const idsByDocument = new Map<string, Array<string | undefined>>();
  for (const [uri, keys] of keysByDocument) {
    idsByDocument.set(uri, keys.map((key) => idByBucket.get(key)));
  }
  return {
    entities,
    entity: (id) => byId.get(id),
    entityIdOf: (uri, index) => (Number.isInteger(index) && index >= 0 ? idsByDocument.get(uri)?.[index] : undefined),
    mentionsOf: (id) => refsById.get(id) ?? [],
    find: (query) => findEntities(entities, query),
  };
}

/** The fullest form: most words, then most frequent, then alphabetical. */
function canonicalName(names: Map<string, number>): string {
  return [...names.entries()]
    .sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

function figureSlug(figure: FigureValue): string {
  return `${figure.kind}-${figure.value}${figure.currency ? `-${figure.currency}` : ''}`;
}

function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'entity';
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) {
    candidate = `${id}-${n}`;
  }
  used.add(candidate);
  return candidate;
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
