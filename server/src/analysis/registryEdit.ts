/**
 * Corrections of the recognizer written to a registry file (issue 6): "Mark as person/organization", "Not an
 * entity", "Same entity as…", "Set sector…". Pure: takes the file's text and returns the new text, so that an
 * editor can apply it as one WorkspaceEdit (undo works) and the CLI or tests can use it as well.
 *
 * The file stays readable and stable: entries sorted by name (case-insensitively, then by code unit), `notEntity`
 * sorted, two-space indentation with short lists of strings on one line, a final newline. Nothing is lost:
 * unknown top-level keys, unknown entry fields and entries this code cannot read are kept as they are. A file
 * that is not JSON, or not a registry object, is never rewritten: the result is an error instead.
 */
import { normalizeKey } from './registry';

/** A correction. Names are matched like the engine matches them (case-insensitively, spaces collapsed). */
export type RegistryCorrection =
  /** The name is a person or organization (added, or its entry's kind changed); also removes it from notEntity. */
  | { readonly type: 'setKind'; readonly name: string; readonly kind: 'person' | 'organization'; readonly aliases?: readonly string[] }
  /** The name is never an entity. */
  | { readonly type: 'notEntity'; readonly name: string }
  /** `name` (and its `aliases`) are other names of `target`, which is created with `targetKind` if missing. */
  | { readonly type: 'sameAs'; readonly name: string; readonly target: string; readonly targetKind: 'person' | 'organization'; readonly aliases?: readonly string[] }
  /** Adds a sector to an organization (created if missing). */
  | { readonly type: 'setSector'; readonly name: string; readonly sector: string };

/** The new file text, or why the file was left alone. */
export type RegistryEditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** Lists of strings up to this many characters stay on one line. */
const INLINE_WIDTH = 80;

/** Applies a correction to a registry file's text ("" for a file that does not exist yet). */
export function applyRegistryCorrection(existingText: string, correction: RegistryCorrection): RegistryEditResult {
  const name = correction.name.replace(/\s+/g, ' ').trim();
  if (name === '') {
    return { ok: false, error: 'the name is empty' };
  }
  const root = readRoot(existingText);
  if (typeof root === 'string') {
    return { ok: false, error: `cannot edit the registry: ${root}` };
  }
  const entities = (root['entities'] ??= []) as Json[];
  const notEntity = Array.isArray(root['notEntity']) ? (root['notEntity'] as Json[]) : undefined;
  switch (correction.type) {
    case 'setKind': {
      const entry = findEntry(entities, name) ?? addEntry(entities, name, correction.kind);
      entry['kind'] = correction.kind;
      addStrings(entry, 'aliases', correction.aliases ?? [], name);
      removeName(root, notEntity, name);
      break;
    }
    case 'notEntity': {
      const list = notEntity ?? (root['notEntity'] = []);
      if (!list.some((n) => typeof n === 'string' && normalizeKey(n) === normalizeKey(name))) {
        list.push(name);
      }
      break;
    }
    case 'sameAs': {
      const target = correction.target.replace(/\s+/g, ' ').trim();
      if (target === '' || normalizeKey(target) === normalizeKey(name)) {
        return { ok: false, error: 'an entity cannot be the same as itself' };
      }
      const entry = findEntry(entities, target) ?? addEntry(entities, target, correction.targetKind);
      const merged = mergeSeparateEntry(entities, name, entry);
      const entryName = String(entry['name']);
      addStrings(entry, 'aliases', [name, ...(correction.aliases ?? []), ...merged], entryName);
      removeName(root, notEntity, name);
      break;
    }
    case 'setSector': {
      const sector = correction.sector.replace(/\s+/g, ' ').trim();
      if (sector === '') {
        return { ok: false, error: 'the sector is empty' };
      }
      const entry = findEntry(entities, name) ?? addEntry(entities, name, 'organization');
      addStrings(entry, 'sectors', [sector]);
      break;
    }
  }
  root['entities'] = sortEntries(entities);
  if (Array.isArray(root['notEntity'])) {
    root['notEntity'] = sortStrings(root['notEntity']);
  }
  return { ok: true, text: `${format(root, '')}\n` };
}

