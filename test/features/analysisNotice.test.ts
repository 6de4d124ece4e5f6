/**
 * The analysis's own warnings become Information diagnostics at the document's start: an abandoned document
 * says so under its own code, an engine failure under another, and a clean analysis gives none.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { analyzeDocument } from '../../server/src/analysis/index';
import { analysisNotices } from '../../server/src/lsp/analysisNotice';
import { abandonedAnalysis, abandonedMessage } from '../../server/src/workspace/timeBudget';

const TEXT = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';

describe('analysis notices', () => {
  it('gives one notice for an abandoned document', () => {
    const [notice, ...rest] = analysisNotices(abandonedAnalysis(TEXT, 20));
    assert.deepEqual(rest, []);
    assert.equal(notice!.code, 'analysis-abandoned');
    assert.equal(notice!.severity, DiagnosticSeverity.Information);
    assert.equal(notice!.message, abandonedMessage(20));
    assert.match(notice!.message, /after 20 s \(setting entityLens\.analysis\.timeBudgetSeconds\)/);
    assert.deepEqual(notice!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('gives a failure its own code, and a clean analysis no notice', () => {
    const failed = { ...analyzeDocument(''), warnings: ['analysis failed: boom'] };
    assert.deepEqual(analysisNotices(failed).map((d) => [d.code, d.message]), [['analysis-failed', 'analysis failed: boom']]);
    assert.deepEqual(analysisNotices(analyzeDocument(TEXT)), []);
  });
});
