/**
 * `analyze --stdin-json`, the batch contract for pipelines (DESIGN.md §6): `[{"id","text"}]` in,
 * `[{"id","entities":[{"start","end","type"}],"claims":[{"start","end","kind"}]}]` out. Items are analyzed as
 * one corpus, so a name recognized in one item is recognized in the others.
 */
import { analyzeCorpus, ParagraphCache, type DocumentAnalysis } from '../analysis/index';
import { UsageError } from './args';
import { ontoNotesType, type OntoNotesType } from '../analysis/index';

/** One input item. */
export interface BatchItem {
  readonly id: string;
  readonly text: string;
}

/** One output item. */
export interface BatchResult {
  id: string;
  entities: Array<{ start: number; end: number; type: OntoNotesType }>;
  claims: Array<{ start: number; end: number; kind: string }>;
}

/** Parses and validates the batch input. Throws UsageError with a one-line reason. */
export function parseBatchInput(input: string): BatchItem[] {
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch (error) {
    throw new UsageError(`--stdin-json: input is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) {
    throw new UsageError('--stdin-json: input must be a JSON array of {"id", "text"} objects');
  }
  return data.map((item: unknown, index): BatchItem => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { id, text } = record;
    if (typeof id !== 'string' || typeof text !== 'string') {
      throw new UsageError(`--stdin-json: item ${index} needs a string "id" and a string "text"`);
    }
    return { id, text };
  });
}

/** Analyzes the items and returns the batch output, in input order. */
export function analyzeBatch(items: readonly BatchItem[]): BatchResult[] {
  // Ids may repeat, so documents are addressed by position.
  const docs = items.map((item, index) => ({ uri: `stdin:${index}`, text: item.text, languageId: 'plaintext' }));
  const { analyses } = analyzeCorpus(docs, undefined, new ParagraphCache());
  return items.map((item, index) => toResult(item.id, analyses.get(`stdin:${index}`)));
}

function toResult(id: string, analysis: DocumentAnalysis | undefined): BatchResult {
  return {
    id,
    entities: (analysis?.mentions ?? []).map((m) => ({ start: m.start, end: m.end, type: ontoNotesType(m) })),
    claims: (analysis?.claims ?? []).map((c) => ({ start: c.start, end: c.end, kind: c.code })),
  };
}
