/**
 * A compact, JSON-friendly encoding of DocumentAnalysis for the persisted cache. Mentions are the bulk of an
 * analysis; a mention's text is exactly `text.slice(start, end)`, so it is not stored, and its name is stored
 * only when it differs from the text. Spans become flat number arrays. The result is about a third of plain JSON,
 * which is what makes a restart fast.
 */
import type { Claim, DocumentAnalysis, EntityKind, Mention, RelationFact, RoleFact, Span } from '../analysis/index';
import { encodingProblem } from './encodingCheck';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'figure'];

/** [start, end, kind index, name (null when equal to the text), confidence, reason, title?, figure?] */
type EncodedMention = [number, number, number, string | null, number, string, string?, Mention['figure']?];

/** The encoded form of an analysis. */
export interface EncodedAnalysis {
  readonly length: number;
  readonly paragraphs: number[];
  readonly sentences: number[];
  readonly mentions: EncodedMention[];
  readonly claims: readonly Claim[];
  readonly relations: readonly RelationFact[];
  readonly roles: readonly RoleFact[];
  readonly warnings: readonly string[];
  readonly localNames: DocumentAnalysis['localNames'];
}

/** Encodes an analysis of `text`. */
export function encodeAnalysis(text: string, analysis: DocumentAnalysis): EncodedAnalysis {
  return {
    length: analysis.length,
    paragraphs: flatSpans(analysis.paragraphs),
    sentences: flatSpans(analysis.sentences),
    mentions: analysis.mentions.map((m) => {
      const encoded: EncodedMention = [m.start, m.end, KINDS.indexOf(m.kind), m.name === text.slice(m.start, m.end) ? null : m.name, m.confidence, m.reason];
      if (m.title !== undefined || m.figure !== undefined) {
        encoded.push(m.title ?? '', m.figure);
      }
      return encoded;
    }),
    claims: analysis.claims,
    relations: analysis.relations,
    roles: analysis.roles,
    warnings: analysis.warnings,
    localNames: analysis.localNames,
  };
}

/** Decodes an analysis of `text`; undefined when the encoding does not fit the text or is damaged. */
export function decodeAnalysis(text: string, encoded: unknown): DocumentAnalysis | undefined {
  const decoded = decodeChecked(text, encoded);
  return 'analysis' in decoded ? decoded.analysis : undefined;
}

/** Decodes an analysis of `text` after checking every field (see encodingCheck), or says what is wrong with it. */
export function decodeChecked(text: string, value: unknown): { analysis: DocumentAnalysis } | { problem: string } {
  const problem = encodingProblem(text.length, value);
  return problem === undefined ? { analysis: decode(text, value as EncodedAnalysis) } : { problem };
}

function decode(text: string, encoded: EncodedAnalysis): DocumentAnalysis {
  const mentions = encoded.mentions.map(([start, end, kind, name, confidence, reason, title, figure]): Mention => {
    const mentionText = text.slice(start, end);
    const mention: Mention = { start, end, text: mentionText, kind: KINDS[kind], name: name ?? mentionText, confidence, reason };
    return title || figure ? { ...mention, ...(title ? { title } : {}), ...(figure ? { figure } : {}) } : mention;
  });
  return {
    length: encoded.length,
    paragraphs: spansOf(encoded.paragraphs),
    sentences: spansOf(encoded.sentences),
    mentions,
    claims: encoded.claims,
    relations: encoded.relations,
    roles: encoded.roles,
    warnings: encoded.warnings,
    localNames: encoded.localNames ?? [],
  };
}

function flatSpans(spans: readonly Span[]): number[] {
  const flat: number[] = [];
  for (const span of spans) {
    flat.push(span.start, span.end);
  }
  return flat;
}

function spansOf(flat: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    spans.push({ start: flat[i], end: flat[i + 1] });
  }
  return spans;
}
