/**
 * The raw-compromise baseline for the engine benchmark. The only file outside server/src/analysis/nlp.ts that
 * imports compromise, and only for measuring: `nlp(text)` parses and tags, which is what every compromise-based
 * extraction pays at least.
 */
import nlp from 'compromise';

/** Parses and tags `text` with compromise and drops the result; returns the number of sentences (so it is used). */
export function compromiseParse(text: string): number {
  return nlp(text).document.length;
}
