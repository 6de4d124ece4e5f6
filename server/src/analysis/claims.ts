/**
 * Unsourced-claim detection (DESIGN.md §5, issue 4) for one paragraph. A sentence needs a source when it carries a
 * hedge ("reportedly", "is said to", "reports indicate"), a vague attribution ("analysts believe", "sources say",
 * "it is widely believed") or a money/percent figure. It has one when attribution is in reach (claimSources.ts)
 * or when it directly continues an attributed sentence (see `continuationCoverage`). Text in quotations, and
 * quote, heading and table blocks, are never claims.
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { findCues, type Cue } from './claimCues';
import { cueMessage, figureMessage } from './claimMessages';
import { isAttributed } from './claimSources';
import { isGeneric } from './claimPhrases';
import { isNameToken, overlapsAny, phraseWords, quoteSpans, sentenceView, type SentenceView } from './claimTokens';
import type { BlockKind } from './prose';
import type { Claim, FigureKind, Mention, Span } from './types';

/** User settings for claim detection. */
export interface ClaimOptions {
  /** Extra hedge phrases, matched as whole words, case-insensitively ("sources suggest"). */
  readonly hedgeCues?: readonly string[];
  /** Extra phrases that attribute a sentence wherever they occur in it ("per the memo"). */
  readonly attributionPhrases?: readonly string[];
  /** Figure kinds that need a source; years and dates never do unless listed. Default: money and percent. */
  readonly figureKinds?: readonly FigureKind[];
}

/** Input to claim detection: one paragraph's text, its sentences and its mentions (paragraph-relative). */
export interface ClaimInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
  /** The block's structural kind: quotes are treated as quoted material. */
  readonly kind: BlockKind;
  readonly options?: ClaimOptions;
}

/** Figure kinds that need a source when no setting says otherwise. */
export const DEFAULT_FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent'];

/** How many sentences after an attributed one its attribution may cover. */
const MAX_CONTINUATION = 2;

/** One analyzed sentence. */
interface SentenceFindings {
  readonly view: SentenceView;
  readonly cues: readonly Cue[];
  readonly attributed: boolean;
  /** Mentions that start inside the sentence. */
  readonly mentions: readonly Mention[];
}

/** Finds the claims in a paragraph that need a source and have none in reach, sorted by start. */
export function findClaims(input: ClaimInput, deadline: Deadline = NO_DEADLINE): Claim[] {
  if (input.kind === 'quote' || input.kind === 'heading' || input.kind === 'table') {
    return [];
  }
  const hedges = (input.options?.hedgeCues ?? []).map(phraseWords).filter((p) => p.length > 0);
  const attributions = (input.options?.attributionPhrases ?? []).map(phraseWords).filter((p) => p.length > 0);
  const quotes = quoteSpans(input.text);
  const grouped = mentionsBySentence(input.sentences, input.mentions);
  const findings = input.sentences.map((span, i): SentenceFindings => {
    deadline.tick();
    const view = sentenceView(input.text, span, quotes, grouped[i]);
    return { view, cues: withoutOverlaps(findCues(view, hedges)), attributed: isAttributed(view, attributions), mentions: grouped[i] };
  });
  const covered = continuationCoverage(findings);
  const kinds = new Set(input.options?.figureKinds ?? DEFAULT_FIGURE_KINDS);
  const claims: Claim[] = [];
  findings.forEach((found, i) => {
    if (!found.attributed && !covered[i]) {
      claims.push(...cueClaims(found), ...figureClaims(found.view, found.mentions, quotes, kinds));
    }
  });
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The mentions starting inside each sentence, in one pass over both sorted lists (paragraphs can be long). */
function mentionsBySentence(sentences: readonly Span[], mentions: readonly Mention[]): Mention[][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const grouped: Mention[][] = [];
  let m = 0;
  for (const sentence of sentences) {
    while (m < sorted.length && sorted[m].start < sentence.start) {
      m++;
    }
    const inside: Mention[] = [];
    for (let k = m; k < sorted.length && sorted[k].start < sentence.end; k++) {
      inside.push(sorted[k]);
    }
    grouped.push(inside);
  }
  return grouped;
}

/** Keeps the longest of cues that overlap ("according to people familiar with the matter" over its tail). */
function withoutOverlaps(cues: readonly Cue[]): Cue[] {
  const sorted = [...cues].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Cue[] = [];
  for (const cue of sorted) {
    const last = kept[kept.length - 1];
    if (!last || cue.from >= last.to) {
      kept.push(cue);
    }
  }
  return kept;
}

/**
 * The continuation rule: a sentence without attribution of its own is covered by the named attribution of the
 * sentence right before it in the same paragraph ("The Journal reported the talks had stalled. The deal was
 * reportedly worth $2bn."), for at most MAX_CONTINUATION sentences in a row, and only while each sentence
 * - brings no unnamed source of its own (a vague attribution, "reports indicate", "according to reports"), and
 * - stays on the anchor's topic: every person or organization it names was named in the anchor sentence, and it
 *   either opens anaphorically ("The deal", "It", "Its", "Those talks") or names one of those entities again.
 * A sentence that fails either test ends the run. Attribution never reaches back to an earlier sentence.
 */
function continuationCoverage(findings: readonly SentenceFindings[]): boolean[] {
  const covered = findings.map(() => false);
  let left = 0;
  let topic = new Set<string>();
  findings.forEach((found, i) => {
    if (found.attributed) {
      left = MAX_CONTINUATION;
      topic = new Set([...nameKeys(found.view), ...nameWords(found.view)]);
      return;
    }
    if (left > 0 && continuesTopic(found, topic)) {
      covered[i] = true;
      left--;
    } else {
      left = 0;
    }
  });
  return covered;
}

const ANAPHORIC_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'also']);

