/**
 * The workspace index and the time budget: a document that runs out of it is recorded as abandoned (empty
 * analysis, one warning naming the setting), the other documents are analyzed as usual, and the abandoned one is
 * tried again only when its text or the budget changes, never because names changed elsewhere. The clock is fake:
 * each read moves it 10 ms, so a budget of 1 s is 100 reads, which a short document never needs and a long one
 * always does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache } from '../../server/src/analysis/index';
import { TIME_BUDGET_SETTING, isAbandoned } from '../../server/src/workspace/timeBudget';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

const SHORT = 'file:///ws/short.md';
const LONG = 'file:///ws/long.md';
const SHORT_TEXT = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';
/** 300 paragraphs (at least two clock reads each, far over 100) naming an organization the short one teaches. */
const LONG_TEXT = Array.from({ length: 300 }, (_, i) => `Engineers at Kestrel Orbital said on day ${i} that Tobiah Okonkwo-Reyes would stay.`).join('\n\n');

/** A clock that moves 10 ms per read, and how often it was read. */
function steppingClock(): { now: () => number; readonly reads: number } {
  let reads = 0;
  return {
    now: () => 10 * reads++,
    get reads() {
      return reads;
    },
  };
}

function indexWithBudget(seconds: number): { index: WorkspaceIndex; clock: ReturnType<typeof steppingClock> } {
  const clock = steppingClock();
  const index = new WorkspaceIndex(new ParagraphCache(), clock.now);
  index.setTimeBudget(seconds);
  return { index, clock };
}

function names(index: WorkspaceIndex, uri: string): string[] {
  return index.analysisOf(uri)!.analysis.mentions.filter((m) => m.kind !== 'figure').map((m) => m.name);
}

describe('WorkspaceIndex time budget', () => {
  it('abandons the document that runs out of time, with a message, and analyzes the others', async () => {
    const { index } = indexWithBudget(1);
    index.setDocument(TextDocument.create(SHORT, 'markdown', 1, SHORT_TEXT), true);
    index.setDocument(TextDocument.create(LONG, 'markdown', 1, LONG_TEXT), true);
    const snapshot = (await index.snapshot())!;
    const long = snapshot.get(LONG)!.analysis;
    assert.ok(isAbandoned(long));
    assert.deepEqual(long.warnings, [`Entity Lens stopped analyzing this document after 1 s (setting ${TIME_BUDGET_SETTING}). Edit the document or raise the setting to try again.`]);
    assert.equal(long.mentions.length, 0);
    assert.equal(long.length, LONG_TEXT.length);
    assert.ok(names(index, SHORT).includes('Marisol Quenby'), 'the short document is analyzed as usual');
    assert.deepEqual([...index.freshEntries()].map((e) => e.key), [SHORT], 'an abandoned analysis is never persisted');
  });

  it('does not try an abandoned document again when names change elsewhere', async () => {
    const { index, clock } = indexWithBudget(1);
    index.setDocument(TextDocument.create(LONG, 'markdown', 1, LONG_TEXT), true);
    const abandoned = index.analysisOf(LONG)!.analysis;
    assert.ok(isAbandoned(abandoned));
    const readsBefore = clock.reads;
    // A new document teaches new known names: every other document would be propagated again.
    index.setDocument(TextDocument.create(SHORT, 'markdown', 1, SHORT_TEXT), true);
    await index.snapshot();
    assert.ok(index.knownNames.size > 0, 'known names changed');
    assert.equal(index.analysisOf(LONG)!.analysis, abandoned, 'same abandoned analysis, not analyzed again');
    assert.ok(clock.reads - readsBefore < 100, `only the short document read the clock (${clock.reads - readsBefore} reads)`);
  });

  it('tries it again when it is edited', () => {
    const { index } = indexWithBudget(1);
    const document = TextDocument.create(LONG, 'markdown', 1, LONG_TEXT);
    index.setDocument(document, true);
    assert.ok(isAbandoned(index.analysisOf(LONG)!.analysis));
    TextDocument.update(document, [{ text: SHORT_TEXT }], 2);
    const edited = index.analysisOf(LONG)!.analysis;
    assert.ok(!isAbandoned(edited));
    assert.ok(names(index, LONG).includes('Marisol Quenby'));
  });

  it('tries it again when the budget changes, and 0 means no limit', () => {
    const { index } = indexWithBudget(1);
    index.setDocument(TextDocument.create(LONG, 'markdown', 1, LONG_TEXT), true);
    assert.ok(isAbandoned(index.analysisOf(LONG)!.analysis));
    index.setTimeBudget(0);
    assert.equal(index.timeBudgetSeconds, 0);
    assert.ok(!isAbandoned(index.analysisOf(LONG)!.analysis));
    assert.ok(names(index, LONG).includes('Tobiah Okonkwo-Reyes'));
  });

  it('records a document abandoned elsewhere only for the text it was given', () => {
    const { index } = indexWithBudget(1);
    index.setDocument(TextDocument.create(SHORT, 'markdown', 1, SHORT_TEXT), false);
    index.markAbandoned(SHORT, 'another text');
    assert.deepEqual([...index.sources(true)].map((s) => s.key), [SHORT], 'still to analyze');
    index.markAbandoned(SHORT, SHORT_TEXT);
    assert.deepEqual([...index.sources(true)], [], 'recorded: not to analyze again');
    assert.ok(isAbandoned(index.analysisOf(SHORT)!.analysis));
  });
});
