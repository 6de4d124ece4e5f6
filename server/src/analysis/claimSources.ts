/**
 * Attribution in reach of a sentence: "according to X", "X said" (and "..., said X"), "reviewed by X", a link or
 * bare URL, a footnote or citation marker. X must name something (claimPhrases.ts); "sources say" and "analysts
 * believe" are cues, not attributions.
 */
import {
  AGENT_PARTICIPLES, DOCUMENT_SOURCES, EVIDENCE_VERBS, INVERTED_VERBS, STRONG_ATTRIBUTION_VERBS,
  WEAK_ATTRIBUTION_VERBS,
} from './claimLexicon';
import { classifyPhrase, isActiveVerb, phraseAfter, subjectOf } from './claimPhrases';
import { isBoundary, isSentenceInitial, wordAt, type SentenceView } from './claimTokens';

// A link target left visible by masking, or a bare URL: scheme, "www." or a relative path such as "./notes.md".
const URL = /(?:\bhttps?:\/\/|\bwww\.|(?:^|\s)\.{1,2}\/)[^\s]/;
// Footnote references "[1]" and "[^note]". Bounded repeats keep the patterns linear.
const FOOTNOTE = /\[\^[^\]\s]{1,40}\]|\[\d{1,3}\]/;
// A parenthetical: "(Reuters)", "(Smith, 2020)", "(source: company filing)".
const PARENTHETICAL = /\(([^()\n]{1,80})\)/g;

/** True when the sentence carries its own attribution. `extra` are user attribution phrases (lower-case words). */
export function isAttributed(view: SentenceView, extra: readonly (readonly string[])[] = []): boolean {
  if (hasCitation(view)) {
    return true;
  }
  for (let i = 0; i < view.tokens.length; i++) {
    if (attributionAt(view, i) || phraseAt(view, i, extra)) {
      return true;
    }
  }
  return false;
}

/** A link, URL, footnote marker or parenthetical citation anywhere in the sentence. */
export function hasCitation(view: SentenceView): boolean {
  const sentence = view.text.slice(view.span.start, view.span.end);
  if (URL.test(sentence) || FOOTNOTE.test(sentence)) {
    return true;
  }
  for (const match of sentence.matchAll(PARENTHETICAL)) {
    // Only the few characters after the parenthesis matter, so the slice stays short (no quadratic copying).
    const end = (match.index ?? 0) + match[0].length;
    const after = sentence.slice(end, end + 8);
    if (isCitationParenthetical(match[1], after, end + after.length >= sentence.length)) {
      return true;
    }
  }
  return false;
}

function isCitationParenthetical(inner: string, after: string, nearEnd: boolean): boolean {
  const trimmed = inner.trim();
  if (/^(?:source|via|see|cited in)\b/i.test(trimmed) || /,\s*(?:19|20)\d\d\b/.test(trimmed)) {
    return true;
  }
  // "(Reuters)" closing a sentence, or opening a dateline ("(Reuters) -"), credits a named outlet.
  const named = /^\p{Lu}[\p{L}\p{N}&.' -]{0,60}$/u.test(trimmed);
  return named && ((nearEnd && /^[\s.!?"'\u201d\u2019]*$/.test(after)) || /^\s*[-\u2013\u2014]/.test(after));
}

const EVENT_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'when', 'once', 'because']);

/** True when token `i` starts an attribution form. */
function attributionAt(view: SentenceView, i: number): boolean {
  const word = wordAt(view, i);
  if (word === undefined) {
    return false;
  }
  if (word === 'according' && wordAt(view, i + 1) === 'to') {
    const kind = classifyPhrase(view, phraseAfter(view, i + 2));
    return kind === 'named' || kind === 'unknown';
  }
  if ((word === 'per' || word === 'citing') && classifyPhrase(view, phraseAfter(view, i + 1)) === 'named') {
    return true;
  }
  if (AGENT_PARTICIPLES.has(word) && wordAt(view, i + 1) === 'by') {
    return classifyPhrase(view, phraseAfter(view, i + 2)) === 'named';
  }
  return verbAttribution(view, i, word);
}

/** "X said", "X, who ..., told", "..., said X", "the filing shows". */
function verbAttribution(view: SentenceView, i: number, word: string): boolean {
  const strong = STRONG_ATTRIBUTION_VERBS.has(word);
  const evidence = EVIDENCE_VERBS.has(word);
  if ((!strong && !evidence && !WEAK_ATTRIBUTION_VERBS.has(word)) || !isActiveVerb(view, i)) {
    return false;
  }
  const subject = subjectOf(view, i);
  // "Shares rose 5% after the company reported earnings": a report as an event in a time clause sources nothing.
  if (EVENT_SUBORDINATORS.has(wordAt(view, subject.from - 1) ?? '')) {
    return false;
  }
  const kind = classifyPhrase(view, subject);
  if (kind === 'empty') {
    return isInverted(view, i, word);
  }
  if (evidence) {
    const documentSubject = view.tokens.slice(subject.from, subject.to).some((t) => DOCUMENT_SOURCES.has(t.lower.replace(/'s$/, '')));
    return documentSubject && (kind === 'named' || kind === 'unknown');
  }
  return kind === 'named' || (strong && kind === 'unknown');
}

/** ", said Jane Doe" / "\u201d said a spokesperson": the named speaker follows the verb. */
function isInverted(view: SentenceView, i: number, word: string): boolean {
  if (!INVERTED_VERBS.has(word) || !(isBoundary(view.tokens[i - 1]) || isSentenceInitial(view, i))) {
    return false;
  }
  return classifyPhrase(view, phraseAfter(view, i + 1)) === 'named';
}

/** A user attribution phrase (lower-case words) starting at token `i`. */
function phraseAt(view: SentenceView, i: number, extra: readonly (readonly string[])[]): boolean {
  return extra.some((phrase) => phrase.length > 0 && phrase.every((w, k) => wordAt(view, i + k) === w));
}
