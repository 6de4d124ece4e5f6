/**
 * Collects the relations and roles one block states, without duplicates, and the per-sentence state the
 * patterns share (the sentence's items, its evidence span, the subjects a pronoun may continue).
 */
import type { Item } from './relationItems';
import { normalizeSector } from './sectors';
import type { EntityKind, Mention, RelationFact, RelationType, RoleFact, Span } from './types';

/** The last named subjects of the block, for a sentence-initial "He"/"She"/"It". */
export interface Carry {
  person?: Mention;
  organization?: Mention;
}

/** One sentence as the patterns see it. */
export interface SentenceView {
  readonly items: readonly Item[];
  readonly evidence: Span;
  readonly carry: Carry;
  /** The subject of the last verb cue read in this sentence ("Brennock left ... and started Qubitry"). */
  lastSubject?: Mention;
}

/** Relations and roles of one block, deduplicated. */
export class RelationSink {
  readonly relations: RelationFact[] = [];
  readonly roles: RoleFact[] = [];
  readonly #seen = new Set<string>();

  /** Adds `subject type object`; self-relations and duplicates are dropped. */
  relate(type: RelationType, subject: Mention, object: Mention, evidence: Span, kinds: { subject?: EntityKind; object?: EntityKind } = {}): void {
    if (subject.name === object.name) {
      return;
    }
    this.#add({ type, subject: subject.name, subjectKind: kinds.subject ?? subject.kind, object: object.name, objectKind: kinds.object ?? object.kind, evidence });
  }

  /** Adds `organization in-sector <normalized phrase>`; a phrase with nothing specific in it is dropped. */
  sector(organization: Mention, phrase: string, evidence: Span): void {
    const sector = normalizeSector(phrase);
    if (sector === '' || sector.length < 2) {
      return;
    }
    this.#add({ type: 'in-sector', subject: organization.name, subjectKind: 'organization', object: sector, objectKind: 'sector', evidence });
  }

  /** Adds a role ("CEO", "co-founder") of a person, with the organization when one is named. */
  role(person: Mention, role: string, organization: Mention | undefined, evidence: Span): void {
    const key = `role|${person.name}|${role}|${organization?.name ?? ''}|${evidence.start}`;
    if (this.#seen.has(key)) {
      return;
    }
    this.#seen.add(key);
    this.roles.push(organization ? { person: person.name, role, organization: organization.name, evidence } : { person: person.name, role, evidence });
  }

  #add(fact: RelationFact): void {
    const key = `${fact.type}|${fact.subject}|${fact.object}|${fact.evidence.start}`;
    if (!this.#seen.has(key)) {
      this.#seen.add(key);
      this.relations.push(fact);
    }
  }
}
