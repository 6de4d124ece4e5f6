/**
 * Where "according to SOURCE, " reads naturally in a claim's sentence (the "Insert attribution" quick fix):
 * after a short introductory phrase ("In 2023, ", "Last week, ", "However, "), that is at the start of the main
 * clause, or else at the start of the sentence, where it takes the capital and the old first word loses it
 * unless it is a name ("Kestrel", "AI", "DeepVantis", "I"). Pure.
 */
import type { Mention, Span } from './types';

/** The edit: replace `replace` code units at `start` with `before` + SOURCE + `after`. */
export interface AttributionInsertion {
  readonly start: number;
  /** 1 when the sentence's first letter is replaced by its lower-case form, else 0. */
  readonly replace: number;
  /** "According to " at the start of a sentence, "according to " after an introductory phrase. */
  readonly before: string;
  /** ", " and, when the first letter was lowered, that letter. */
  readonly after: string;
}

/** Words that open an introductory phrase ending in a comma ("In 2023,", "Last week,", "However,"). */
const INTRO_WORDS = new Set([
  'in', 'on', 'at', 'after', 'before', 'since', 'during', 'by', 'last', 'earlier', 'later', 'this', 'next', 'meanwhile',
  'however', 'still', 'yet', 'now', 'today', 'yesterday', 'separately', 'also', 'for', 'under', 'despite', 'following',
  'within', 'over', 'until', 'ahead', 'amid', 'unlike', 'like', 'as', 'in addition', 'overall', 'instead', 'then',
]);

/** An introductory phrase has at most this many words. */
const MAX_INTRO_WORDS = 6;

/** Where to insert an attribution into `sentence` (a span of `text`); `mentions` tell names from common words. */
export function attributionInsertion(text: string, sentence: Span, mentions: readonly Mention[] = []): AttributionInsertion {
  let start = sentence.start;
  while (start < sentence.end && /[\s*_]/.test(text[start]!)) {
    start++;
  }
  const body = text.slice(start, sentence.end);
  const intro = introEnd(body);
  if (intro !== undefined) {
    return { start: start + intro, replace: 0, before: 'according to ', after: ', ' };
  }
  const word = /^[\p{L}\p{N}'’.-]+/u.exec(body)?.[0] ?? '';
  const first = body[0] ?? '';
  const lower = first.toLowerCase();
  const isName = mentions.some((m) => m.kind !== 'figure' && m.start <= start && start < m.end);
  const plainCapital = first !== lower && word.length > 1 && word.slice(1) === word.slice(1).toLowerCase() && !/\d/.test(word);
  if (plainCapital && !isName && word !== 'I') {
    return { start, replace: 1, before: 'According to ', after: `, ${lower}` };
  }
  return { start, replace: 0, before: 'According to ', after: ', ' };
}

/** The offset just after a short introductory phrase and its comma (and the spaces after it), if there is one. */
function introEnd(body: string): number | undefined {
  const comma = body.indexOf(',');
  if (comma <= 0) {
    return undefined;
  }
  const phrase = body.slice(0, comma);
  const words = phrase.trim().split(/\s+/);
  const opener = words[0]?.toLowerCase() ?? '';
  const twoWords = `${opener} ${words[1]?.toLowerCase() ?? ''}`;
  if (words.length > MAX_INTRO_WORDS || /["“”]/.test(phrase) || !(INTRO_WORDS.has(opener) || INTRO_WORDS.has(twoWords))) {
    return undefined;
  }
  let end = comma + 1;
  while (end < body.length && body[end] === ' ') {
    end++;
  }
  // A comma at the very end of the sentence leaves no main clause to attribute.
  return end < body.length ? end : undefined;
}
