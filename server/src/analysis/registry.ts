/**
 * The user-curated registry (`entities.json`, DESIGN.md §4): parsed leniently, validated strictly.
 * A malformed registry yields problems with spans in the registry text and an empty registry, never an exception.
 */
import type { EntityKind, Span } from './types';

/** One curated entity. */
export interface RegistryEntry {
  readonly name: string;
  readonly kind: Exclude<EntityKind, 'figure'>;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly roles: readonly string[];
  readonly sectors: readonly string[];
  readonly links: readonly string[];
  /** Where the entry starts in the registry text, for go-to-definition. */
  readonly span: Span;
}

/** A parsed registry. */
export interface Registry {
  readonly entries: readonly RegistryEntry[];
  /** Lower-cased names that are never entities. */
  readonly notEntity: ReadonlySet<string>;
}

/** A problem found in the registry text. */
export interface RegistryProblem {
  readonly message: string;
  readonly span: Span;
}

/** The empty registry. */
export const EMPTY_REGISTRY: Registry = { entries: [], notEntity: new Set() };

/** Parses registry JSON text. Never throws: problems are returned alongside whatever could be read. */
export function parseRegistry(text: string): { registry: Registry; problems: RegistryProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { registry: EMPTY_REGISTRY, problems: [{ message: `Registry is not valid JSON: ${(error as Error).message}`, span: jsonErrorSpan(text, error) }] };
  }
  if (!isObject(data)) {
    return { registry: EMPTY_REGISTRY, problems: [{ message: 'Registry must be a JSON object with an "entities" array.', span: { start: 0, end: Math.min(text.length, 1) } }] };
  }
  const problems: RegistryProblem[] = [];
  const entries: RegistryEntry[] = [];
  const locator = new EntryLocator(text);
  const rawEntities = data['entities'];
  if (rawEntities !== undefined && !Array.isArray(rawEntities)) {
    problems.push({ message: '"entities" must be an array.', span: locator.keySpan('entities') });
  }
  for (const [index, raw] of (Array.isArray(rawEntities) ? rawEntities : []).entries()) {
    const span = locator.nextObjectSpan();
    const entry = readEntry(raw, index, span, problems);
    if (entry) {
      entries.push(entry);
    }
  }
  const notEntity = new Set<string>();
  const rawNot = data['notEntity'];
  if (rawNot !== undefined && !Array.isArray(rawNot)) {
    problems.push({ message: '"notEntity" must be an array of strings.', span: locator.keySpan('notEntity') });
  }
  for (const name of Array.isArray(rawNot) ? rawNot : []) {
    if (typeof name === 'string' && name.trim()) {
      notEntity.add(normalizeKey(name));
    } else {
      problems.push({ message: '"notEntity" entries must be non-empty strings.', span: locator.keySpan('notEntity') });
    }
  }
  return { registry: { entries, notEntity }, problems };
}

/** The key used to compare names: lower case, single spaces, curly apostrophes straightened. */
export function normalizeKey(name: string): string {
  // Most names need only lower-casing; the regular expressions run only when there is something to normalize.
  if (!/[\u2018\u2019]|\s\s|[^\S ]|^\s|\s$/.test(name)) {
    return name.toLowerCase();
  }
  return name.replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function readEntry(raw: unknown, index: number, span: Span, problems: RegistryProblem[]): RegistryEntry | undefined {
  const where = `entities[${index}]`;
  if (!isObject(raw)) {
    problems.push({ message: `${where} must be an object.`, span });
    return undefined;
  }
  const name = raw['name'];
  if (typeof name !== 'string' || !name.trim()) {
    problems.push({ message: `${where} needs a non-empty "name".`, span });
    return undefined;
  }
  const kind = raw['kind'];
  if (kind !== 'person' && kind !== 'organization') {
    problems.push({ message: `${where} ("${name}") needs "kind": "person" or "organization".`, span });
    return undefined;
  }
  const description = raw['description'];
  return {
    name: name.trim(),
    kind,
    aliases: stringList(raw, 'aliases', where, span, problems),
    description: typeof description === 'string' ? description : undefined,
    roles: stringList(raw, 'roles', where, span, problems),
    sectors: stringList(raw, 'sectors', where, span, problems),
    links: stringList(raw, 'links', where, span, problems),
    span,
  };
}

function stringList(raw: Record<string, unknown>, key: string, where: string, span: Span, problems: RegistryProblem[]): string[] {
  const value = raw[key];
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problems.push({ message: `${where}.${key} must be an array of strings.`, span });
    return [];
  }
  return value.map((item: string) => item.trim()).filter(Boolean);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonErrorSpan(text: string, error: unknown): Span {
  const match = /position (\d+)/.exec(String((error as Error)?.message));
  const at = match ? Math.min(Number(match[1]), text.length) : 0;
  return { start: at, end: Math.min(text.length, at + 1) };
}

/**
 * Finds approximate spans of entries in the raw text, so problems and definitions point somewhere useful.
 * It walks the top-level "entities" array's objects in order; a good-enough locator for a JSON file we did not
 * write ourselves, without a full JSON parser with positions.
 */
class EntryLocator {
  #cursor: number;
  constructor(private readonly text: string) {
    const key = /"entities"\s*:\s*\[/.exec(text);
    this.#cursor = key ? key.index + key[0].length : text.length;
  }

  keySpan(key: string): Span {
    const at = this.text.indexOf(`"${key}"`);
    return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + key.length + 2 };
  }

  nextObjectSpan(): Span {
    const start = this.text.indexOf('{', this.#cursor);
    if (start < 0) {
      return { start: 0, end: 0 };
    }
    let depth = 0;
    let inString = false;
    for (let i = start; i < this.text.length; i++) {
      const c = this.text[i];
      if (inString) {
        if (c === '\\') {
          i++;
        } else if (c === '"') {
          inString = false;
        }
      } else if (c === '"') {
        inString = true;
      } else if (c === '{') {
        depth++;
      } else if (c === '}' && --depth === 0) {
        this.#cursor = i + 1;
        return { start, end: i + 1 };
      }
    }
    this.#cursor = this.text.length;
    return { start, end: this.text.length };
  }
}
