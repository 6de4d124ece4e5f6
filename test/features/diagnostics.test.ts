/**
 * Diagnostics conversion and settings normalization.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Claim } from '../../server/src/analysis/index';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { Settings } from '../../server/src/protocol';
import { fakeAnalysis } from '../support/snapshots';

const TEXT = 'The firm is reportedly profitable. Analysts believe it will grow. It earned $5bn.\n';

function claim(code: Claim['code'], cue: string): Claim {
  const start = TEXT.indexOf(cue);
  return { start, end: start + cue.length, code, cue, sentence: { start: 0, end: TEXT.length }, message: `${cue} needs a source` };
}

const CLAIMS = [claim('hedged-claim', 'reportedly'), claim('vague-attribution', 'Analysts believe'), claim('unsourced-figure', '$5bn')];
const document = TextDocument.create('file:///d.md', 'markdown', 1, TEXT);

describe('diagnostics', () => {
  it('converts claims with codes, source and default severities', () => {
    const diagnostics = computeDiagnostics(document, fakeAnalysis(TEXT, [], CLAIMS), Settings.defaults);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.severity, document.getText(d.range)]),
      [
        ['hedged-claim', 'entity-lens', DiagnosticSeverity.Warning, 'reportedly'],
        ['vague-attribution', 'entity-lens', DiagnosticSeverity.Warning, 'Analysts believe'],
        ['unsourced-figure', 'entity-lens', DiagnosticSeverity.Information, '$5bn'],
      ],
    );
  });
  it('follows per-code severity settings, including off', () => {
    const settings = Settings.from({ diagnostics: { severity: { hedgedClaim: 'error', 'vague-attribution': 'off' } } });
    const diagnostics = computeDiagnostics(document, fakeAnalysis(TEXT, [], CLAIMS), settings);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['hedged-claim', DiagnosticSeverity.Error], ['unsourced-figure', DiagnosticSeverity.Information]]);
  });
  it('is empty when disabled', () => {
    assert.deepEqual(computeDiagnostics(document, fakeAnalysis(TEXT, [], CLAIMS), Settings.from({ diagnostics: { enable: false } })), []);
  });
});

describe('Settings.from', () => {
  const table: Array<[string, unknown, (s: Settings) => unknown, unknown]> = [
    ['undefined gives defaults', undefined, (s) => s, Settings.defaults],
    ['garbage gives defaults', 'nonsense', (s) => s, Settings.defaults],
    ['bad severity falls back', { diagnostics: { severity: { hedgedClaim: 'loud' } } }, (s) => s.diagnostics.severity['hedged-claim'], 'warning'],
    ['include list kept', { files: { include: ['**/*.md'] } }, (s) => s.files.include, ['**/*.md']],
    ['non-string include ignored', { files: { include: [1] } }, (s) => s.files.include, Settings.defaults.files.include],
    ['negative size ignored', { files: { maxSizeMB: -1 } }, (s) => s.files.maxSizeMB, 5],
    ['time budget kept', { analysis: { timeBudgetSeconds: 12.5 } }, (s) => s.analysis.timeBudgetSeconds, 12.5],
    ['time budget 0 means no limit', { analysis: { timeBudgetSeconds: 0 } }, (s) => s.analysis.timeBudgetSeconds, 0],
    ['negative time budget ignored', { analysis: { timeBudgetSeconds: -1 } }, (s) => s.analysis.timeBudgetSeconds, 30],
  ];
  for (const [name, raw, pick, expected] of table) {
    it(name, () => assert.deepEqual(pick(Settings.from(raw)), expected));
  }
});
