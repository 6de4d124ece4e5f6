/**
 * fast-check arbitraries for the reliability properties: news-like prose mixed with everything a hostile or
 * broken file can hold (Markdown syntax, CRLF, emoji and astral characters, combining marks, bidi controls, NUL,
 * lone surrogates, very long words), plus span checks shared by the property and pathological tests.
 * Not a test file (no `.test` suffix).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DocumentAnalysis, Span } from '../../server/src/analysis/index';

/** `node test/run.js --long` sets ENTITY_LENS_LONG=N (default 20): every run count is multiplied by it. */
export const LONG_FACTOR = Math.max(1, Number(process.env['ENTITY_LENS_LONG'] ?? 1) || 1);

/** A fixed run count for CI, multiplied in --long mode. */
export function runs(ci: number): number {
  return ci * LONG_FACTOR;
}

const SYLLABLES = ['vor', 'kel', 'an', 'dri', 'mos', 'tal', 'ven', 'rio', 'bex', 'quin', 'zar', 'hel', 'Ó', 'ß', 'ø'];
const SUFFIXES = ['Inc.', 'Labs', 'Group', 'Corp', 'GmbH', 'Capital', 'AB', 'plc'];

/** An invented capitalized word ("Kelvor"), so that nothing is recognized from a list. */
export const inventedWord = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join(''))
  .map((w) => w[0]!.toUpperCase() + w.slice(1));

/** An invented person ("Anders Kelvor") or organization ("Kelvor Labs"). */
export const inventedName = fc.oneof(
  fc.tuple(inventedWord, inventedWord).map(([a, b]) => `${a} ${b}`),
  fc.tuple(inventedWord, fc.constantFrom(...SUFFIXES)).map(([a, b]) => `${a} ${b}`),
);

const figure = fc.oneof(
  fc.tuple(fc.constantFrom('$', '€', '£', ''), fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(' million', ' billion', 'bn', '%', '')).map(([a, n, b]) => `${a}${n}${b}`),
  fc.integer({ min: 1800, max: 2100 }).map(String),
  fc.constantFrom('1,234.5', '3.', '.5', '12 percent', '1e9', '-40%', '$$$', '100,000,000,000,000,000,000'),
);

const sentence = fc
  .tuple(inventedName, fc.constantFrom('said', 'reportedly raised', 'founded', 'leads', 'acquired', 'told Reuters that', 'is said to be worth'), figure, inventedName)
  .map(([a, verb, f, b]) => `${a} ${verb} ${f} from ${b}.`);

const markdown = fc.constantFrom(
  '# ', '## ', '\n> ', '\n- ', '\n1. ', '* ', '**', '_', '~~', '`', '```\n', '~~~', '\n---\n', '[', ']', '](', ')', '![', '<b>', '</b>', '<!--', '-->',
  '|', '\n|---|---|\n', '\\*', '[^1]', '[1]', 'https://example.com/a_(b)', '***', '\n\n',
);
const quotes = fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', "'s");
const space = fc.constantFrom(' ', '  ', '\n', '\r\n', '\r', '\t', '\n\n', '\r\n\r\n', '\u00a0', '\u2028', '\u2029', '\f', '\v');
const emoji = fc.constantFrom('😀', '👩‍👩‍👧', '🇫🇷', '𝐀𝐁𝐂', '𠜎', '👍🏽', '\u{1F600}\u{FE0F}');
const combining = fc.constantFrom('e\u0301', 'A\u030a', 'n\u0303', '\u0301', 'Z\u0336\u0337\u0338', '\u200d', '\u200b');
const bidi = fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c');
const control = fc.constantFrom('\u0000', '\u0001', '\u001b[31m', '\u007f', '\ufeff', '\ufffd', '\uffff');
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const longWord = fc.tuple(fc.constantFrom('a', 'A', 'Ab', '-', '.', '!', '*', '['), fc.integer({ min: 50, max: 3000 })).map(([w, n]) => w.repeat(n));
const anyString = fc.string({ unit: 'binary', maxLength: 20 });

/** One piece of adversarial text; news-like pieces are weighted up so that real entities appear often. */
export const fragment = fc.oneof(
  { arbitrary: sentence, weight: 6 },
  { arbitrary: inventedName, weight: 4 },
  { arbitrary: figure, weight: 2 },
  { arbitrary: markdown, weight: 3 },
  { arbitrary: quotes, weight: 2 },
  { arbitrary: space, weight: 4 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: combining, weight: 1 },
  { arbitrary: bidi, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: longWord, weight: 1 },
  { arbitrary: anyString, weight: 2 },
);

/** A document: up to `max` fragments concatenated. */
export function adversarialText(max = 40): fc.Arbitrary<string> {
  return fc.array(fragment, { maxLength: max }).map((parts) => parts.join(''));
}

/** An edit: replace `[at, at + remove)` (offsets taken modulo the text length) with `insert`. */
export interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fragment, { maxLength: 3 }).map((p) => p.join('')),
});

/** Applies an edit to `text`, clamping its range into the text. */
export function applyEdit(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

function assertSpanIn(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer span ${JSON.stringify(span)}`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: span ${span.start}..${span.end} outside 0..${length}`);
}

/**
 * Every span of an analysis lies inside the text and every mention's text is its slice. Claims' `cue` is the
 * text of the claim span when the span is non-empty (claims.ts sets it from the span).
 */
export function assertExactSpans(text: string, analysis: DocumentAnalysis): void {
  assert.equal(analysis.length, text.length, 'analysis.length');
  for (const p of analysis.paragraphs) assertSpanIn(p, text.length, 'paragraph');
  for (const s of analysis.sentences) assertSpanIn(s, text.length, 'sentence');
  for (const m of analysis.mentions) {
    assertSpanIn(m, text.length, 'mention');
    assert.ok(m.end > m.start, `empty mention at ${m.start}`);
    assert.equal(text.slice(m.start, m.end), m.text, `mention text at ${m.start}..${m.end}`);
  }
  for (const c of analysis.claims) {
    assertSpanIn(c, text.length, 'claim');
    assertSpanIn(c.sentence, text.length, 'claim sentence');
    assert.ok(c.sentence.start <= c.start && c.end <= c.sentence.end, `claim ${c.start}..${c.end} outside its sentence`);
  }
  for (const r of analysis.relations) assertSpanIn(r.evidence, text.length, 'relation evidence');
  for (const r of analysis.roles) assertSpanIn(r.evidence, text.length, 'role evidence');
}
