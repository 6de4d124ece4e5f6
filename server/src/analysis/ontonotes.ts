/**
 * OntoNotes-style type names for mentions, used by the batch CLI contract and by scoring against gold data.
 */
import type { Mention } from './types';

/** PERSON, ORG, MONEY, PERCENT, CARDINAL or DATE. */
export type OntoNotesType = 'PERSON' | 'ORG' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'DATE';

/** The OntoNotes type of a mention. */
export function ontoNotesType(mention: Mention): OntoNotesType {
  if (mention.kind === 'person') {
    return 'PERSON';
  }
  if (mention.kind === 'organization') {
    return 'ORG';
  }
  switch (mention.figure?.kind) {
    case 'money':
      return 'MONEY';
    case 'percent':
      return 'PERCENT';
    case 'year':
    case 'date':
      return 'DATE';
    default:
      return 'CARDINAL';
  }
}
