/**
 * Span-level scoring of recognized entities against gold annotations: exact start, end and type, per type.
 * Pure; shared by the quality tests and the CLI.
 */

/** A typed span (OntoNotes-style type names: PERSON, ORG, MONEY, PERCENT, CARDINAL, DATE). */
export interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Counts and derived scores for one type. */
export interface TypeScore {
  readonly type: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Accumulates exact-match counts over many documents. */
export class SpanScorer {
  readonly #counts = new Map<string, { tp: number; fp: number; fn: number }>();
  readonly #errors: Array<{ doc: string; kind: 'missed' | 'spurious'; span: TypedSpan }> = [];

  /** Adds one document's predictions and gold spans. */
  add(doc: string, predicted: readonly TypedSpan[], gold: readonly TypedSpan[]): void {
    const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const p of predicted) {
      const hit = goldKeys.has(key(p));
      this.#count(p.type)[hit ? 'tp' : 'fp']++;
      if (!hit) {
        this.#errors.push({ doc, kind: 'spurious', span: p });
      }
    }
    for (const g of gold) {
      if (!predictedKeys.has(key(g))) {
        this.#count(g.type).fn++;
        this.#errors.push({ doc, kind: 'missed', span: g });
      }
    }
  }

  /** Scores for each type seen, sorted by type, then a micro-averaged "ALL" row over `types` (default: all). */
  scores(types?: readonly string[]): TypeScore[] {
    const rows = [...this.#counts.keys()].sort().map((type) => this.#score(type));
    const selected = rows.filter((r) => !types || types.includes(r.type));
    const total = selected.reduce((acc, r) => ({ tp: acc.tp + r.truePositives, fp: acc.fp + r.falsePositives, fn: acc.fn + r.falseNegatives }), { tp: 0, fp: 0, fn: 0 });
    return [...rows, derive('ALL', total.tp, total.fp, total.fn)];
  }

  /** The score of one type (zeros if never seen). */
  score(type: string): TypeScore {
    return this.#score(type);
  }

  /** Every miss and spurious prediction, for error analysis. */
  get errors(): ReadonlyArray<{ doc: string; kind: 'missed' | 'spurious'; span: TypedSpan }> {
    return this.#errors;
  }

  #count(type: string): { tp: number; fp: number; fn: number } {
    let c = this.#counts.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.#counts.set(type, c);
    }
    return c;
  }

  #score(type: string): TypeScore {
    const c = this.#counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    return derive(type, c.tp, c.fp, c.fn);
  }
}

function derive(type: string, tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Formats scores as an aligned text table. */
export function formatScores(rows: readonly TypeScore[]): string {
  const head = `${'type'.padEnd(9)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}`;
  const lines = rows.map((r) => `${r.type.padEnd(9)}${r.precision.toFixed(3).padStart(7)}${r.recall.toFixed(3).padStart(7)}${r.f1.toFixed(3).padStart(7)}${String(r.truePositives).padStart(6)}${String(r.falsePositives).padStart(6)}${String(r.falseNegatives).padStart(6)}`);
  return [head, ...lines].join('\n');
}
