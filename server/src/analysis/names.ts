/**
 * Person and organization recognition in one paragraph: capitalization chunks (chunks.ts) scored by the evidence
 * around and inside them (evidence.ts). Confident chunks become mentions; the rest become candidates that
 * document-level propagation may still recognize by name.
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { chunkSpan, findChunks, type Chunk } from './chunks';
import { scoreChunk, type Scores } from './evidence';
import { classifyWord } from './nlp';
import type { BlockKind } from './prose';
import { tokenize, type Token } from './tokens';
import type { EntityKind, Mention, Span } from './types';

/** A capitalized chunk that was not recognized; propagation may still recognize it by name. */
export interface NameCandidate extends Span {
  readonly text: string;
  /** Spans of its words, so that propagation can find a known name inside a longer chunk. */
  readonly parts: readonly Span[];
  /** The likelier kind if the local evidence was too weak to commit to. */
  readonly hint?: 'person' | 'organization';
  readonly hintConfidence: number;
  /** Title stripped before it ("CEO"). */
  readonly title?: string;
  /** Made of unknown words only, with nothing against a name: a list it stands in may type it ("Vexar and Lumenfold"). */
  readonly coordinable?: boolean;
}

/** Minimum evidence score for a chunk to become a mention on local evidence alone. */
const COMMIT_SCORE = 1.5;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;

/** Finds people and organizations in a paragraph; offsets are paragraph-relative. */
export function findNames(text: string, sentences: readonly Span[], figures: readonly Mention[], kind: BlockKind, deadline: Deadline = NO_DEADLINE): { mentions: Mention[]; candidates: NameCandidate[] } {
  const tokens = tokenize(text, sentences);
  deadline.check();
  const blocked = blockedTokens(text, figures);
  const lowerWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.lower));
  const headlineSentences = titleCaseSentences(text, sentences, tokens, kind);
  deadline.check();
  const chunks = findChunks(text, tokens, blocked, lowerWords, headlineSentences, deadline);
  deadline.check();
  const mentions: Mention[] = [];
  const candidates: NameCandidate[] = [];
  chunks.forEach((chunk, index) => {
    deadline.tick();
    const scores = scoreChunk({ text, tokens, chunk, neighbours: chunks, index });
    const headline = headlineSentences.has(tokens[chunk.first].sentence);
    // In a headline, a lone ordinary word ("Design", "Machines") is never a name by itself.
    const loneOrdinary = headline && chunk.first === chunk.last && classifyWord(tokens[chunk.first].text).known && !tokens[chunk.first].allCaps;
    const decided = chunk.ordinary || loneOrdinary ? undefined : decide(scores, headline);
    const span = withAbbreviationPeriod(text, chunkSpan(tokens, chunk), tokens[chunk.last]);
    const name = text.slice(span.start, span.end);
    if (decided) {
      mentions.push(makeMention(name, span, decided.kind, decided.confidence, chunk, scores.reason));
    } else if (!scores.place) {
      candidates.push(makeCandidate(name, span, tokens, chunk, scores, headline));
    }
  });
  return { mentions, candidates };
}

function decide(scores: Scores, headline: boolean): { kind: EntityKind; confidence: number } | undefined {
  const best = Math.max(scores.person, scores.organization);
  if (scores.place >= best || scores.none >= best) {
    return undefined;
  }
  // In a Title Case headline every word is capitalized, so only strong evidence counts there.
  const needed = headline ? 3 : COMMIT_SCORE;
  if (best < needed) {
    return undefined;
  }
  const kind: EntityKind = scores.person >= scores.organization ? 'person' : 'organization';
  const margin = best - Math.max(scores.person === best ? scores.organization : scores.person, scores.none);
  return { kind, confidence: confidenceOf(Math.min(best, margin + 1)) };
}

/** Maps an evidence score to 0..1: 1.5 -> 0.55, 3 -> 0.74, 4.5 -> 0.93. */
export function confidenceOf(score: number): number {
  return Math.max(0.3, Math.min(0.98, 0.36 + 0.127 * score));
}

function makeMention(text: string, span: Span, kind: EntityKind, confidence: number, chunk: Chunk, reason: string): Mention {
  return {
    start: span.start,
    end: span.end,
    text,
    kind,
    name: normalizeName(text, kind),
    title: chunk.title,
    confidence,
    reason,
  };
}

