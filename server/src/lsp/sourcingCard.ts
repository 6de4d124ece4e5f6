/**
 * Markdown for the sourcing part of hovers: why something is flagged, its acknowledgement, and the same figure
 * elsewhere. Document text is escaped like every hover card.
 */
import { escapeMarkdown, linkTarget } from './hoverCard';

/** What a hover says about sourcing. */
export interface SourcingNotes {
  /** Findings still reported here, with their messages. */
  readonly flagged: ReadonlyArray<{ readonly code: string; readonly message: string }>;
  /** Findings acknowledged in the acknowledgements file, with the reason given. */
  readonly acknowledged: ReadonlyArray<{ readonly code: string; readonly reason: string }>;
  /** The same entity's figure for the same measure in other places. */
  readonly elsewhere: ReadonlyArray<{ readonly text: string; readonly label: string; readonly uri: string; readonly line: number }>;
  /** "Kestrel Orbital's valuation". */
  readonly about?: string;
}

/** Renders the notes as hover paragraphs; `title` starts a card of its own (hovers on a cue, not a figure). */
export function renderSourcingNotes(notes: SourcingNotes, title?: string): string {
  const lines: string[] = title ? [`**${escapeMarkdown(title)}**`] : [];
  for (const f of notes.flagged) {
    lines.push('', `Flagged (\`${f.code}\`): ${escapeMarkdown(f.message)}`);
  }
  for (const a of notes.acknowledged) {
    lines.push('', `Acknowledged (\`${a.code}\`): ${escapeMarkdown(a.reason)}`);
  }
  if (notes.elsewhere.length > 0) {
    const about = notes.about ? ` (${escapeMarkdown(notes.about)})` : '';
    const places = notes.elsewhere.map((e) => `${escapeMarkdown(e.text)} in [${escapeMarkdown(e.label)}](${linkTarget(e.uri)}#L${e.line + 1})`);
    lines.push('', `Elsewhere${about}: ${places.join('; ')}`);
  }
  return lines.join('\n').replace(/^\n/, '');
}