/** The root object of the file, or what is wrong with it. */
function readRoot(text: string): JsonObject | string {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') {
    return { entities: [] };
  }
  let root: Json;
  try {
    root = JSON.parse(clean) as Json;
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message}); fix it first`;
  }
  if (!isObject(root)) {
    return 'it must be a JSON object with an "entities" array';
  }
  if (root['entities'] !== undefined && !Array.isArray(root['entities'])) {
    return '"entities" is not an array';
  }
  if (root['notEntity'] !== undefined && !Array.isArray(root['notEntity'])) {
    return '"notEntity" is not an array';
  }
  return root;
}

/** The entry named `name`, else the first whose aliases include it. */
function findEntry(entities: readonly Json[], name: string): JsonObject | undefined {
  const key = normalizeKey(name);
  const objects = entities.filter(isObject);
  return (
    objects.find((e) => typeof e['name'] === 'string' && normalizeKey(e['name']) === key) ??
    objects.find((e) => Array.isArray(e['aliases']) && e['aliases'].some((a) => typeof a === 'string' && normalizeKey(a) === key))
  );
}

function addEntry(entities: Json[], name: string, kind: string): JsonObject {
  const entry: JsonObject = { name, kind };
  entities.push(entry);
  return entry;
}

/**
 * When `name` has an entry of its own besides `target`, merges it: an entry with nothing but name, kind and
 * aliases is removed and its aliases returned (to add to the target); any other entry is kept, since its other
 * fields would be lost.
 */
function mergeSeparateEntry(entities: Json[], name: string, target: JsonObject): string[] {
  const key = normalizeKey(name);
  const index = entities.findIndex((e) => isObject(e) && e !== target && typeof e['name'] === 'string' && normalizeKey(e['name']) === key);
  const entry = entities[index];
  if (!isObject(entry) || Object.keys(entry).some((k) => k !== 'name' && k !== 'kind' && k !== 'aliases')) {
    return [];
  }
  entities.splice(index, 1);
  return Array.isArray(entry['aliases']) ? entry['aliases'].filter((a): a is string => typeof a === 'string') : [];
}

/** Adds strings to a list field (created if missing), skipping duplicates and `except` (case-insensitively). */
function addStrings(entry: JsonObject, key: string, values: readonly string[], except?: string): void {
  const existing = Array.isArray(entry[key]) ? (entry[key] as Json[]) : undefined;
  const list: Json[] = existing ?? [];
  const seen = new Set(list.filter((v): v is string => typeof v === 'string').map(normalizeKey));
  if (except !== undefined) {
    seen.add(normalizeKey(except));
  }
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (value !== '' && !seen.has(normalizeKey(value))) {
      seen.add(normalizeKey(value));
      list.push(value);
    }
  }
  if (existing === undefined && list.length > 0 && entry[key] === undefined) {
    entry[key] = list;
  }
}

/** Removes a name from notEntity (marking it as an entity reverses "Not an entity"). */
function removeName(root: JsonObject, notEntity: Json[] | undefined, name: string): void {
  if (notEntity) {
    root['notEntity'] = notEntity.filter((n) => typeof n !== 'string' || normalizeKey(n) !== normalizeKey(name));
  }
}

/** Entries by name (case-insensitively, then code unit); entries without a name keep their order at the end. */
function sortEntries(entities: readonly Json[]): Json[] {
  const named = entities.filter((e): e is JsonObject => isObject(e) && typeof e['name'] === 'string');
  const rest = entities.filter((e) => !named.includes(e as JsonObject));
  return [...named.sort((a, b) => compareNames(String(a['name']), String(b['name']))), ...rest];
}

function sortStrings(list: readonly Json[]): Json[] {
  const strings = list.filter((v): v is string => typeof v === 'string').sort(compareNames);
  return [...strings, ...list.filter((v) => typeof v !== 'string')];
}

function compareNames(a: string, b: string): number {
  const ka = normalizeKey(a);
  const kb = normalizeKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Pretty-prints with two spaces; arrays of primitives that fit stay on one line. */
function format(value: Json, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return '[]';
    }
    const flat = value.every((v) => v === null || typeof v !== 'object') ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : undefined;
    if (flat !== undefined && flat.length + inner.length <= INLINE_WIDTH) {
      return flat;
    }
    return `[\n${value.map((v) => `${inner}${format(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      return '{}';
    }
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
