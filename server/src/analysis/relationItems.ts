/**
 * The view relation patterns read: one sentence as a flat list of items, where each item is a word, a
 * punctuation mark that separates phrases, or a whole mention (a name is one item however many words it has).
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { tokenize } from './tokens';
import type { Mention, Span } from './types';

/** One item of a sentence. */
export interface Item extends Span {
  readonly kind: 'word' | 'punct' | 'mention';
  /** Lower-case word, the punctuation character, or the mention's lower-case text. */
  readonly lower: string;
  /** The word as written (for mentions, the mention text). */
  readonly text: string;
  /** Followed by "'s" / "’s". */
  readonly possessive: boolean;
  /** Set for mention items (person, organization or figure). */
  readonly mention?: Mention;
}

// Punctuation that ends or delimits phrases; quotes and periods inside names are not items.
const PUNCT = /[,;:()\u2013\u2014]/g;
const POSSESSIVE_AFTER = /^['\u2019]s?(?![\p{L}])/u;

/** Splits a block into sentences of items. `mentions` must be sorted by start. */
export function sentenceItems(text: string, sentences: readonly Span[], mentions: readonly Mention[], deadline: Deadline = NO_DEADLINE): Item[][] {
  const tokens = tokenize(text, sentences);
  deadline.check();
  const out: Item[][] = sentences.map(() => []);
  const marks = punctuation(text);
  const all: Array<{ item: Item; sentence: number }> = [];
  let m = 0;
  let pushed: Mention | undefined;
  for (const token of tokens) {
    deadline.tick();
    while (m < mentions.length && mentions[m]!.end <= token.start) {
      m++;
    }
    const mention = mentions[m];
    if (mention && mention.start <= token.start && token.start < mention.end) {
      if (pushed !== mention) {
        pushed = mention;
        all.push({ item: mentionItem(text, mention), sentence: token.sentence });
      }
      continue;
    }
    const item: Item = { kind: 'word', lower: token.lower, text: token.text, start: token.start, end: token.end, possessive: token.possessive };
    all.push({ item, sentence: token.sentence });
  }
  deadline.check();
  placeMarks(marks, mentions, sentences, all);
  all.sort((x, y) => x.item.start - y.item.start);
  for (const { item, sentence } of all) {
    out[sentence]?.push(item);
  }
  return out;
}

function mentionItem(text: string, mention: Mention): Item {
  const possessive = POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3));
  return { kind: 'mention', lower: mention.text.toLowerCase(), text: mention.text, start: mention.start, end: mention.end, possessive, mention };
}

function punctuation(text: string): Item[] {
  const marks: Item[] = [];
  PUNCT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PUNCT.exec(text)) !== null) {
    const ch = match[0] === '\u2013' ? '\u2014' : match[0];
    marks.push({ kind: 'punct', lower: ch, text: match[0], start: match.index, end: match.index + 1, possessive: false });
  }
  return marks;
}

// Marks and mentions and sentences are all sorted by offset: one forward pass each keeps a long block linear.
function placeMarks(marks: readonly Item[], mentions: readonly Mention[], sentences: readonly Span[], all: Array<{ item: Item; sentence: number }>): void {
  let m = 0;
  let sentence = 0;
  for (const mark of marks) {
    while (m < mentions.length && mentions[m]!.end <= mark.start) {
      m++;
    }
    if (m < mentions.length && mentions[m]!.start <= mark.start) {
      continue; // punctuation inside a name ("Acme, Inc." style names)
    }
    while (sentence < sentences.length - 1 && mark.start >= sentences[sentence]!.end) {
      sentence++;
    }
    all.push({ item: mark, sentence });
  }
}

/** True for a person or organization mention item. */
export function isName(item: Item | undefined): item is Item & { mention: Mention } {
  return item?.kind === 'mention' && item.mention !== undefined && item.mention.kind !== 'figure';
}

/** True for a mention of the given kind. */
export function isKind(item: Item | undefined, kind: 'person' | 'organization'): item is Item & { mention: Mention } {
  return isName(item) && item.mention.kind === kind;
}

/** True for a word item equal to one of `words`. */
export function isWord(item: Item | undefined, ...words: string[]): boolean {
  return item?.kind === 'word' && words.includes(item.lower);
}

/**
 * Matches a phrase of lower-case words (space separated) at `at`; returns the index after it, or -1.
 */
export function matchPhrase(items: readonly Item[], at: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const item = items[at + k];
    if (item?.kind !== 'word' || item.lower !== phrase[k]) {
      return -1;
    }
  }
  return at + phrase.length;
}

/** A lower-case content word (or an acronym such as "AI"): the stuff descriptors are made of. */
export function isDescriptorWord(item: Item | undefined): boolean {
  if (item?.kind !== 'word') {
    return false;
  }
  return /^[\p{Ll}\d]/u.test(item.text) || /^\p{Lu}{2,4}$/u.test(item.text);
}
