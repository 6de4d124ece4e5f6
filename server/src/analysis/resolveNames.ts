/**
 * The full names (two or more words) that one-word mentions resolve to. For people a one-word mention resolves to
 * a surname match first, then a given-name match; for organizations to a name it begins ("Kestrel" -> "Kestrel
 * Orbital"). The same document is asked first, then the workspace, and only a single candidate counts.
 *
 * A document's own names depend on its analysis alone and are computed once per analysis; the workspace's are
 * reduced to what resolution needs of them (none, one name, several), so that they are cheap to gather again
 * after every edit and so that a document can tell whether the answers it relied on are still the same.
 */
import { NAME_PARTICLES } from './nameCues';
import { surnameForms } from './propagate';
import { normalizeKey } from './registry';
import type { DocumentAnalysis } from './types';

/** The kinds whose one-word mentions resolve to full names. */
export type NameKind = 'person' | 'organization';

/** Which word of a full name a lookup goes by. */
export type NamePart = 'byFirst' | 'byLast';

/** Full names indexed by their first word and by their surname forms. */
export class NameIndex {
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

/** The full names one document mentions, per kind. */
export interface DocumentNames {
  readonly person: NameIndex;
  readonly organization: NameIndex;
  /** Every full name, "kind|name", in order of first mention. */
  readonly all: readonly string[];
}

const namesByAnalysis = new WeakMap<DocumentAnalysis, DocumentNames>();

/**
 * The full names of a document; the same object for the same analysis, and for a new analysis of a document
 * with the same full names as `before` (most edits add or remove no full name).
 */
export function documentNames(analysis: DocumentAnalysis, before?: DocumentNames): DocumentNames {
  let names = namesByAnalysis.get(analysis);
  if (!names) {
    const all = new Set<string>();
    for (const mention of analysis.mentions) {
      if (mention.kind === 'person' || mention.kind === 'organization') {
        const key = normalizeKey(mention.name);
        if (key.includes(' ')) {
          all.add(`${mention.kind}|${key}`);
        }
      }
    }
    names = before && sameList(before.all, all) ? before : indexNames(all);
    namesByAnalysis.set(analysis, names);
  }
  return names;
}

function indexNames(all: ReadonlySet<string>): DocumentNames {
  const names = { person: new NameIndex(), organization: new NameIndex(), all: [...all] };
  for (const name of all) {
    const bar = name.indexOf('|');
    names[name.slice(0, bar) as NameKind].add(name.slice(bar + 1));
  }
  return names;
}

function sameList(list: readonly string[], set: ReadonlySet<string>): boolean {
  if (list.length !== set.size) {
    return false;
  }
  let i = 0;
  for (const item of set) {
    if (list[i++] !== item) {
      return false;
    }
  }
  return true;
}

/** Marks a workspace lookup that found more than one full name. */
export const SEVERAL: unique symbol = Symbol('several full names');

/** What a workspace lookup found: no full name, the only one, or several. */
export type LookupOutcome = string | typeof SEVERAL | undefined;

/** A workspace lookup one document's resolution made, and what it found. */
export interface NameLookup {
  readonly kind: NameKind;
  readonly part: NamePart;
  readonly word: string;
  readonly outcome: LookupOutcome;
}

/** The full names of every document, reduced to the outcome of each lookup. */
export class WorkspaceNames {
  readonly #outcomes: Record<NameKind, Record<NamePart, Map<string, LookupOutcome>>> = {
    person: { byFirst: new Map(), byLast: new Map() },
    organization: { byFirst: new Map(), byLast: new Map() },
  };

  constructor(documents: Iterable<DocumentNames>) {
    for (const names of documents) {
      for (const kind of ['person', 'organization'] as const) {
        for (const part of ['byFirst', 'byLast'] as const) {
          const outcomes = this.#outcomes[kind][part];
          for (const [word, fulls] of names[kind][part]) {
            for (const full of fulls) {
              const seen = outcomes.get(word);
              if (seen === undefined) {
                outcomes.set(word, full);
              } else if (seen !== full) {
                outcomes.set(word, SEVERAL);
              }
            }
          }
        }
      }
    }
  }

  outcome(kind: NameKind, part: NamePart, word: string): LookupOutcome {
    return this.#outcomes[kind][part].get(word);
  }

  /** True when every lookup would find today what it found when it was made. */
  unchanged(lookups: readonly NameLookup[]): boolean {
    return lookups.every((lookup) => this.outcome(lookup.kind, lookup.part, lookup.word) === lookup.outcome);
  }
}

/**
 * The full name a normalized name key stands for in a document: the key itself when it is already full, else
 * the single candidate of the document, else of the workspace. Lookups in the workspace are appended to
 * `lookups`, since they are what the answer depends on besides the document.
 */
export function resolveName(kind: NameKind, key: string, local: NameIndex, workspace: WorkspaceNames, lookups: NameLookup[]): string {
  // "Ter Horst", "de la Cruz": a surname with its particles is still a surname.
  if (key.includes(' ') && !(kind === 'person' && NAME_PARTICLES.has(key.slice(0, key.indexOf(' '))))) {
    return key;
  }
  // Lookups instead of scans: with thousands of full names, filtering every pool per mention was quadratic.
  const parts: readonly NamePart[] = kind === 'person' ? ['byLast', 'byFirst'] : ['byFirst'];
  for (const part of parts) {
    const candidates = local[part].get(key);
    if (candidates?.size === 1) {
      return candidates.values().next().value as string;
    }
    if (candidates && candidates.size > 1) {
      continue;
    }
    const outcome = workspace.outcome(kind, part, key);
    lookups.push({ kind, part, word: key, outcome });
    if (typeof outcome === 'string') {
      return outcome;
    }
  }
  return key;
}