function makeCandidate(text: string, span: Span, tokens: readonly Token[], chunk: Chunk, scores: Scores, headline: boolean): NameCandidate {
  // A hint needs evidence beyond the chunk's shape: it must beat "not a name" and "a place" too.
  const floor = Math.max(scores.none, scores.place);
  const hint = chunk.ordinary || headline ? undefined
    : scores.person > scores.organization && scores.person > floor ? 'person'
    : scores.organization > scores.person && scores.organization > floor ? 'organization'
    : undefined;
  return {
    start: span.start,
    end: span.end,
    text,
    parts: tokens.slice(chunk.first, chunk.last + 1).map((t) => ({ start: t.start, end: t.end })),
    hint,
    hintConfidence: hint ? confidenceOf(Math.max(scores.person, scores.organization)) : 0,
    title: chunk.title,
    coordinable: !chunk.ordinary && !headline && floor === 0 && tokens.slice(chunk.first, chunk.last + 1).every((t) => !classifyWord(t.text).known && !/\d/.test(t.text)),
  };
}

const CORPORATE_SUFFIX = /(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|plc|LP|AG|GmbH|SA|S\.A|NV|N\.V|BV|SpA|AB|ASA|Oyj|KK|Pte|Pty|SE)\.?)+$/;

/** How far from the end of a name corporate suffixes are looked for (longer than any real run of suffixes). */
const SUFFIX_REACH = 120;

/** The name used for resolution: white space collapsed, corporate suffixes dropped from organizations. */
export function normalizeName(text: string, kind: EntityKind): string {
  const collapsed = text.replace(/\s+/g, ' ').replace(/\u2019/g, "'").trim();
  if (kind !== 'organization') {
    return collapsed;
  }
  // Suffixes are looked for in the last SUFFIX_REACH characters only: the end-anchored pattern is quadratic in the
  // length of what it scans, and a 100,000-word "name" took minutes (ReDoS audit).
  const cut = Math.max(0, collapsed.length - SUFFIX_REACH);
  const stripped = (collapsed.slice(0, cut) + collapsed.slice(cut).replace(CORPORATE_SUFFIX, '')).trim();
  return stripped || collapsed;
}

const ABBREVIATED_SUFFIX = /^(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|Cos|Mfg|Intl|Assn|Dept|Univ|L\.P|S\.A|N\.V|U\.S|U\.K)$/;

/** "Kestrel Orbital Inc." and "Martin Luther King Jr.": the abbreviation's period belongs to the name. */
function withAbbreviationPeriod(text: string, span: Span, last: Token): Span {
  return last.period && ABBREVIATED_SUFFIX.test(last.text) && text[span.end] === '.' ? { start: span.start, end: span.end + 1 } : span;
}

/** Tokens inside figures ("March 2024") or URLs never start or continue a name. */
function blockedTokens(text: string, figures: readonly Mention[]): (t: Token) => boolean {
  const spans: Span[] = figures.map((f) => ({ start: f.start, end: f.end }));
  URL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL.exec(text)) !== null) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (spans.length === 0) {
    return () => false;
  }
  // Sorted spans and prefix maxima of their ends: a token is blocked when a span starting before its end ends after
  // its start. A binary search per token; `spans.some` was quadratic on a 10 MB one-paragraph line (issue 7).
  spans.sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  spans.forEach((s, i) => maxEnd.push(Math.max(s.end, i > 0 ? maxEnd[i - 1] : 0)));
  return (t) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < t.end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && maxEnd[lo - 1] > t.start;
  };
}

/**
 * Sentences written in Title Case: most longer words capitalized, and (outside headings) no final stop, since a
 * body sentence full of names ("Prime Minister Jun-seo Park met Judge Ingrid Solheim-Vasquez.") ends with one.
 */
function titleCaseSentences(text: string, sentences: readonly Span[], tokens: readonly Token[], kind: BlockKind): Set<number> {
  const result = new Set<number>();
  const counts = new Map<number, { words: number; caps: number }>();
  for (const t of tokens) {
    if (t.text.length < 4 || !/\p{L}/u.test(t.text)) {
      continue;
    }
    const c = counts.get(t.sentence) ?? { words: 0, caps: 0 };
    c.words++;
    c.caps += t.cap ? 1 : 0;
    counts.set(t.sentence, c);
  }
  for (const [sentence, c] of counts) {
    const span = sentences[sentence];
    const stopped = span !== undefined && /[.!?]["'\u201d\u2019)]*$/.test(text.slice(span.start, span.end));
    if (kind === 'heading' ? c.caps / c.words >= 0.5 : !stopped && c.words >= 3 && c.caps / c.words >= 0.75) {
      result.add(sentence);
    }
  }
  return result;
}
