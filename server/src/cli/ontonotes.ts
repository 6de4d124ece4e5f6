/**
 * OntoNotes-style entity types for pipelines (DESIGN.md §6): PERSON, ORG, MONEY, PERCENT, CARDINAL, DATE.
 */
import type { Mention } from '../analysis/index';

/** The OntoNotes types Entity Lens emits. */
export type OntoNotesType = 'PERSON' | 'ORG' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'DATE';

/** The OntoNotes type of a mention. Figures without a subkind count as CARDINAL. */
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
