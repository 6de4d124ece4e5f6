/**
 * Relation extraction (DESIGN.md §3): person -> organization, organization -> organization and organization ->
 * sector facts, each with the sentence that states it as evidence. Patterns read words and punctuation around
 * the block's final mentions (relationItems.ts), never lists of names, and prefer missing a relation to
 * inventing one. A sentence-initial pronoun continues the last named subject of the same block only.
 */
import { NO_DEADLINE, type Deadline } from './budget';
import { isName, sentenceItems, type Item } from './relationItems';
import { readDescriptors, readPassives, readSectorVerbs } from './relationPhrases';
import { readRoles } from './relationRoles';
import { RelationSink, type Carry, type SentenceView } from './relationSink';
import { readVerbRelations } from './relationVerbs';
import type { Mention, RelationFact, RoleFact, Span } from './types';

/** One block's text (masked), its sentences and its final (propagated) mentions; offsets block-relative. */
export interface RelationInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
}

/** Relations and roles stated in one block, in sentence order. */
export function extractRelations(input: RelationInput, deadline: Deadline = NO_DEADLINE): { relations: RelationFact[]; roles: RoleFact[] } {
  const sink = new RelationSink();
  const names = input.mentions.filter((m) => m.kind !== 'figure' || m.figure !== undefined);
  if (!names.some((m) => m.kind !== 'figure')) {
    return { relations: [], roles: [] };
  }
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const carry: Carry = {};
  sentenceItems(input.text, input.sentences, sorted, deadline).forEach((items, index) => {
    deadline.tick();
    const view: SentenceView = { items, evidence: input.sentences[index]!, carry };
    readVerbRelations(view, sink);
    readPassives(view, sink);
    readDescriptors(view, sink);
    readSectorVerbs(view, sink);
    readRoles(view, sink);
    updateCarry(carry, items, view.lastSubject);
  });
  return { relations: sink.relations, roles: sink.roles };
}

// The subject a later "He"/"It" continues: the name opening the sentence, or the subject of its verbs.
function updateCarry(carry: Carry, items: readonly Item[], verbSubject: Mention | undefined): void {
  const first = items[0];
  if (isName(first) && !first.possessive) {
    carry[first.mention.kind === 'person' ? 'person' : 'organization'] = first.mention;
  }
  if (verbSubject && verbSubject.kind !== 'figure') {
    carry[verbSubject.kind] = verbSubject;
  }
}
