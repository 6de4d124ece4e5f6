/**
 * The codes `entity-lens check` reports, their default severities and help texts, and the parsing of the
 * severity flags. Shared by the text, JSON and SARIF outputs, so that all three describe the same rules.
 */
import { UsageError } from './args';

/** Severities, as the editor setting names them ("info" is accepted for "information"). */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A severity or `off` (the code is not checked). */
export type SeverityOrOff = Severity | 'off';

/** A diagnostic code and how it is described. */
export interface Rule {
  readonly id: string;
  /** A short title ("Hedged claim without a named source"). */
  readonly title: string;
  /** Plain-text help: why it is reported and how to fix or silence it. */
  readonly help: string;
  /** The same help as Markdown (the comment syntax in code spans, so that renderers do not hide it). */
  readonly helpMarkdown: string;
  readonly defaultSeverity: Severity;
}

const silence = (code: string, quote: string): string =>
  `Silence one occurrence with ${quote}<!-- entity-lens-disable-next-line ${code} -->${quote} (Markdown), or acknowledge it with a reason in ${quote}.entity-lens/acknowledgements.json${quote}.`;

/** Every code, in report order. */
export const RULES: readonly Rule[] = ([
  {
    id: 'hedged-claim',
    title: 'Hedged claim without a named source',
    help: 'The sentence hedges ("reportedly", "is said to", "reports indicate") but names no source in reach. Say who reported it: "according to Reuters", "the company said", a link or a citation marker.',
    defaultSeverity: 'warning',
  },
  {
    id: 'vague-attribution',
    title: 'Vague attribution',
    help: 'The sentence attributes the claim to an unnamed group ("analysts believe", "industry insiders say", "it is widely believed"). Name the analysts, the insiders or the document.',
    defaultSeverity: 'warning',
  },
  {
    id: 'unsourced-figure',
    title: 'Figure stated without a source',
    help: 'A money or percent figure is stated as fact with no source in reach. Say where it comes from: a filing, a statement, a named report, a link or a citation marker.',
    defaultSeverity: 'info',
  },
  {
    id: 'inconsistent-figure',
    title: 'Figure stated differently elsewhere',
    help: "The same organization's figure (valuation, funding round, revenue...) is given a different value in another file. Check which is right, or say why they differ (a different date or measure).",
    defaultSeverity: 'warning',
  },
] satisfies Array<Omit<Rule, 'helpMarkdown'>>).map((rule) => ({
  ...rule,
  help: `${rule.help} ${silence(rule.id, '')}`,
  helpMarkdown: `${rule.help} ${silence(rule.id, '`')}`,
}));

const RANK: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

/** True when `severity` is at or above `threshold`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** Orders severities from most to least severe. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** Parses a severity name ("information" and "info" are the same). Undefined for anything else. */
export function parseSeverity(raw: string): SeverityOrOff | undefined {
  const name = raw.trim().toLowerCase();
  if (name === 'information') {
    return 'info';
  }
  return name === 'error' || name === 'warning' || name === 'info' || name === 'hint' || name === 'off' ? name : undefined;
}

/** Parses `--fail-on`: error, warning or info (default warning). */
export function parseFailOn(raw: string | undefined): Severity {
  const level = raw === undefined ? 'warning' : parseSeverity(raw);
  if (level === undefined || level === 'off' || level === 'hint') {
    throw new UsageError(`--fail-on must be error, warning or info, got '${raw ?? ''}'`);
  }
  return level;
}

/**
 * The severity of each code: the defaults, overridden by `--severity code=level[,code=level...]`
 * (levels error, warning, info, hint, off).
 */
export function parseSeverities(raw: string | undefined): ReadonlyMap<string, SeverityOrOff> {
  const severities = new Map<string, SeverityOrOff>(RULES.map((r) => [r.id, r.defaultSeverity]));
  for (const part of (raw ?? '').split(',').filter((p) => p.trim() !== '')) {
    const eq = part.indexOf('=');
    const code = part.slice(0, Math.max(eq, 0)).trim();
    const level = eq < 0 ? undefined : parseSeverity(part.slice(eq + 1));
    if (!severities.has(code) || level === undefined) {
      throw new UsageError(`--severity takes CODE=LEVEL with CODE one of ${RULES.map((r) => r.id).join(', ')} and LEVEL error, warning, info, hint or off; got '${part.trim()}'`);
    }
    severities.set(code, level);
  }
  return severities;
}
