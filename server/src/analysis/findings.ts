/**
 * Which sourcing findings a writer sees: a document's claims and inconsistent figures minus those silenced by a
 * suppression comment, a severity of "off", or an acknowledgement. Shared by the editor's diagnostics and
 * `entity-lens check`, so that both silence exactly the same things. Pure.
 */
import { isAcknowledged, normalizeSentence, type AcknowledgementRecord } from './acknowledgements';
import { applySuppressions } from './suppressions';
import type { Span } from './types';

/** A claim or an inconsistent figure: anything with a range, a code and the sentence it is in. */
export interface SourcingItem extends Span {
  readonly code: string;
  readonly sentence: Span;
}

/** A finding that is still reported, with its sentence (white space collapsed: the acknowledgement key). */
export interface KeptFinding<T> {
  readonly item: T;
  readonly sentence: string;
}

/** The result of {@link silenceFindings}. */
export interface SilencedFindings<T> {
  readonly kept: ReadonlyArray<KeptFinding<T>>;
  /** Items under a suppression comment. */
  readonly suppressed: number;
  /** Items acknowledged in an acknowledgements file, with the record (its reason belongs in the hover). */
  readonly acknowledged: ReadonlyArray<{ readonly item: T; readonly record: AcknowledgementRecord }>;
}

/**
 * Applies suppression comments, then drops codes that are off (`isOn`), then acknowledgements. The order
 * matters for the counts the CLI prints: an item that is off is neither suppressed-counted nor acknowledged.
 */
export function silenceFindings<T extends SourcingItem>(
  text: string,
  items: readonly T[],
  acknowledgements: readonly AcknowledgementRecord[],
  isOn: (code: string) => boolean = () => true,
): SilencedFindings<T> {
  const unsuppressed = applySuppressions(text, items);
  const kept: Array<KeptFinding<T>> = [];
  const acknowledged: Array<{ item: T; record: AcknowledgementRecord }> = [];
  for (const item of unsuppressed) {
    if (!isOn(item.code)) {
      continue;
    }
    const sentence = normalizeSentence(text.slice(item.sentence.start, item.sentence.end));
    const record = acknowledgements.length > 0 ? isAcknowledged(sentence, item.code, acknowledgements) : undefined;
    if (record) {
      acknowledged.push({ item, record });
    } else {
      kept.push({ item, sentence });
    }
  }
  return { kept, suppressed: items.length - unsuppressed.length, acknowledged };
}
