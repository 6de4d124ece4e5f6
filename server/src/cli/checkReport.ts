/**
 * Text and JSON outputs of `entity-lens check`. The text reads like a compiler's, one finding a line,
 * `path:line:col severity code message` (1-based; editors and CI problem matchers link it), then a summary.
 */
import type { CheckResult, Finding } from './checkFindings';
import type { Severity } from './checkRules';

/** Counts of a run, shared by both outputs. */
export interface CheckSummary {
  readonly files: number;
  readonly problems: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly hints: number;
  readonly suppressed: number;
  readonly acknowledged: number;
}

/** Counts the findings of a run over `files` documents. */
export function summarize(result: CheckResult, files: number): CheckSummary {
  const count = (severity: Severity): number => result.findings.filter((f) => f.severity === severity).length;
  return {
    files,
    problems: result.findings.length,
    errors: count('error'),
    warnings: count('warning'),
    info: count('info'),
    hints: count('hint'),
    suppressed: result.suppressed,
    acknowledged: result.acknowledged,
  };
}

/** The text report: one line per finding, then one summary line. */
export function renderCheckText(result: CheckResult, summary: CheckSummary): string {
  const lines = result.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}${relatedSuffix(f)}`);
  lines.push(summaryLine(summary));
  return `${lines.join('\n')}\n`;
}

/** " (see other.md:3:40)" for findings with related places. */
function relatedSuffix(finding: Finding): string {
  return finding.related.length === 0 ? '' : ` (see ${finding.related.map((r) => `${r.path}:${r.line}:${r.column}`).join(', ')})`;
}

function summaryLine(s: CheckSummary): string {
  const files = `${s.files} file${s.files === 1 ? '' : 's'}`;
  const silenced = s.suppressed + s.acknowledged > 0 ? `; ${s.suppressed} suppressed, ${s.acknowledged} acknowledged` : '';
  if (s.problems === 0) {
    return `no problems in ${files}${silenced}`;
  }
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), `${s.info} info`, ...(s.hints > 0 ? [plural(s.hints, 'hint')] : [])];
  return `${plural(s.problems, 'problem')} (${parts.join(', ')}) in ${files}${silenced}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The JSON report: `{"findings": [{"path", "line", "column", "endLine", "endColumn", "start", "end", "severity",
 * "code", "message", "text", "sentence", "related": [{"path", "line", "column", "endLine", "endColumn", "text"}]}],
 * "summary": {...}}`. Lines and columns are 1-based (unlike `analyze --json`), columns in UTF-16 code units.
 */
export function renderCheckJson(result: CheckResult, summary: CheckSummary): string {
  const findings = result.findings.map((f) => ({
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    start: f.start,
    end: f.end,
    severity: f.severity,
    code: f.code,
    message: f.message,
    text: f.text,
    sentence: f.sentence,
    related: f.related.map((r) => ({ path: r.path, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, text: r.text })),
  }));
  return `${JSON.stringify({ findings, summary }, null, 2)}\n`;
}
