/**
 * Turns a corpus analysis into the findings of `entity-lens check`: the claims and inconsistent figures of each
 * document, minus those silenced by a suppression comment or an acknowledgement, with severities applied and
 * 1-based line/column positions (columns in UTF-16 code units, as everywhere in Entity Lens).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  findInconsistentFigures,
  silenceFindings,
  type AcknowledgementRecord,
  type CorpusAnalysis,
  type Span,
} from '../analysis/index';
import { compareSeverity, type Severity, type SeverityOrOff } from './checkRules';
import type { LoadedDocument } from './load';

/** A place in a file, 1-based; `endColumn` is exclusive (one past the last character), as in SARIF. */
export interface Place {
  readonly path: string;
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The text of the range (the cue or figure). */
  readonly text: string;
}

/** One reported problem. */
export interface Finding extends Place {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The sentence the finding is in, white space collapsed: the key of acknowledgements and fingerprints. */
  readonly sentence: string;
  /** Other places that belong to the finding (the differing statements of an inconsistent figure). */
  readonly related: readonly Place[];
}

/** The findings of a run and what was silenced. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly suppressed: number;
  readonly acknowledged: number;
}

/** A claim or inconsistency before positions and severity are applied. */
interface RawFinding extends Span {
  readonly code: string;
  readonly cue: string;
  readonly sentence: Span;
  readonly message: string;
  readonly related?: ReadonlyArray<Span & { readonly uri: string }>;
}

/** Collects the findings of every document, sorted by path, position, then severity and code. */
export function collectFindings(
  documents: readonly LoadedDocument[],
  corpus: CorpusAnalysis,
  severities: ReadonlyMap<string, SeverityOrOff>,
  acknowledgements: readonly AcknowledgementRecord[],
): CheckResult {
  const byUri = new Map(documents.map((d) => [d.uri, { doc: d, text: TextDocument.create(d.uri, d.languageId, 0, d.text) }]));
  const inconsistent = findInconsistentFigures(
    documents.map((d) => ({ uri: d.uri, text: d.text, analysis: corpus.analyses.get(d.uri)! })),
    corpus.workspace,
  );
  const findings: Finding[] = [];
  let suppressed = 0;
  let acknowledged = 0;
  for (const doc of documents) {
    const raw: RawFinding[] = [...(corpus.analyses.get(doc.uri)?.claims ?? []), ...inconsistent.filter((f) => f.uri === doc.uri)];
    const silenced = silenceFindings(doc.text, raw, acknowledgements, (code) => (severities.get(code) ?? 'off') !== 'off');
    suppressed += silenced.suppressed;
    acknowledged += silenced.acknowledged.length;
    for (const { item, sentence } of silenced.kept) {
      const severity = (severities.get(item.code) ?? 'off') as Severity;
      const related = (item.related ?? []).flatMap((r) => {
        const other = byUri.get(r.uri);
        return other ? [placeOf(other.doc, other.text, r)] : [];
      });
      const place = placeOf(doc, byUri.get(doc.uri)!.text, item);
      findings.push({ ...place, code: item.code, severity, message: item.message, sentence, related });
    }
  }
  return { findings: findings.sort(compareFindings), suppressed, acknowledged };
}

function placeOf(doc: LoadedDocument, text: TextDocument, span: Span): Place {
  const from = text.positionAt(span.start);
  const to = text.positionAt(span.end);
  return {
    path: doc.path,
    uri: doc.uri,
    start: span.start,
    end: span.end,
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
    text: doc.text.slice(span.start, span.end),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.path, b.path) || a.line - b.line || a.column - b.column || compareSeverity(a.severity, b.severity) || cmp(a.code, b.code);
}

/** Code-unit order, so that output is the same on every machine and locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
