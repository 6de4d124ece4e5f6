/**
 * Suppression comments (issue 4): a writer silences a finding in Markdown with
 * `<!-- entity-lens-disable-next-line [code ...] -->` (the next non-blank line) or with a block,
 * `<!-- entity-lens-disable [code ...] -->` ... `<!-- entity-lens-enable [code ...] -->`. Without codes a
 * comment covers every code. Pure: works on the text and on anything with a span and a code (claims, and the
 * inconsistent-figure findings), so the editor and the CLI suppress exactly the same things.
 */
import type { Span } from './types';

/** The prefix every directive starts with. */
const PREFIX = 'entity-lens-';

/** A directive found in the text. */
export interface SuppressionDirective {
  readonly kind: 'disable-next-line' | 'disable' | 'enable';
  /** The codes named; empty means every code. */
  readonly codes: readonly string[];
  /** Span of the whole comment, `<!--` to `-->`. */
  readonly span: Span;
}

/** A stretch of text in which the codes that `covers` accepts are off. */
interface Silence {
  readonly start: number;
  readonly end: number;
  covers(code: string): boolean;
}

/** Finds the suppression comments of a text, in order. Comments that are not directives are skipped. */
export function findDirectives(text: string): SuppressionDirective[] {
  const found: SuppressionDirective[] = [];
  // Plain indexOf scanning instead of one regex: an unclosed "<!--" must not make the scan quadratic.
  let from = text.indexOf('<!--');
  while (from >= 0) {
    const close = text.indexOf('-->', from + 4);
    if (close < 0) {
      break;
    }
    const words = text.slice(from + 4, close).trim().split(/\s+/);
    const kind = words[0]?.startsWith(PREFIX) ? words[0].slice(PREFIX.length) : '';
    if (kind === 'disable-next-line' || kind === 'disable' || kind === 'enable') {
      found.push({ kind, codes: words.slice(1).filter((w) => w !== ''), span: { start: from, end: close + 3 } });
    }
    from = text.indexOf('<!--', close + 3);
  }
  return found;
}

/** Drops the items that a suppression comment covers; keeps the order of the rest. */
export function applySuppressions<T extends Span & { readonly code: string }>(text: string, items: readonly T[]): T[] {
  const directives = findDirectives(text);
  if (directives.length === 0 || items.length === 0) {
    return [...items];
  }
  const silences = [...nextLineSilences(text, directives), ...blockSilences(text, directives)];
  return items.filter((item) => !silences.some((s) => s.start <= item.start && item.start < s.end && s.covers(item.code)));
}

/** The line after each `disable-next-line` comment, skipping blank lines. */
function nextLineSilences(text: string, directives: readonly SuppressionDirective[]): Silence[] {
  const silences: Silence[] = [];
  for (const d of directives.filter((x) => x.kind === 'disable-next-line')) {
    let start = lineEndAt(text, d.span.end);
    while (start < text.length) {
      start++;
      const end = lineEndAt(text, start);
      if (text.slice(start, end).trim() !== '') {
        silences.push({ start, end, covers: coverage(d.codes) });
        break;
      }
      start = end;
    }
  }
  return silences;
}

/** The offset of the line break ending the line that contains `offset` (or the text length). */
function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** Which codes a block comment has turned off: all but `except`, or just `codes`. */
interface BlockState {
  all: boolean;
  readonly except: Set<string>;
  readonly codes: Set<string>;
}

/**
 * The stretches between `disable` and `enable` comments. State is tracked per code, so that
 * `disable` + `enable hedged-claim` leaves every other code off, and an unclosed block runs to the end.
 */
function blockSilences(text: string, directives: readonly SuppressionDirective[]): Silence[] {
  const silences: Silence[] = [];
  const state: BlockState = { all: false, except: new Set(), codes: new Set() };
  let start = 0;
  const flush = (end: number): void => {
    if (state.all) {
      const kept = new Set(state.except);
      silences.push({ start, end, covers: (code) => !kept.has(code) });
    } else if (state.codes.size > 0) {
      silences.push({ start, end, covers: coverage([...state.codes]) });
    }
  };
  for (const d of directives.filter((x) => x.kind !== 'disable-next-line')) {
    flush(d.span.start);
    start = d.span.end;
    update(state, d);
  }
  flush(text.length);
  return silences;
}

function update(state: BlockState, d: SuppressionDirective): void {
  const off = d.kind === 'disable';
  if (d.codes.length === 0) {
    state.all = off;
    state.except.clear();
    state.codes.clear();
    return;
  }
  // Under a disable-all block, naming codes edits the exceptions; otherwise it edits the disabled set.
  const target = state.all ? state.except : state.codes;
  const add = state.all ? !off : off;
  for (const code of d.codes) {
    if (add) {
      target.add(code);
    } else {
      target.delete(code);
    }
  }
}

/** Covers the named codes, or every code when none is named. */
function coverage(codes: readonly string[]): (code: string) => boolean {
  const named = new Set(codes);
  return (code) => named.size === 0 || named.has(code);
}
