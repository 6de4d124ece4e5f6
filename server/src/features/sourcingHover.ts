/**
 * What a hover says about sourcing (issue 4): why a figure or cue is flagged, the reason it was acknowledged
 * with, and where else in the workspace the same organization's figure for the same measure is stated, with
 * the values. Rendering is lsp/sourcingCard.ts's job.
 */
import { basename } from 'node:path';
import { measureLabelOf, silenceFindings, type AcknowledgementRecord, type Span, type SourcingItem } from '../analysis/index';
import type { SourcingNotes } from '../lsp/sourcingCard';
import { uriPath } from '../util/uri';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';
import { workspaceFigures } from '../workspace/sourcing';

/** How many other statements of a figure a hover lists. */
const MAX_ELSEWHERE = 6;

/** The sourcing notes for the span under the cursor (a figure mention, or a claim's cue), or undefined. */
export function sourcingNotes(snapshot: IndexSnapshot, doc: IndexedDocument, span: Span, acknowledgements: readonly AcknowledgementRecord[]): SourcingNotes | undefined {
  const figures = workspaceFigures(snapshot);
  const items: SourcingItem[] = [...doc.analysis.claims, ...figures.inconsistent.filter((f) => f.uri === doc.key)];
  const touching = items.filter((item) => item.start <= span.end && span.start <= item.end);
  const silenced = silenceFindings(doc.document.getText(), touching, acknowledgements);
  const flagged = silenced.kept.map(({ item }) => ({ code: item.code, message: (item as SourcingItem & { message?: string }).message ?? item.code }));
  const acknowledged = silenced.acknowledged.map(({ item, record }) => ({ code: item.code, reason: record.reason }));
  const fact = figures.comparable.find((f) => f.place.uri === doc.key && f.place.start === span.start);
  const elsewhere = fact
    ? figures.comparable
        .filter((f) => f !== fact && f.entityId === fact.entityId && f.measure === fact.measure)
        .slice(0, MAX_ELSEWHERE)
        .flatMap((f) => {
          const other = snapshot.get(f.place.uri);
          if (!other) {
            return [];
          }
          const line = other.document.positionAt(f.place.start).line;
          const path = uriPath(other.document.uri);
          return [{ text: f.place.text, label: `${path ? basename(path) : other.document.uri}:${line + 1}`, uri: other.document.uri, line }];
        })
    : [];
  if (flagged.length === 0 && acknowledged.length === 0 && elsewhere.length === 0) {
    return undefined;
  }
  const entityName = fact ? snapshot.workspace.entity(fact.entityId)?.name : undefined;
  return { flagged, acknowledged, elsewhere, about: fact && entityName ? `${entityName}'s ${measureLabelOf(fact.measure)}` : undefined };
}

/** The claim (or inconsistent figure) whose range contains an offset, for hovers away from mentions. */
export function findingAt(snapshot: IndexSnapshot, doc: IndexedDocument, offset: number): Span | undefined {
  const inconsistent = workspaceFigures(snapshot).inconsistent.filter((f) => f.uri === doc.key);
  return [...doc.analysis.claims, ...inconsistent].find((item) => item.start <= offset && offset <= item.end);
}
