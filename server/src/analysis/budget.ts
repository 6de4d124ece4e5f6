/**
 * A cooperative time budget for one analysis. Open documents are analyzed on the server's main thread, where
 * nothing can interrupt a running function, so the engine itself looks at the clock: between blocks and phases
 * (`check`) and, every TICK_STRIDE items, inside the loops that grow with the text (`tick`). The clock is passed
 * in, which keeps the engine free of Node APIs and lets tests move time deterministically.
 *
 * Granularity: what runs between two looks at the clock cannot be stopped. The largest such steps are single
 * passes over one whole block (tokenizing it, sorting its mentions, building the name book's key). Measured on a
 * 10 MB single-line document (one block, ~9 s in all), the longest gap between two looks was 0.8-1.1 s, on the
 * 5 MB table of names 0.2 s, and on ordinary prose a few milliseconds: a document overruns its deadline by at
 * most about a second.
 */

/** When an analysis must stop, and the clock it is measured with (milliseconds). */
export interface AnalysisBudget {
  readonly deadline: number;
  readonly now: () => number;
}

/** Thrown when an analysis runs past its budget's deadline. Nothing partial is returned or cached. */
export class AnalysisBudgetExceeded extends Error {
  override readonly name = 'AnalysisBudgetExceeded';

  constructor(readonly overrunMs: number) {
    super(`analysis ran past its time budget (by ${Math.round(overrunMs)} ms)`);
  }
}

/** Where long-running engine code looks at the clock. */
export interface Deadline {
  /** Looks at the clock now; throws AnalysisBudgetExceeded when the deadline has passed. */
  check(): void;
  /** Counts one item of a long loop; looks at the clock every TICK_STRIDE items. */
  tick(): void;
}

/** Items between two looks at the clock inside a loop: cheap next to the work per item, fine-grained in time. */
export const TICK_STRIDE = 256;

/** The deadline of an analysis without a budget: never looks at any clock. */
export const NO_DEADLINE: Deadline = { check: () => undefined, tick: () => undefined };

/** The deadline for a budget, or NO_DEADLINE without one. */
export function deadlineOf(budget: AnalysisBudget | undefined): Deadline {
  if (budget === undefined) {
    return NO_DEADLINE;
  }
  let ticks = 0;
  const check = (): void => {
    const now = budget.now();
    if (now > budget.deadline) {
      throw new AnalysisBudgetExceeded(now - budget.deadline);
    }
  };
  return {
    check,
    tick: () => {
      if (++ticks % TICK_STRIDE === 0) {
        check();
      }
    },
  };
}
