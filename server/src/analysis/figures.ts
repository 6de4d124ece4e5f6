/**
 * Figure recognition and normalization. Placeholder until the figures module lands.
 */
import type { Mention } from './types';

/** Finds money, percentages, quantities, years and dates in a paragraph (paragraph-relative offsets). */
export function findFigures(text: string): Mention[] {
  void text;
  return [];
}
