/**
 * Which documents contain a word of a name, in time proportional to the names: each document's words are folded
 * and collected once per text, so a change of the known names looks words up instead of scanning every text.
 * Gives the documents nameWordsPattern (analyzeSafely.ts) matches, or more: never fewer (see nameWords.test.ts).
 */

/** Code points that match another one case-insensitively but that the upper-then-lower fold does not join. */
const FOLD_EXCEPTIONS = new Map([
  ['\u1fd3', '\u0390'],
  ['\u1fe3', '\u03b0'],
  ['\ufb05', '\ufb06'],
]);

/**
 * A case-insensitive key of one code point: every two code points a case-insensitive Unicode regular expression
 * matches as equal get the same key (coarser is fine: it only adds candidates).
 */
function foldCodePoint(c: string): string {
  const exception = FOLD_EXCEPTIONS.get(c);
  if (exception) {
    return exception;
  }
  const folded = c.toUpperCase().toLowerCase();
  if ([...folded].length === 1) {
    return folded;
  }
  const lower = c.toLowerCase();
  return [...lower].length === 1 ? lower : c;
}

/** The case-insensitive key of a word (letters and numbers only), code point by code point. */
export function foldWord(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) {
    return word.toLowerCase();
  }
  let key = '';
  for (const c of word) {
    key += foldCodePoint(c);
  }
  return key;
}

/** Splits as nameWordsPattern does: runs of letters and numbers. */
const WORD = /[\p{L}\p{N}]+/gu;
/**
 * U+0345 (a combining mark, so no word character) matches a letter case-insensitively; a text with it is always a
 * candidate. The only such code point (checked in nameWords.test.ts).
 */
const CASE_MARK = /\u0345/u;

/** The folded words of a text; undefined when every name must be taken as possibly present. */
export function textWords(text: string): ReadonlySet<string> | undefined {
  if (CASE_MARK.test(text)) {
    return undefined;
  }
  const words = new Set<string>();
  const raw = new Set(text.match(WORD) ?? []);
  for (const word of raw) {
    words.add(foldWord(word));
  }
  return words;
}

/** The folded words of names, split as nameWordsPattern splits them. */
export function nameWordKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
      if (word) {
        keys.add(foldWord(word));
      }
    }
  }
  return [...keys];
}

/** Per-document folded word sets, recomputed only when a document's text changes. */
export class DocumentWords {
  readonly #byKey = new Map<string, { text: string; words: ReadonlySet<string> | undefined }>();

  /** True when the text may contain one of the (folded) name words. */
  mayContain(key: string, text: string, wordKeys: readonly string[]): boolean {
    let known = this.#byKey.get(key);
    if (known?.text !== text) {
      known = { text, words: textWords(text) };
      this.#byKey.set(key, known);
    }
    const words = known.words;
    return words === undefined || wordKeys.some((word) => words.has(word));
  }

  /** Forgets a document. */
  delete(key: string): void {
    this.#byKey.delete(key);
  }
}
