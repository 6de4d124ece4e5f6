/**
 * The analysis's own warnings (a document abandoned after its time budget, an engine failure) as diagnostics.
 *
 * A diagnostic, not a `window/showMessage`: it belongs to the document, shows in the Problems panel next to it,
 * goes away by itself when an edit analyzes the document again, and a folder of fifty huge logs gives fifty quiet
 * lines instead of fifty pop-ups. It sits at the very start of the document with Information severity: nothing in
 * the text is wrong, the user only needs to know why the document shows no entities.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/index';
import { isAbandoned } from '../workspace/timeBudget';
import { DIAGNOSTIC_SOURCE } from './convert';

/** Codes of the notices: ran out of its time budget, or the engine failed on it. */
export type AnalysisNoticeCode = 'analysis-abandoned' | 'analysis-failed';

/** One Information diagnostic per warning of the analysis, at the start of the document. */
export function analysisNotices(analysis: DocumentAnalysis): Diagnostic[] {
  const code: AnalysisNoticeCode = isAbandoned(analysis) ? 'analysis-abandoned' : 'analysis-failed';
  return analysis.warnings.map((message) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code,
    source: DIAGNOSTIC_SOURCE,
    message,
  }));
}
