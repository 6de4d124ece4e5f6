/**
 * Documents for the format round-trip tests: the seed articles as the engine annotates them, and hand-made
 * awkward texts (CRLF line ends, emoji, adjacent entities, entities with punctuation). Not a test file itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCorpus, parseRegistry } from '../../server/src/analysis/index';
import { annotate, type AnnotatedDocument, type LabeledSpan } from '../../server/src/formats/spans';

/** out/test/formats -> repository root. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** The seed articles, analyzed with their registry, as export writes them. */
export function seedDocuments(): AnnotatedDocument[] {
  const dir = join(REPO_ROOT, 'seeds');
  const names = readdirSync(dir).filter((n) => n.endsWith('.md') || n.endsWith('.txt')).sort();
  const registry = parseRegistry(readFileSync(join(dir, 'entities.json'), 'utf8')).registry;
  const docs = names.map((name) => ({ uri: name, text: readFileSync(join(dir, name), 'utf8'), languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' }));
  const { analyses } = analyzeCorpus(docs, registry);
  return docs.map((d) => annotate(`seeds/${d.uri}`, d.text, analyses.get(d.uri)!));
}

/** Spans for the given [substring, label] pairs, each searched after the previous one. */
export function spansIn(text: string, entities: ReadonlyArray<readonly [string, string]>): LabeledSpan[] {
  let from = 0;
  return entities.map(([needle, label]) => {
    const start = text.indexOf(needle, from);
    if (start < 0) {
      throw new Error(`'${needle}' not found after ${from}`);
    }
    from = start + needle.length;
    return { start, end: from, label };
  });
}

function doc(path: string, text: string, entities: ReadonlyArray<readonly [string, string]>): AnnotatedDocument {
  return { path, text, spans: spansIn(text, entities), relations: [], sentences: [] };
}

/** Hand-made texts that break naive exporters. */
export function awkwardDocuments(): AnnotatedDocument[] {
  const crlf = 'Sam Altman met Elon Musk on Monday.\r\nKestrel Orbital Inc. paid $5 million.\r\n\r\nAT&T fell 3%.\r\n';
  const emoji = '🚀 Stoke Space 🚀 hired Jane Okafor 👩‍🚀; (AT&T), “Lumora Labs” and O’Neil-Vasquez said 💸$2bn.';
  const adjacent = 'GoogleAmazon and Sam Altman Elon Musk met; Musk’s xAI and Altman\'s OpenAI.';
  const edges = '"Kestrel Orbital Inc." (Quenby-Arce) -- AT&T... U.S. Steel, 40%!';
  return [
    {
      ...doc('crlf.txt', crlf, [['Sam Altman', 'PERSON'], ['Elon Musk', 'PERSON'], ['Monday', 'DATE'], ['Kestrel Orbital Inc.', 'ORG'], ['$5 million', 'MONEY'], ['AT&T', 'ORG'], ['3%', 'PERCENT']]),
      sentences: [{ start: 0, end: 35 }, { start: 37, end: 73 }, { start: 77, end: 90 }],
      relations: [{ type: 'leads', from: 0, to: 3 }],
    },
    doc('emoji.md', emoji, [['Stoke Space', 'ORG'], ['Jane Okafor', 'PERSON'], ['AT&T', 'ORG'], ['Lumora Labs', 'ORG'], ['O’Neil-Vasquez', 'PERSON'], ['$2bn', 'MONEY']]),
    doc('adjacent.txt', adjacent, [['Google', 'ORG'], ['Amazon', 'ORG'], ['Sam Altman', 'PERSON'], ['Elon Musk', 'PERSON'], ['Musk', 'PERSON'], ['xAI', 'ORG'], ['Altman', 'PERSON'], ['OpenAI', 'ORG']]),
    doc('edges.txt', edges, [['Kestrel Orbital Inc.', 'ORG'], ['Quenby-Arce', 'PERSON'], ['AT&T', 'ORG'], ['U.S. Steel', 'ORG'], ['40%', 'PERCENT']]),
  ];
}

/** Every round-trip case: the seeds and the awkward texts. */
export function allDocuments(): AnnotatedDocument[] {
  return [...seedDocuments(), ...awkwardDocuments()];
}