function continuesTopic(found: SentenceFindings, topic: ReadonlySet<string>): boolean {
  // "Reports indicate" and "sources say" bring an unnamed source of their own, which the anchor does not vouch for.
  if (found.cues.some((c) => c.code === 'vague-attribution' || c.family === 'anonymous' || c.key === 'reports')) {
    return false;
  }
  const names = nameKeys(found.view);
  const known = (name: string): boolean => topic.has(name) || [...topic].some((t) => sharesWord(t, name));
  if (!names.every(known)) {
    return false;
  }
  const first = found.view.tokens.find((t) => t.word);
  // A name the recognizer only finds later (by propagation) still counts when its capitalized word recurs.
  const sharesName = names.length > 0 || nameWords(found.view).some((w) => topic.has(w));
  return (first !== undefined && ANAPHORIC_OPENERS.has(first.lower)) || sharesName;
}

/** Capitalized name-like words of a sentence, lower-cased ("tamarack"), for when mentions miss a repeat. */
function nameWords(view: SentenceView): string[] {
  return view.tokens.filter((_, i) => isNameToken(view, i, isGeneric)).map((t) => t.lower.replace(/'s$/, ''));
}

/** Lower-case names of the people and organizations a sentence mentions. */
function nameKeys(view: SentenceView): string[] {
  return view.names.map((m) => (m.name || m.text).toLowerCase());
}

/** "tamarack motors" and "tamarack" are the same entity for topic purposes. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(/\s+/).filter((w) => w.length > 2));
  return b.split(/\s+/).some((w) => words.has(w));
}

function cueClaims(found: SentenceFindings): Claim[] {
  const { view } = found;
  return found.cues.map((c) => {
    const start = view.tokens[c.from].start;
    const end = view.tokens[c.to - 1].end;
    const cue = view.text.slice(start, end);
    return { start, end, code: c.code, cue, sentence: view.span, message: cueMessage(c, cue) };
  });
}

// A link target or bare URL: figures inside it are part of an address, not a claim.
const URL_SPAN = /(?:https?:\/\/|www\.)[^\s]+/g;

function figureClaims(view: SentenceView, mentions: readonly Mention[], quotes: readonly Span[], kinds: ReadonlySet<FigureKind>): Claim[] {
  const { span, text } = view;
  const urls = [...text.slice(span.start, span.end).matchAll(URL_SPAN)].map((m) => ({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length }));
  return mentions
    .filter((m) => m.kind === 'figure' && m.figure !== undefined && kinds.has(m.figure.kind))
    .filter((m) => span.start <= m.start && m.end <= span.end && !overlapsAny(quotes, m.start, m.end) && !overlapsAny(urls, m.start, m.end))
    .map((m) => ({ start: m.start, end: m.end, code: 'unsourced-figure', cue: m.text, sentence: span, message: figureMessage(m.text) }));
}
