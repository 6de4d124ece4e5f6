/**
 * The relation graph the rivalry overlap walks: entity -> entity edges and entity -> sector facts, built from
 * every document's relations (names resolved through the mentions of the same document first) and from the
 * registry (roles such as "CEO of X" become edges, `sectors` become sector facts).
 */
import { EMPTY_REGISTRY, type Registry, type RegistryEntry } from './registry';
import type { ResolvedWorkspace } from './resolve';
import { normalizeSector } from './sectors';
import type { DocumentAnalysis, RelationType, Span } from './types';

/** A document as the overlap reads it. */
export interface OverlapDocument {
  readonly uri: string;
  readonly text: string;
  readonly analysis: DocumentAnalysis;
}

/** Where a fact was stated: a sentence of a document, or the registry (no sentence). */
export interface FactSource {
  readonly uri: string;
  readonly span: Span;
}

/** An edge between two entities. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  /** Empty when the edge comes from the registry only. */
  readonly sources: FactSource[];
}

/** The graph: outgoing edges and sector facts by entity id. */
export interface RelationGraph {
  readonly edges: ReadonlyMap<string, readonly GraphEdge[]>;
  /** entity id -> sector -> the sentences that say so (empty array: the registry says so). */
  readonly sectors: ReadonlyMap<string, ReadonlyMap<string, FactSource[]>>;
}

/** Builds the graph of a workspace. */
export function buildRelationGraph(documents: readonly OverlapDocument[], workspace: ResolvedWorkspace, registry: Registry = EMPTY_REGISTRY): RelationGraph {
  const graph = new GraphBuilder();
  for (const doc of documents) {
    const ids = documentNames(doc, workspace);
    for (const r of doc.analysis.relations) {
      const from = ids.get(r.subject) ?? findId(workspace, r.subject);
      const source = { uri: doc.uri, span: r.evidence };
      if (from && r.type === 'in-sector') {
        graph.addSector(from, r.object, source);
        continue;
      }
      const to = ids.get(r.object) ?? findId(workspace, r.object);
      if (from && to && from !== to) {
        graph.addEdge(from, to, r.type, source);
      }
    }
  }
  addRegistryFacts(workspace, registry, graph);
  return { edges: graph.edges, sectors: graph.sectors };
}

/** Accumulates edges and sector facts, merging the sources of repeated facts. */
class GraphBuilder {
  readonly edges = new Map<string, GraphEdge[]>();
  readonly sectors = new Map<string, Map<string, FactSource[]>>();

  addEdge(from: string, to: string, type: RelationType, source?: FactSource): void {
    const list = this.edges.get(from) ?? [];
    this.edges.set(from, list);
    let edge = list.find((e) => e.to === to && e.type === type);
    if (!edge) {
      edge = { from, to, type, sources: [] };
      list.push(edge);
    }
    if (source) {
      edge.sources.push(source);
    }
  }

  addSector(id: string, sector: string, source?: FactSource): void {
    const byId = this.sectors.get(id) ?? new Map<string, FactSource[]>();
    this.sectors.set(id, byId);
    const list = byId.get(sector) ?? [];
    byId.set(sector, list);
    if (source) {
      list.push(source);
    }
  }
}

// Within a document a name means what its mentions there resolved to ("Larkspur" may be another company elsewhere).
function documentNames(doc: OverlapDocument, workspace: ResolvedWorkspace): Map<string, string> {
  const ids = new Map<string, string>();
  doc.analysis.mentions.forEach((m, index) => {
    const id = m.kind === 'figure' ? undefined : workspace.entityIdOf(doc.uri, index);
    if (id && !ids.has(m.name)) {
      ids.set(m.name, id);
    }
  });
  return ids;
}

function findId(workspace: ResolvedWorkspace, name: string): string | undefined {
  return workspace.find(name).find((e) => e.kind !== 'figure')?.id;
}

function addRegistryFacts(workspace: ResolvedWorkspace, registry: Registry, graph: GraphBuilder): void {
  for (const entry of registry.entries) {
    const id = findId(workspace, entry.name);
    if (!id) {
      continue;
    }
    for (const sector of entry.sectors) {
      const key = normalizeSector(sector);
      if (key !== '' && entry.kind === 'organization') {
        graph.addSector(id, key);
      }
    }
    for (const { type, organization } of registryRoles(entry)) {
      const to = findId(workspace, organization);
      if (to && to !== id) {
        graph.addEdge(id, to, type);
      }
    }
  }
}

// Registry roles are short phrases: "CEO of Vellum", "co-founder of Vellum", "leads Ardent", "owner of X".
const ROLE_FORMS: ReadonlyArray<[RegExp, RelationType]> = [
  [/^(?:ceo|chief executive|head|president|chair|chairman|chairwoman|boss) of (.+)$/i, 'leads'],
  [/^(?:co-founder|cofounder) of (.+)$/i, 'co-founded'],
  [/^founder of (.+)$/i, 'founded'],
  [/^(?:owner of|owns) (.+)$/i, 'owns'],
  [/^(?:leads|runs|heads) (.+)$/i, 'leads'],
  [/^(?:founded) (.+)$/i, 'founded'],
  [/^(?:investor in|invested in|backed) (.+)$/i, 'invested-in'],
];

/** The person -> organization ties a registry entry's roles state. */
export function registryRoles(entry: RegistryEntry): Array<{ type: RelationType; organization: string }> {
  const out: Array<{ type: RelationType; organization: string }> = [];
  if (entry.kind !== 'person') {
    return out;
  }
  for (const role of entry.roles) {
    const form = ROLE_FORMS.find(([re]) => re.test(role.trim()));
    const name = form ? form[0].exec(role.trim())?.[1] : undefined;
    if (form && name) {
      out.push({ type: form[1], organization: name.trim() });
    }
  }
  return out;
}
