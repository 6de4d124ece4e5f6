/**
 * The pathological inputs of issue 7, generated deterministically so that the test (pathological.test.ts) and
 * the benchmark (test/bench/pathological.bench.ts) analyze the same text. Each input names a person that must
 * still be found ("Amara Kelvor"), so tests can check results are sane and not merely present.
 * Not a test file (no `.test` suffix).
 */

const MB = 1024 * 1024;

/** A name every input contains at least once, in a plain news sentence. */
export const PROBE_NAME = 'Amara Kelvor';
const PROBE = `${PROBE_NAME}, the chief executive of Vorvan Labs, said revenue rose 12% to $3.4 billion.`;

const SYLLABLES = ['vor', 'kel', 'an', 'dri', 'mos', 'tal', 'ven', 'rio', 'bex', 'sul', 'nar', 'oth', 'lim', 'quin', 'zar', 'hel', 'dun', 'pra', 'sto', 'mer'];
const GIVEN = ['Amara', 'Tobias', 'Ingrid', 'Rafael', 'Mei', 'Kofi', 'Lucia', 'Anders', 'Priya', 'Mateo', 'Yusuf', 'Hanna'];

/** The i-th invented capitalized word: distinct for every i (base-20 digits of i as syllables). */
export function inventedWord(i: number): string {
  let word = '';
  let n = i;
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  word += SYLLABLES[(i * 7) % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Repeats `unit(i)` until the text reaches `bytes` characters (all inputs are mostly ASCII, so chars ≈ bytes). */
function fill(bytes: number, unit: (i: number) => string, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

/** One pathological input. */
export interface PathologicalInput {
  readonly name: string;
  readonly languageId: 'plaintext' | 'markdown';
  /** Generates the text (lazily: the inputs together are 25 M characters). */
  make(): string;
}

const SENTENCES = [
  'Tobias Mosdri, who founded Talven Robotics in 2019, reportedly raised $40 million.',
  'Analysts believe the company will need more money next year.',
  'Ingrid Sulnar told the Harbor Post that Quinzar Energy would hire 200 engineers.',
];

/** 10 MB of news prose on one line (no line break at all). */
export function singleLine(bytes = 10 * MB): string {
  return `${PROBE} ${fill(bytes, (i) => SENTENCES[i % SENTENCES.length]!, ' ')}`;
}

/** 5 MB of capitalized words in rows, as in a table of names (no verbs, no punctuation). */
export function capitalizedTable(bytes = 5 * MB): string {
  const row = (i: number): string => Array.from({ length: 6 }, (_, j) => inventedWord(i * 6 + j)).join(' ');
  return `${PROBE}\n\n${fill(bytes, row, '\n')}`;
}

/** `count` distinct people, each in a sentence of their own, in paragraphs of ten. */
export function distinctNames(count = 100_000): string {
  const sentence = (i: number): string => `${GIVEN[i % GIVEN.length]} ${inventedWord(i)} said on Tuesday that sales rose ${i % 90}%.`;
  const paragraphs: string[] = [PROBE];
  for (let i = 0; i < count; i += 10) {
    paragraphs.push(Array.from({ length: Math.min(10, count - i) }, (_, j) => sentence(i + j)).join(' '));
  }
  return paragraphs.join('\n\n');
}

/** Markdown nested `depth` deep (lists and block quotes), then 10,000 unclosed "*" and "[" runs. */
export function nestedMarkdown(depth = 1000, unclosed = 10_000): string {
  const lists = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i} ${i % 100 === 0 ? PROBE : 'item'}`).join('\n');
  const quotes = Array.from({ length: depth }, (_, i) => `${'>'.repeat(i + 1)} quoted ${i === depth - 1 ? PROBE : 'text'}`).join('\n');
  const mixed = Array.from({ length: depth }, (_, i) => `${'> - '.repeat(Math.min(i, 200))}**[${i}`).join('\n');
  return [`# ${PROBE_NAME}`, PROBE, lists, quotes, mixed, '*'.repeat(unclosed), '['.repeat(unclosed), '*['.repeat(unclosed) + PROBE].join('\n\n');
}

const EMOJI = ['😀', '👩‍👩‍👧', '🇫🇷', '👍🏽', '𝐀𝐁𝐂', '𠜎', '\u{1F600}\u{FE0F}'];
const COMBINING = ['e\u0301', 'A\u030a', 'Z\u0336\u0337\u0338\u0339\u033a', '\u0301\u0302\u0303', 'n\u0303'];

/** About `bytes` UTF-8 bytes of emoji, zero-width joiners and stacked combining marks, with sentences between. */
export function emojiAndMarks(bytes = 2 * MB): string {
  const unit = (i: number): string =>
    i % 50 === 0 ? PROBE : Array.from({ length: 8 }, (_, j) => (j % 2 ? EMOJI[(i + j) % EMOJI.length] : COMBINING[(i + j) % COMBINING.length])).join('');
  return fill(bytes / 3, unit, ' ');
}

/** All text inputs at full size (the benchmark's list). */
export function pathologicalInputs(): PathologicalInput[] {
  return [
    { name: '10 MB single line', languageId: 'plaintext', make: () => singleLine(10 * MB) },
    { name: '5 MB capitalized words', languageId: 'plaintext', make: () => capitalizedTable(5 * MB) },
    { name: '100,000 distinct names', languageId: 'plaintext', make: () => distinctNames(100_000) },
    { name: 'nested Markdown (1,000 deep)', languageId: 'markdown', make: () => nestedMarkdown(1000, 10_000) },
    { name: 'emoji and combining marks', languageId: 'plaintext', make: () => emojiAndMarks(2 * MB) },
  ];
}

/** A binary file: random-looking bytes with NULs, as a PNG or a zip would have. */
export function binaryBytes(size = 64 * 1024): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = 0x2545f491;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], 0);
  return bytes;
}
