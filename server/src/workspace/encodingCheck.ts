/**
 * Checks an encoded analysis read from the persisted cache before it is decoded. The cache is a file anyone
 * (a crash, a disk error, another program) may have damaged; features index into the text with its offsets and
 * switch on its kinds, so an entry is used only when every offset lies in the text, every span is well formed
 * and sorted, every kind is one the engine knows and every field has its type. The first problem is named,
 * for the log.
 */
import type { ClaimCode, EntityKind, FigureKind, RelationType } from '../analysis/index';

const ENTITY_KINDS: Record<EntityKind, true> = { person: true, organization: true, figure: true };
const FIGURE_KINDS: Record<FigureKind, true> = { money: true, percent: true, quantity: true, year: true, date: true };
const CLAIM_CODES: Record<ClaimCode, true> = { 'hedged-claim': true, 'vague-attribution': true, 'unsourced-figure': true };
const RELATION_TYPES: Record<RelationType, true> = {
  leads: true,
  founded: true,
  'co-founded': true,
  owns: true,
  'invested-in': true,
  'explored-deal': true,
  left: true,
  acquired: true,
  'competes-with': true,
  'founded-by-alumni-of': true,
  'in-sector': true,
};

/** The number of entity kinds a mention's kind index may take (see analysisCodec). */
const KIND_COUNT = Object.keys(ENTITY_KINDS).length;

type Check = (value: unknown) => string | undefined;

/** Why `value` is not an encoded analysis of a text of `length` code units, or undefined when it is one. */
export function encodingProblem(length: number, value: unknown): string | undefined {
  if (!isRecord(value)) {
    return 'not an object';
  }
  if (value.length !== length) {
    return 'made for a text of another length';
  }
  const span = spanCheck(length);
  return (
    flatSpansProblem('paragraphs', value.paragraphs, length) ??
    flatSpansProblem('sentences', value.sentences, length) ??
    mentionsProblem(value.mentions, length) ??
    listProblem('claims', value.claims, (c) =>
      !isRecord(c) ? 'not an object' : (span(c) ?? oneOf(c.code, CLAIM_CODES, 'code') ?? text(c.cue, 'cue') ?? span(c.sentence, 'sentence') ?? text(c.message, 'message')),
    ) ??
    listProblem('relations', value.relations, (r) =>
      !isRecord(r)
        ? 'not an object'
        : (oneOf(r.type, RELATION_TYPES, 'type') ??
          text(r.subject, 'subject') ??
          oneOf(r.subjectKind, ENTITY_KINDS, 'subjectKind') ??
          text(r.object, 'object') ??
          (r.objectKind === 'sector' ? undefined : oneOf(r.objectKind, ENTITY_KINDS, 'objectKind')) ??
          span(r.evidence, 'evidence')),
    ) ??
    listProblem('roles', value.roles, (r) =>
      !isRecord(r) ? 'not an object' : (text(r.person, 'person') ?? text(r.role, 'role') ?? optional(r.organization, (o) => text(o, 'organization')) ?? span(r.evidence, 'evidence')),
    ) ??
    listProblem('warnings', value.warnings, (w) => text(w, 'warning')) ??
    optional(value.localNames, (names) =>
      listProblem('localNames', names, (n) =>
        !Array.isArray(n) || n.length !== 4 ? 'not a [name, kind, best, total] entry' : (text(n[0], 'name') ?? (n[1] === 'person' || n[1] === 'organization' ? undefined : 'unknown kind') ?? num(n[2], 'best') ?? num(n[3], 'total')),
      ),
    )
  );
}

/** [start, end, kind, name | null, confidence, reason, title?, figure?] entries, sorted by start. */
function mentionsProblem(mentions: unknown, length: number): string | undefined {
  let previous = 0;
  return listProblem('mentions', mentions, (m) => {
    if (!Array.isArray(m) || (m.length !== 6 && m.length !== 8)) {
      return 'not a mention entry';
    }
    const [start, end, kind, name, confidence, reason, title, figure] = m as unknown[];
    const problem =
      offsetsProblem(start, end, length) ??
      (Number.isInteger(kind) && (kind as number) >= 0 && (kind as number) < KIND_COUNT ? undefined : 'unknown kind') ??
      (name === null ? undefined : text(name, 'name')) ??
      num(confidence, 'confidence') ??
      text(reason, 'reason') ??
      (m.length === 8 ? (text(title, 'title') ?? (figure === null ? undefined : figureProblem(figure))) : undefined);
    if (problem === undefined && (start as number) < previous) {
      return 'out of order';
    }
    previous = start as number;
    return problem;
  });
}

function figureProblem(figure: unknown): string | undefined {
  if (!isRecord(figure)) {
    return 'figure is not an object';
  }
  return (
    oneOf(figure.kind, FIGURE_KINDS, 'figure kind') ??
    optional(figure.value, (v) => num(v, 'figure value')) ??
    optional(figure.currency, (c) => text(c, 'currency')) ??
    optional(figure.approximate, (a) => (typeof a === 'boolean' ? undefined : 'approximate is not a boolean')) ??
    optional(figure.lowerBound, (b) => num(b, 'lowerBound'))
  );
}

/** Spans stored flat as [start, end, start, end, ...], sorted by start. */
function flatSpansProblem(name: string, flat: unknown, length: number): string | undefined {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) {
    return `${name} is not a list of offset pairs`;
  }
  for (let i = 0; i < flat.length; i += 2) {
    const problem = offsetsProblem(flat[i], flat[i + 1], length) ?? (i > 0 && (flat[i] as number) < (flat[i - 2] as number) ? 'out of order' : undefined);
    if (problem) {
      return `${name}[${i / 2}]: ${problem}`;
    }
  }
  return undefined;
}

function spanCheck(length: number): (value: unknown, what?: string) => string | undefined {
  return (value, what = 'span') => (isRecord(value) ? offsetsProblem(value.start, value.end, length) : `${what} is not a span`);
}

function offsetsProblem(start: unknown, end: unknown, length: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return 'offsets are not whole numbers';
  }
  return (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length ? undefined : 'offsets outside the text';
}

function listProblem(name: string, list: unknown, check: Check): string | undefined {
  if (!Array.isArray(list)) {
    return `${name} is not a list`;
  }
  for (let i = 0; i < list.length; i++) {
    const problem = check(list[i]);
    if (problem) {
      return `${name}[${i}]: ${problem}`;
    }
  }
  return undefined;
}

function oneOf(value: unknown, known: Readonly<Record<string, true>>, what: string): string | undefined {
  return typeof value === 'string' && Object.hasOwn(known, value) ? undefined : `unknown ${what}`;
}

function text(value: unknown, what: string): string | undefined {
  return typeof value === 'string' ? undefined : `${what} is not a string`;
}

function num(value: unknown, what: string): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? undefined : `${what} is not a number`;
}

function optional(value: unknown, check: Check): string | undefined {
  return value === undefined ? undefined : check(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
