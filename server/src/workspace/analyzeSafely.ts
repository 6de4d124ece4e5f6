/**
 * Small helpers of the workspace index: failure-proof analysis, and comparing sets of known names and finding
 * the documents a change of them can affect.
 */
import { AnalysisBudgetExceeded, analyzeDocument, type DocumentAnalysis, type KnownNames } from '../analysis/index';
import { abandonedAnalysis, budgetFor, type TimeBudget } from './timeBudget';

/**
 * Analyzes, turning an engine failure into an empty analysis with a warning: one document the engine chokes on
 * must not take every feature of the workspace down with it. With a time budget, a document that runs out of it
 * gets the abandoned analysis (timeBudget.ts).
 */
export function safeAnalyze(text: string, options: Parameters<typeof analyzeDocument>[1], time?: TimeBudget): DocumentAnalysis {
  try {
    return analyzeDocument(text, time ? { ...options, budget: budgetFor(time) } : options);
  } catch (error) {
    if (error instanceof AnalysisBudgetExceeded && time) {
      return abandonedAnalysis(text, time.seconds);
    }
    const warning = `analysis failed: ${error instanceof Error ? error.message : String(error)}`;
    return { length: text.length, paragraphs: [], sentences: [], mentions: [], claims: [], relations: [], roles: [], warnings: [warning], localNames: [] };
  }
}

/** True when two sets of known names are equal. */
export function sameNames(a: KnownNames, b: KnownNames): boolean {
  if (a.size !== b.size) {
    return false;
  }
  for (const [key, kind] of a) {
    if (b.get(key) !== kind) {
      return false;
    }
  }
  return true;
}

/** Names added, removed or given another kind between two sets of known names. */
export function changedNames(before: KnownNames, after: KnownNames): string[] {
  const changed = [...after].filter(([name, kind]) => before.get(name) !== kind).map(([name]) => name);
  return changed.concat([...before.keys()].filter((name) => !after.has(name)));
}

/**
 * A case-insensitive pattern matching any word of any of the names as a whole word of a text. Conservative on
 * purpose: names are split at spaces and at punctuation, and any apostrophe matches any other.
 */
export function nameWordsPattern(names: readonly string[]): RegExp {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
      if (word) {
        words.add(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      }
    }
  }
  // An empty alternation must match nothing.
  const alternatives = words.size > 0 ? [...words].join('|') : '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}
