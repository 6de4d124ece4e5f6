/**
 * Facts about entities gathered from every document: relations in both directions and stated roles, each
 * with the document it came from. Names in facts are written forms; they are mapped to entity ids here so that
 * hover cards can follow them.
 */
import { normalizeKey, type EntityKind, type EntityRecord, type RelationFact, type ResolvedWorkspace, type RoleFact } from '../analysis/index';
import type { IndexedDocument } from './snapshot';

/** A relation, located, with the entity at its other end when that is known. */
export interface RelationRef {
  readonly key: string;
  readonly relation: RelationFact;
  /** The entity at the other end, or undefined for sectors and unresolved names. */
  readonly other?: EntityRecord;
  /** The other end's name as written (or the sector). */
  readonly otherName: string;
}

/** A role, located. */
export interface RoleRef {
  readonly key: string;
  readonly role: RoleFact;
}

/** Relations and roles indexed by entity id. */
export class EntityFacts {
  readonly #from = new Map<string, RelationRef[]>();
  readonly #to = new Map<string, RelationRef[]>();
  readonly #roles = new Map<string, RoleRef[]>();
  readonly #byName = new Map<string, EntityRecord>();
  readonly #workspace: ResolvedWorkspace;

  constructor(workspace: ResolvedWorkspace, docs: readonly IndexedDocument[]) {
    this.#workspace = workspace;
    for (const entity of workspace.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const k = `${entity.kind}|${normalizeKey(name)}`;
        if (!this.#byName.has(k)) {
          this.#byName.set(k, entity);
        }
      }
    }
    for (const { key, analysis } of docs) {
      analysis.relations.forEach((relation) => this.#addRelation(key, relation));
      analysis.roles.forEach((role) => this.#addRole(key, role));
    }
  }

  /** Relations whose subject is the entity. */
  relationsFrom(id: string): readonly RelationRef[] {
    return this.#from.get(id) ?? [];
  }

  /** Relations whose object is the entity. */
  relationsTo(id: string): readonly RelationRef[] {
    return this.#to.get(id) ?? [];
  }

  /** Roles stated for a person. */
  rolesOf(id: string): readonly RoleRef[] {
    return this.#roles.get(id) ?? [];
  }

  /** The entity a written name refers to, if it can be told. */
  lookup(name: string, kind: EntityKind): EntityRecord | undefined {
    return this.#byName.get(`${kind}|${normalizeKey(name)}`) ?? this.#workspace.find(name).find((e) => e.kind === kind);
  }

  #addRelation(key: string, relation: RelationFact): void {
    const subject = this.lookup(relation.subject, relation.subjectKind);
    const object = relation.objectKind === 'sector' ? undefined : this.lookup(relation.object, relation.objectKind);
    if (subject) {
      push(this.#from, subject.id, { key, relation, other: object, otherName: object?.name ?? relation.object });
    }
    if (object) {
      push(this.#to, object.id, { key, relation, other: subject, otherName: subject?.name ?? relation.subject });
    }
  }

  #addRole(key: string, role: RoleFact): void {
    const person = this.lookup(role.person, 'person');
    if (person) {
      push(this.#roles, person.id, { key, role });
    }
  }
}

function push<T>(map: Map<string, T[]>, id: string, value: T): void {
  const list = map.get(id);
  if (list) {
    list.push(value);
  } else {
    map.set(id, [value]);
  }
}
