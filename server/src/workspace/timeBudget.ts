/**
 * The per-document time budget of the language server (setting `entityLens.analysis.timeBudgetSeconds`): the
 * engine budget one analysis gets, and what a document that ran out of it is recorded as. An abandoned document
 * has an empty analysis whose one warning says so; the index keeps it until the text or the budget changes.
 */
import type { AnalysisBudget, DocumentAnalysis } from '../analysis/index';
import { Settings } from '../protocol';

/** The setting, as users see it in messages. */
export const TIME_BUDGET_SETTING = 'entityLens.analysis.timeBudgetSeconds';

/**
 * The default budget: a 10 MB single-line file (far past the 5 MB default of entityLens.files.maxSizeMB) takes
 * about 8-12 s on a two-core machine (test/bench/pathological.bench.ts), so 30 s abandons no file that is merely big.
 */
export const DEFAULT_TIME_BUDGET_SECONDS = Settings.defaults.analysis.timeBudgetSeconds;

/** Seconds a document may take (0: no limit), measured with `now` (milliseconds). */
export interface TimeBudget {
  readonly seconds: number;
  readonly now: () => number;
}

/** The engine budget of one analysis starting now, or undefined when there is no limit. */
export function budgetFor(time: TimeBudget): AnalysisBudget | undefined {
  return time.seconds > 0 ? { deadline: time.now() + time.seconds * 1000, now: time.now } : undefined;
}

const ABANDONED_PREFIX = 'Entity Lens stopped analyzing this document after';

/** The message of an abandoned document. */
export function abandonedMessage(seconds: number): string {
  return `${ABANDONED_PREFIX} ${seconds} s (setting ${TIME_BUDGET_SETTING}). Edit the document or raise the setting to try again.`;
}

/** The analysis recorded for a document that ran out of its budget: nothing found, and why. */
export function abandonedAnalysis(text: string, seconds: number): DocumentAnalysis {
  return { length: text.length, paragraphs: [], sentences: [], mentions: [], claims: [], relations: [], roles: [], warnings: [abandonedMessage(seconds)], localNames: [] };
}

/** True for an analysis made by abandonedAnalysis. */
export function isAbandoned(analysis: DocumentAnalysis): boolean {
  return analysis.warnings.some((w) => w.startsWith(ABANDONED_PREFIX));
}

/**
 * How long a worker thread may stay silent (no message at all) before it is terminated: it sends one message per
 * document, and a document stops cooperatively about a second after its budget, so silence far beyond the budget
 * means a step that cannot be interrupted. Undefined (never terminated) without a budget.
 */
export function workerSilenceLimitMs(seconds: number): number | undefined {
  return seconds > 0 ? (2 * seconds + 10) * 1000 : undefined;
}
