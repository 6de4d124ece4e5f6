/**
 * Diagnostic messages for claims: each names the cue as written and says what would source it.
 */
import type { Cue } from './claimCues';

// What would source a passive hedge, keyed by its participle ("is believed to" -> who believes it).
const PASSIVE_FIXES: Readonly<Record<string, string>> = {
  said: 'say who said it',
  believed: 'say who believes it',
  thought: 'say who thinks so',
  expected: 'say who expects it',
  reported: 'say who reported it',
  rumored: 'say who reported the rumor',
  rumoured: 'say who reported the rumour',
  alleged: 'say who makes the allegation',
  estimated: 'say who made the estimate',
  projected: 'say who made the projection',
  forecast: 'say who made the forecast',
  understood: 'say who told you',
  tipped: 'say who tipped it',
};

// Groups whose members work for a firm; others are named with their organization.
const FIRM_GROUPS = new Set(['analyst', 'economist', 'strategist', 'banker', 'trader', 'investor']);

/** The message for a hedge or vague-attribution cue whose text is `cue`. */
export function cueMessage(found: Cue, cue: string): string {
  const quoted = `'${cue}'`;
  switch (found.family) {
    case 'allegation':
      return `${quoted} has no named source: say who makes the allegation.`;
    case 'passive':
      return `${quoted} has no named source: ${PASSIVE_FIXES[found.key ?? ''] ?? 'say who says so'}.`;
    case 'consensus':
      return `${quoted} is a vague attribution: ${PASSIVE_FIXES[found.key ?? ''] ?? 'say who holds this view'}.`;
    case 'anonymous':
      return `${quoted} is not a named source: name the source, or say who reported it.`;
    case 'group':
      return `${quoted} is a vague attribution: ${groupFix(found.key)}.`;
    case 'quantifier':
      return `${quoted} is a vague attribution: say who holds this view.`;
    case 'report':
    case 'custom':
    default:
      return `${quoted} has no named source: say who reported it.`;
  }
}

function groupFix(noun: string | undefined): string {
  if (!noun) {
    return 'name who says so';
  }
  const singular = noun === 'people' ? 'person' : noun.replace(/s$/, '');
  const plural = singular === 'person' ? 'people' : `${singular}s`;
  return FIRM_GROUPS.has(singular) ? `name the ${plural} or their firm` : `name the ${plural} or their organization`;
}

/** The message for a figure stated as fact. */
export function figureMessage(cue: string): string {
  return `'${cue}' is stated as fact without a source: add who reported or estimated it.`;
}
