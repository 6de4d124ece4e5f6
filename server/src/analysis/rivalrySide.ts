/**
 * One side of a rivalry overlap: the organizations a person reaches (directly through leads, founded,
 * co-founded, owns, invested-in or explored-deal, then through owns/acquired chains, cycle-safe) and the
 * sectors those organizations are in.
 */
import type { FactSource, RelationGraph } from './rivalryGraph';
import { normalizeSector } from './sectors';
import type { RelationType } from './types';

/** One step of the chain from the person to an organization. */
export interface ChainStep {
  /** The relation(s) of this step ("co-founded, leads", "acquired"). */
  readonly relation: string;
  /** The entity the step starts from (the person, then each organization). */
  readonly via: string;
}

/** An organization reached by a person, with the chain and the sentences that support it. */
export interface SideOrganization {
  readonly id: string;
  readonly chain: readonly ChainStep[];
  readonly sources: readonly FactSource[];
  /** Every tie of the chain comes from the registry (no sentence says it). */
  readonly registryOnly: boolean;
  /** The sector comes from the registry, not from a sentence. */
  readonly sectorFromRegistry?: boolean;
}

const PERSON_TIES: readonly RelationType[] = ['leads', 'founded', 'co-founded', 'owns', 'invested-in', 'explored-deal'];
const ORG_TIES: readonly RelationType[] = ['owns', 'acquired'];

/**
 * Sector -> organizations of the person `personId`. `registrySectors` are the person's own registry sectors,
 * each with the organizations the registry ties them to; they count only where the text gives no such sector.
 */
export function collectSide(graph: RelationGraph, personId: string, registrySectors: ReadonlyMap<string, readonly string[]>): Map<string, SideOrganization[]> {
  const reached = reachOrganizations(graph, personId);
  const out = new Map<string, SideOrganization[]>();
  const push = (sector: string, org: SideOrganization): void => {
    const list = out.get(sector) ?? [];
    out.set(sector, list);
    if (!list.some((o) => o.id === org.id)) {
      list.push(org);
    }
  };
  for (const org of reached.values()) {
    for (const [sector, sources] of graph.sectors.get(org.id) ?? []) {
      push(sector, { ...org, sources: [...org.sources, ...sources], sectorFromRegistry: sources.length === 0 });
    }
  }
  for (const [sector, orgIds] of registrySectors) {
    const key = normalizeSector(sector);
    if (key === '' || out.has(key)) {
      continue;
    }
    orgIds.map((id) => reached.get(id)).forEach((org) => org && push(key, { ...org, sectorFromRegistry: true }));
  }
  return out;
}

function reachOrganizations(graph: RelationGraph, personId: string): Map<string, SideOrganization> {
  const edges = graph.edges.get(personId) ?? [];
  // A person who left an organization no longer competes through it ("Brennock left the Vellum board").
  const left = new Set(edges.filter((e) => e.type === 'left').map((e) => e.to));
  const direct = new Map<string, { types: Set<RelationType>; sources: FactSource[] }>();
  for (const e of edges) {
    if (PERSON_TIES.includes(e.type) && !left.has(e.to)) {
      const tie = direct.get(e.to) ?? { types: new Set<RelationType>(), sources: [] };
      direct.set(e.to, tie);
      tie.types.add(e.type);
      tie.sources.push(...e.sources);
    }
  }
  const reached = new Map<string, SideOrganization>();
  const queue: SideOrganization[] = [];
  for (const [id, tie] of direct) {
    const relation = PERSON_TIES.filter((t) => tie.types.has(t)).join(', ');
    const org = { id, chain: [{ relation, via: personId }], sources: tie.sources, registryOnly: tie.sources.length === 0 };
    reached.set(id, org);
    queue.push(org);
  }
  // Breadth-first, so the shortest chain wins; `reached` makes cycles (A owns B owns A) harmless.
  for (let i = 0; i < queue.length; i++) {
    const org = queue[i]!;
    for (const e of graph.edges.get(org.id) ?? []) {
      if (ORG_TIES.includes(e.type) && !reached.has(e.to) && e.to !== personId) {
        const child = { id: e.to, chain: [...org.chain, { relation: e.type, via: org.id }], sources: [...org.sources, ...e.sources], registryOnly: org.registryOnly && e.sources.length === 0 };
        reached.set(e.to, child);
        queue.push(child);
      }
    }
  }
  return reached;
}
