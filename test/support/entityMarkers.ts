/**
 * Parses «text|kind» markers out of fixture text: returns the plain text and the marked spans, so that tables can
 * state expected entities inline ("«Sam Altman|person» leads «OpenAI|organization».").
 */

/** One marked span. */
export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
}

/** Strips «…|kind» markers; kinds default to "entity" when no "|" is given. */
export function parseEntityMarkers(marked: string): { text: string; spans: MarkedSpan[] } {
  let text = '';
  const spans: MarkedSpan[] = [];
  const pattern = /«([^«»|]*)(?:\|([^«»]*))?»/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(marked)) !== null) {
    text += marked.slice(last, match.index);
    const start = text.length;
    text += match[1];
    spans.push({ start, end: text.length, text: match[1], kind: match[2] ?? 'entity' });
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  return { text, spans };
}
