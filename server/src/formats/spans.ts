/**
 * The document shape every annotation format writes and reads, its construction from an engine analysis, and
 * the offset conversion that Python-based tools need. Pure: no Node APIs, so the extension can reuse it.
 *
 * Offsets inside Entity Lens are UTF-16 code units (JS string indices). brat and spaCy/Prodigy are Python
 * tools whose offsets index Python strings, that is Unicode code points; the two agree except after a
 * character outside the Basic Multilingual Plane (most emoji), so brat and JSONL files convert at the edge.
 */
import { normalizeKey, ontoNotesType, type DocumentAnalysis, type Mention, type Span } from '../analysis/index';

/** An entity span with its label (OntoNotes-style: PERSON, ORG, MONEY, PERCENT, CARDINAL, DATE). */
export interface LabeledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** A relation between two spans of the same document, by index into `spans`. */
export interface SpanRelation {
  readonly type: string;
  readonly from: number;
  readonly to: number;
}

/** One document ready to be written in any format. Offsets are UTF-16 code units into `text`. */
export interface AnnotatedDocument {
  /** The path shown to users (relative to the working directory when inside it). */
  readonly path: string;
  readonly text: string;
  /** Sorted by start, non-overlapping. */
  readonly spans: readonly LabeledSpan[];
  readonly relations?: readonly SpanRelation[];
  /** Sentence spans, used by CoNLL for its blank lines between sentences. */
  readonly sentences?: readonly Span[];
}

/** Builds the annotated document of one analysis: every mention, its OntoNotes label, and located relations. */
export function annotate(path: string, text: string, analysis: DocumentAnalysis): AnnotatedDocument {
  const mentions = nonOverlapping(analysis.mentions);
  const spans = mentions.map((m) => ({ start: m.start, end: m.end, label: ontoNotesType(m) }));
  return { path, text, spans, relations: locateRelations(analysis, mentions), sentences: analysis.sentences };
}

/** Keeps the first of overlapping mentions (the engine should not produce any; formats like CoNLL cannot hold them). */
function nonOverlapping(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (m.end > m.start && (!last || m.start >= last.end)) {
      kept.push(m);
    }
  }
  return kept;
}

/**
 * Relations whose subject and object are both mentioned in the evidence sentence. Sector relations have no
 * span to point at, and a relation whose arguments cannot be found is left out rather than guessed.
 */
function locateRelations(analysis: DocumentAnalysis, mentions: readonly Mention[]): SpanRelation[] {
  const relations: SpanRelation[] = [];
  const seen = new Set<string>();
  for (const fact of analysis.relations) {
    if (fact.objectKind === 'sector') {
      continue;
    }
    const from = findMention(mentions, fact.evidence, fact.subject, fact.subjectKind);
    const to = findMention(mentions, fact.evidence, fact.object, fact.objectKind);
    const key = `${fact.type}:${from}:${to}`;
    if (from >= 0 && to >= 0 && from !== to && !seen.has(key)) {
      seen.add(key);
      relations.push({ type: fact.type, from, to });
    }
  }
  return relations;
}

function findMention(mentions: readonly Mention[], within: Span, name: string, kind: string): number {
  const key = normalizeKey(name);
  return mentions.findIndex((m) => m.kind === kind && m.start >= within.start && m.end <= within.end && normalizeKey(m.name) === key);
}

/** Converts offsets between UTF-16 code units and Unicode code points for one text. */
export interface OffsetConverter {
  toCodePoint(utf16: number): number;
  fromCodePoint(codePoint: number): number;
}

/** An offset converter for `text`; the identity when the text has no surrogate pairs (the common case). */
export function offsetConverter(text: string): OffsetConverter {
  if (!/[\uD800-\uDBFF]/.test(text)) {
    const identity = (n: number): number => n;
    return { toCodePoint: identity, fromCodePoint: identity };
  }
  // utf16At[cp] is the UTF-16 offset of code point cp; cpAt[u] the code point index at UTF-16 offset u.
  const utf16At: number[] = [];
  const cpAt = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; cp++) {
    utf16At.push(u);
    const width = (text.codePointAt(u) ?? 0) > 0xffff ? 2 : 1;
    cpAt[u] = cp;
    if (width === 2) {
      cpAt[u + 1] = cp + 1; // An offset inside a pair rounds up; spans never end there.
    }
    u += width;
  }
  utf16At.push(text.length);
  cpAt[text.length] = cp;
  return {
    toCodePoint: (utf16) => cpAt[Math.max(0, Math.min(utf16, text.length))]!,
    fromCodePoint: (codePoint) => utf16At[Math.max(0, Math.min(codePoint, cp))]!,
  };
}

/** Spans sorted by start then end, for comparisons and output. */
export function sortSpans<T extends LabeledSpan>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
