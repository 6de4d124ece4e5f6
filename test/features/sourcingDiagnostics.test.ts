/**
 * Diagnostics with suppression comments, acknowledgements and inconsistent figures (provider level), the new
 * settings, and the claim-options fingerprint of the paragraph cache.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, claimOptionsKey, ParagraphCache, type Claim, type InconsistentFigure } from '../../server/src/analysis/index';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { Settings } from '../../server/src/protocol';
import { fakeAnalysis } from '../support/snapshots';

const TEXT = '<!-- entity-lens-disable-next-line hedged-claim -->\nThe firm is reportedly profitable.\nThe rival is reportedly in talks.\nIt was valued at $5bn.\n';
const OTHER = TEXT.replace('$5bn', '$6bn');
const document = TextDocument.create('file:///ws/a.md', 'markdown', 1, TEXT);
const other = TextDocument.create('file:///ws/b.md', 'markdown', 1, OTHER);

function span(text: string, needle: string, occurrence = 0): { start: number; end: number; sentence: { start: number; end: number } } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
  }
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start);
  return { start, end: start + needle.length, sentence: { start: lineStart, end: lineEnd } };
}

const claims: Claim[] = [
  { ...span(TEXT, 'reportedly'), code: 'hedged-claim', cue: 'reportedly', message: 'first' },
  { ...span(TEXT, 'reportedly', 1), code: 'hedged-claim', cue: 'reportedly', message: 'second' },
];
const inconsistent: InconsistentFigure = {
  ...span(TEXT, '$5bn'),
  uri: document.uri,
  text: '$5bn',
  code: 'inconsistent-figure',
  cue: '$5bn',
  entityId: 'organization:firm',
  entityName: 'Firm',
  measure: 'valuation',
  message: "Firm's valuation is $5bn here but $6bn in b.md",
  related: [{ uri: other.uri, text: '$6bn', ...span(OTHER, '$6bn') }],
};
const sourcing = { inconsistent: [inconsistent], acknowledgements: [], documentOf: (key: string) => (key === other.uri ? other : undefined) };

describe('sourcing diagnostics', () => {
  it('drops suppressed claims and reports inconsistent figures with related information', () => {
    const diagnostics = computeDiagnostics(document, fakeAnalysis(TEXT, [], claims), Settings.defaults, sourcing);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['hedged-claim', 2, DiagnosticSeverity.Warning], ['inconsistent-figure', 3, DiagnosticSeverity.Warning]]);
    assert.deepEqual(diagnostics[1]!.relatedInformation?.map((r) => [r.location.uri, other.getText(r.location.range)]), [[other.uri, '$6bn']]);
  });

  it('drops acknowledged claims, keyed by sentence text', () => {
    const acknowledgements = [{ sentence: '  The rival   is reportedly in talks. ', code: 'hedged-claim', reason: 'notes' }];
    const diagnostics = computeDiagnostics(document, fakeAnalysis(TEXT, [], claims), Settings.defaults, { ...sourcing, acknowledgements });
    assert.deepEqual(diagnostics.map((d) => d.code), ['inconsistent-figure']);
  });

  it('follows the inconsistentFigure severity setting', () => {
    const settings = Settings.from({ diagnostics: { severity: { inconsistentFigure: 'hint' } } });
    const diagnostics = computeDiagnostics(document, fakeAnalysis(TEXT, [], claims), settings, sourcing);
    assert.equal(diagnostics.find((d) => d.code === 'inconsistent-figure')?.severity, DiagnosticSeverity.Hint);
    const off = Settings.from({ diagnostics: { severity: { 'inconsistent-figure': 'off' } } });
    assert.equal(computeDiagnostics(document, fakeAnalysis(TEXT, [], claims), off, sourcing).some((d) => d.code === 'inconsistent-figure'), false);
  });
});

describe('claim settings', () => {
  it('normalizes the claims section', () => {
    assert.deepEqual(Settings.defaults.claims, { hedgeCues: [], attributionPhrases: [], figureKinds: ['money', 'percent'] });
    const settings = Settings.from({ claims: { hedgeCues: [' word on the street ', ''], attributionPhrases: 'nope', figureKinds: ['money', 'year', 'bogus'] } });
    assert.deepEqual(settings.claims, { hedgeCues: ['word on the street'], attributionPhrases: [], figureKinds: ['money', 'year'] });
    assert.equal(Settings.from({ claims: { figureKinds: 'money' } }).claims.figureKinds, Settings.defaults.claims.figureKinds);
  });

  it('fingerprints claim options stably, and not at all for the defaults', () => {
    assert.equal(claimOptionsKey(undefined), '');
    assert.equal(claimOptionsKey({ figureKinds: ['percent', 'money'], hedgeCues: [] }), '');
    assert.equal(claimOptionsKey({ hedgeCues: ['B', 'a'] }), claimOptionsKey({ hedgeCues: ['a', 'b'] }));
    assert.notEqual(claimOptionsKey({ hedgeCues: ['a'] }), claimOptionsKey({ attributionPhrases: ['a'] }));
  });

  it('analyzes with claim options, sharing one cache without mixing results', () => {
    const cache = new ParagraphCache();
    const text = 'The word on the street is that the firm will merge. It earned 40 employees in 2023.\n';
    const codes = (options?: Parameters<typeof analyzeDocument>[1]): string[] => analyzeDocument(text, { cache, ...options }).claims.map((c) => `${c.code}:${c.cue}`);
    assert.deepEqual(codes(), []);
    assert.deepEqual(codes({ claimOptions: { hedgeCues: ['word on the street'] } }), ['hedged-claim:word on the street']);
    assert.deepEqual(codes(), []);
    assert.ok(codes({ claimOptions: { figureKinds: ['year'] } }).some((c) => c.startsWith('unsourced-figure')));
  });
});
