/**
 * The `analyze --json` report (DESIGN.md §6). Lines and characters are zero-based, as in LSP positions, and
 * computed with TextDocument.positionAt (UTF-16 offsets, CRLF-aware).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAnalysis, DocumentAnalysis, EntityRecord, RelationFact } from '../analysis/index';
import type { LoadedDocument } from './load';
import { ontoNotesType } from '../analysis/index';

/** One mention in a file. */
export interface JsonMention {
  entity: string | null;
  kind: string;
  type: string;
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
}

/** One unsourced claim in a file. */
export interface JsonClaim {
  code: string;
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
  message: string;
}

/** A relation of a workspace entity. */
export interface JsonRelation {
  type: string;
  /** An entity id, or the sector name for `in-sector`, or the name as written when it did not resolve. */
  target: string;
  evidence: { path: string; line: number; text: string };
}

/** A workspace entity. */
export interface JsonEntity {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Number of mentions across all files. */
  mentions: number;
  relations: JsonRelation[];
}

/** The whole report. */
export interface JsonReport {
  files: Array<{ path: string; entities: JsonMention[]; claims: JsonClaim[] }>;
  entities: JsonEntity[];
}

/** Builds the `--json` report from the loaded documents and their analysis. */
export function buildJsonReport(documents: readonly LoadedDocument[], result: CorpusAnalysis): JsonReport {
  const files = documents.map((doc) => fileReport(doc, result));
  const relations = collectRelations(documents, result);
  const entities = result.workspace.entities.map((e) => entityReport(e, result, relations.get(e.id) ?? []));
  return { files, entities };
}

function fileReport(doc: LoadedDocument, result: CorpusAnalysis): JsonReport['files'][number] {
  const analysis = result.analyses.get(doc.uri);
  const positions = TextDocument.create(doc.uri, doc.languageId, 0, doc.text);
  const entities = (analysis?.mentions ?? []).map((m, index): JsonMention => {
    const at = positions.positionAt(m.start);
    const entity = result.workspace.entityIdOf(doc.uri, index) ?? null;
    return { entity, kind: m.kind, type: ontoNotesType(m), text: m.text, start: m.start, end: m.end, line: at.line, character: at.character };
  });
  const claims = (analysis?.claims ?? []).map((c): JsonClaim => {
    const at = positions.positionAt(c.start);
    const text = doc.text.slice(c.start, c.end);
    return { code: c.code, text, start: c.start, end: c.end, line: at.line, character: at.character, message: c.message };
  });
  return { path: doc.path, entities, claims };
}

function entityReport(entity: EntityRecord, result: CorpusAnalysis, relations: JsonRelation[]): JsonEntity {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: [...entity.aliases],
    mentions: result.workspace.mentionsOf(entity.id).length,
    relations,
  };
}

/** Relations of every document, keyed by the subject's entity id, deduplicated. */
function collectRelations(documents: readonly LoadedDocument[], result: CorpusAnalysis): Map<string, JsonRelation[]> {
  const bySubject = new Map<string, JsonRelation[]>();
  const seen = new Set<string>();
  for (const doc of documents) {
    const analysis = result.analyses.get(doc.uri);
    if (!analysis) {
      continue;
    }
    const positions = TextDocument.create(doc.uri, doc.languageId, 0, doc.text);
    for (const fact of analysis.relations) {
      const subject = resolveName(result, fact.subject, fact.subjectKind);
      if (subject === undefined) {
        continue;
      }
      const relation = toRelation(fact, doc, positions, result, analysis);
      const key = `${subject}\u0000${relation.type}\u0000${relation.target}\u0000${doc.path}\u0000${fact.evidence.start}`;
      if (!seen.has(key)) {
        seen.add(key);
        const list = bySubject.get(subject) ?? [];
        list.push(relation);
        bySubject.set(subject, list);
      }
    }
  }
  return bySubject;
}

function toRelation(fact: RelationFact, doc: LoadedDocument, positions: TextDocument, result: CorpusAnalysis, analysis: DocumentAnalysis): JsonRelation {
  const target = fact.objectKind === 'sector' ? fact.object : (resolveName(result, fact.object, fact.objectKind) ?? fact.object);
  const end = Math.min(fact.evidence.end, analysis.length);
  const text = doc.text.slice(fact.evidence.start, end).replace(/\s+/g, ' ').trim();
  return { type: fact.type, target, evidence: { path: doc.path, line: positions.positionAt(fact.evidence.start).line, text } };
}

/** The id of the entity of `kind` named `name`, preferring exact matches (ResolvedWorkspace.find's order). */
function resolveName(result: CorpusAnalysis, name: string, kind: string): string | undefined {
  return result.workspace.find(name).find((e) => e.kind === kind)?.id;
}
