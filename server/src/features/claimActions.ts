/**
 * Quick fixes on a sourcing finding (issue 4): insert an attribution where it reads naturally, acknowledge the
 * claim with a reason (a client command asks for the reason), and in Markdown suppress it with a comment.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import { attributionInsertion, silenceFindings, type AcknowledgementRecord, type SourcingItem } from '../analysis/index';
import { spanToRange } from '../lsp/convert';
import { documentEdit, escapeSnippet, type EditSupport } from '../lsp/workspaceEdits';
import { ACKNOWLEDGE_CLAIM_COMMAND, type AcknowledgeClaimArgs } from '../protocol';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { workspaceFigures } from '../workspace/sourcing';

/** The codes an attribution fixes (an inconsistent figure needs checking, not a source phrase). */
const CLAIM_CODES = new Set(['hedged-claim', 'vague-attribution', 'unsourced-figure']);

/** The findings of a document that are still reported (not suppressed, not acknowledged) and touch [start, end]. */
export function findingsIn(snapshot: IndexSnapshot, doc: IndexedDocument, start: number, end: number, acknowledgements: readonly AcknowledgementRecord[]): SourcingItem[] {
  const inconsistent = workspaceFigures(snapshot).inconsistent.filter((f) => f.uri === doc.key);
  const items: SourcingItem[] = [...doc.analysis.claims, ...inconsistent];
  return silenceFindings(doc.document.getText(), items, acknowledgements)
    .kept.map((k) => k.item)
    .filter((item) => item.start <= end && start <= item.end);
}

/** The quick fixes of one finding. */
export function claimActions(doc: IndexedDocument, item: SourcingItem, diagnostics: readonly Diagnostic[], support: EditSupport): CodeAction[] {
  const document = doc.document;
  const text = document.getText();
  const range = spanToRange(document, item);
  const matching = diagnostics.filter((d) => d.code === item.code && sameRange(d.range, range));
  const actions: CodeAction[] = [];
  if (CLAIM_CODES.has(item.code)) {
    const at = attributionInsertion(text, item.sentence, doc.analysis.mentions);
    const editRange = spanToRange(document, { start: at.start, end: at.start + at.replace });
    const edit = documentEdit(document.uri, document.version, editRange, { snippet: `${at.before}\${1:source}${escapeSnippet(at.after)}`, plain: `${at.before}[source]${at.after}` }, support);
    actions.push({ title: 'Insert attribution ("according to …")', kind: CodeActionKind.QuickFix, diagnostics: matching, isPreferred: true, edit });
  }
  const args: AcknowledgeClaimArgs = { uri: document.uri, code: item.code, sentence: text.slice(item.sentence.start, item.sentence.end) };
  actions.push({ title: 'Acknowledge with a reason…', kind: CodeActionKind.QuickFix, diagnostics: matching, command: { title: 'Acknowledge with a reason…', command: ACKNOWLEDGE_CLAIM_COMMAND, arguments: [args] } });
  if (document.languageId === 'markdown') {
    actions.push({ title: `Suppress ${item.code} on this line with a comment`, kind: CodeActionKind.QuickFix, diagnostics: matching, edit: suppressEdit(doc, item, support) });
  }
  return actions;
}

/** Inserts `<!-- entity-lens-disable-next-line CODE -->` above the finding's line, with that line's indentation. */
function suppressEdit(doc: IndexedDocument, item: SourcingItem, support: EditSupport): ReturnType<typeof documentEdit> {
  const document = doc.document;
  const line = document.positionAt(item.start).line;
  const lineStart = document.offsetAt({ line, character: 0 });
  const text = document.getText();
  const indent = /^[ \t]*/.exec(text.slice(lineStart, item.start))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return documentEdit(document.uri, document.version, { start: at, end: at }, { plain: `${indent}<!-- entity-lens-disable-next-line ${item.code} -->${eol}` }, support);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
