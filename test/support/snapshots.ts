/**
 * In-memory snapshots for provider-level tests: real analyses of fixture texts, or hand-built analyses when a
 * test must not depend on what the engine recognizes.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeCorpus, parseRegistry, type Claim, type DocumentAnalysis, type Mention } from '../../server/src/analysis/index';
import { uriKey } from '../../server/src/util/uri';
import { IndexSnapshot, type IndexedDocument, type RegistrySource } from '../../server/src/workspace/snapshot';

/** A fixture document. */
export interface Fixture {
  readonly uri: string;
  readonly text: string;
  readonly languageId?: string;
}

/** Analyzes fixtures together (as the index does) and returns a snapshot; `registry` is registry JSON text. */
export function analyzedSnapshot(fixtures: readonly Fixture[], registry?: { uri: string; text: string }): IndexSnapshot {
  const parsed = registry ? parseRegistry(registry.text) : undefined;
  const corpus = analyzeCorpus(fixtures.map((f) => ({ uri: uriKey(f.uri), text: f.text, languageId: f.languageId ?? 'markdown' })), parsed?.registry);
  const docs = new Map<string, IndexedDocument>();
  for (const f of fixtures) {
    const key = uriKey(f.uri);
    docs.set(key, { key, document: TextDocument.create(f.uri, f.languageId ?? 'markdown', 1, f.text), version: 1, analysis: corpus.analyses.get(key)! });
  }
  const registries: RegistrySource[] = registry && parsed ? [{ key: uriKey(registry.uri), document: TextDocument.create(registry.uri, 'json', 0, registry.text), ...parsed }] : [];
  return new IndexSnapshot(docs, registries, parsed?.registry ?? { entries: [], notEntity: new Set() });
}

/** A hand-built mention of `text` (its first occurrence at or after `from`). */
export function mentionIn(source: string, text: string, kind: Mention['kind'], extra: Partial<Mention> = {}, from = 0): Mention {
  const start = source.indexOf(text, from);
  if (start < 0) {
    throw new Error(`no ${JSON.stringify(text)} in fixture`);
  }
  return { start, end: start + text.length, text, kind, name: kind === 'figure' ? '' : text, confidence: 1, reason: 'test', ...extra };
}

/** A hand-built analysis: the given mentions and claims, one paragraph, one sentence per line. */
export function fakeAnalysis(text: string, mentions: Mention[], claims: Claim[] = []): DocumentAnalysis {
  const sentences: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    sentences.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return { length: text.length, paragraphs: [{ start: 0, end: text.length }], sentences, mentions: [...mentions].sort((a, b) => a.start - b.start), claims, relations: [], roles: [], warnings: [], localNames: [] };
}

/** A snapshot of hand-built analyses. */
export function fakeSnapshot(docs: ReadonlyArray<{ uri: string; text: string; analysis: DocumentAnalysis }>): IndexSnapshot {
  const map = new Map<string, IndexedDocument>();
  for (const d of docs) {
    const key = uriKey(d.uri);
    map.set(key, { key, document: TextDocument.create(d.uri, 'markdown', 1, d.text), version: 1, analysis: d.analysis });
  }
  return new IndexSnapshot(map, [], { entries: [], notEntity: new Set() });
}
