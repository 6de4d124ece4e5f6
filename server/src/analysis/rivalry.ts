/**
 * Rivalry overlap (DESIGN.md §3, §6): the sectors reached from person A's organizations and from person B's,
 * through ownership chains (person -> company -> subsidiary), each with both sides' organizations, how each
 * is tied to its person, and the evidence sentences. Pure: the caller supplies the documents, the resolved
 * workspace, the registry and a function that turns an offset into a path and line.
 */
import type { Registry } from './registry';
import type { EntityRecord, ResolvedWorkspace } from './resolve';
import { buildRelationGraph, registryRoles, type FactSource, type OverlapDocument, type RelationGraph } from './rivalryGraph';
import { findPerson } from './rivalryNames';
import { collectSide, type SideOrganization } from './rivalrySide';

export { OverlapNameError, findPerson, suggestPersons } from './rivalryNames';
export type { OverlapDocument } from './rivalryGraph';

/** Where an evidence sentence is shown: a path and a zero-based line (DESIGN.md §6). */
export interface OverlapPlace {
  readonly path: string;
  readonly line: number;
}

/**
 * What the overlap reads. `P` is the caller's form of a place: the CLI's `{path, line}`, or the language
 * server's, which adds the document URI and the sentence's range so that an editor can select it.
 */
export interface OverlapInput<P extends OverlapPlace = OverlapPlace> {
  readonly documents: readonly OverlapDocument[];
  readonly workspace: ResolvedWorkspace;
  readonly registry?: Registry;
  /** The place of a sentence, given its document and its start and end offsets (UTF-16). */
  readonly locate: (uri: string, offset: number, end: number) => P;
}

/** One evidence sentence: the caller's place plus the sentence text (DESIGN.md §6). */
export type OverlapEvidence<P extends OverlapPlace = OverlapPlace> = P & { readonly text: string };

/** One side's organization in a sector. */
export interface OverlapOrganization<P extends OverlapPlace = OverlapPlace> {
  readonly organization: string;
  /** How the person is tied to it: "leads", or a chain such as "leads Tern Orbital Inc. > acquired". */
  readonly relation: string;
  readonly evidence: readonly OverlapEvidence<P>[];
}

/** A sector reached by both people. */
export interface OverlapSector<P extends OverlapPlace = OverlapPlace> {
  readonly sector: string;
  readonly a: readonly OverlapOrganization<P>[];
  readonly b: readonly OverlapOrganization<P>[];
}

/** A sector reached by one side only (for "no overlap, but here is what each side has"). */
export interface SideSector<P extends OverlapPlace = OverlapPlace> {
  readonly sector: string;
  readonly organizations: readonly OverlapOrganization<P>[];
}

/** The overlap JSON of DESIGN.md §6, plus what each side has on its own. */
export interface OverlapResult<P extends OverlapPlace = OverlapPlace> {
  readonly a: { readonly id: string; readonly name: string };
  readonly b: { readonly id: string; readonly name: string };
  readonly sectors: readonly OverlapSector<P>[];
  readonly onlyA: readonly SideSector<P>[];
  readonly onlyB: readonly SideSector<P>[];
}

/**
 * Computes where the businesses of persons `a` and `b` (ids or names) meet. Throws {@link OverlapNameError}
 * when a name matches no person, with the nearest person names as suggestions.
 */
export function computeRivalryOverlap<P extends OverlapPlace>(input: OverlapInput<P>, a: string, b: string): OverlapResult<P> {
  const personA = findPerson(input.workspace, a);
  const personB = findPerson(input.workspace, b);
  const graph = buildRelationGraph(input.documents, input.workspace, input.registry);
  const sideA = sideSectors(input, graph, personA);
  const sideB = sideSectors(input, graph, personB);
  const sectors: OverlapSector<P>[] = [];
  for (const [sector, orgs] of sideA) {
    const other = sideB.get(sector);
    if (other) {
      sectors.push({ sector, a: orgs, b: other });
    }
  }
  const only = (side: Map<string, OverlapOrganization<P>[]>, other: Map<string, OverlapOrganization<P>[]>): SideSector<P>[] =>
    [...side].filter(([sector]) => !other.has(sector)).map(([sector, organizations]) => ({ sector, organizations }));
  return {
    a: { id: personA.id, name: personA.name },
    b: { id: personB.id, name: personB.name },
    sectors,
    onlyA: only(sideA, sideB),
    onlyB: only(sideB, sideA),
  };
}

// sector -> organizations, sorted by sector; organizations in the order the walk reached them.
function sideSectors<P extends OverlapPlace>(input: OverlapInput<P>, graph: RelationGraph, person: EntityRecord): Map<string, OverlapOrganization<P>[]> {
  const side = collectSide(graph, person.id, personRegistrySectors(input, person));
  const out = new Map<string, OverlapOrganization<P>[]>();
  for (const sector of [...side.keys()].sort()) {
    out.set(sector, side.get(sector)!.map((org) => present(input, org)));
  }
  return out;
}

// A person's registry sectors, attributed to the organizations their registry roles name.
function personRegistrySectors(input: OverlapInput<OverlapPlace>, person: EntityRecord): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const entry = person.registry;
  if (!entry) {
    return out;
  }
  const orgs = registryRoles(entry)
    .map((r) => input.workspace.find(r.organization).find((e) => e.kind !== 'figure')?.id)
    .filter((id): id is string => id !== undefined);
  for (const sector of entry.sectors) {
    out.set(sector, [...new Set(orgs)]);
  }
  return out;
}

const MAX_EVIDENCE = 8;

function present<P extends OverlapPlace>(input: OverlapInput<P>, org: SideOrganization): OverlapOrganization<P> {
  const name = input.workspace.entity(org.id)?.name ?? org.id;
  const chain = org.chain.map((step, i) => (i === 0 ? step.relation : `${input.workspace.entity(step.via)?.name ?? step.via} > ${step.relation}`));
  const notes = [org.registryOnly ? 'tie from registry' : '', org.sectorFromRegistry ? 'sector from registry' : ''].filter((n) => n !== '');
  const relation = notes.length > 0 ? `${chain.join(' ')} (${notes.join('; ')})` : chain.join(' ');
  return { organization: name, relation, evidence: evidenceOf(input, org.sources) };
}

function evidenceOf<P extends OverlapPlace>(input: OverlapInput<P>, sources: readonly FactSource[]): OverlapEvidence<P>[] {
  const seen = new Set<string>();
  const out: OverlapEvidence<P>[] = [];
  for (const source of sources) {
    const doc = input.documents.find((d) => d.uri === source.uri);
    if (!doc) {
      continue;
    }
    const place = input.locate(source.uri, source.span.start, source.span.end);
    const key = `${place.path}:${place.line}:${source.span.start}`;
    if (!seen.has(key) && out.length < MAX_EVIDENCE) {
      seen.add(key);
      out.push({ ...place, text: doc.text.slice(source.span.start, source.span.end).replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}
