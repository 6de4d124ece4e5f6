/**
 * The files an annotation export consists of, as paths relative to the output folder and their texts. Pure:
 * `entity-lens export` writes them with Node, the editor command writes them with the editor's file system
 * into the folder the user picked. Both get exactly the same files.
 */
import * as brat from './brat';
import * as conll from './conll';
import * as jsonl from './jsonl';
import type { AnnotatedDocument } from './spans';

/** The export formats. */
export type ExportFormatName = 'brat' | 'jsonl' | 'conll';

/** A file to write: a relative path with forward slashes, and its text. */
export interface ExportFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The files of an export. `names` are the brat base names of the documents ("sub/a" for sub/a.txt, "sub/a.md"
 * for sub/a.md), one per document; jsonl and conll write one file for all documents.
 */
export function exportFiles(format: ExportFormatName, docs: readonly AnnotatedDocument[], names: readonly string[]): ExportFile[] {
  if (format === 'jsonl') {
    return [{ path: 'entities.jsonl', text: jsonl.writeAll(docs) }];
  }
  if (format === 'conll') {
    return [{ path: 'entities.conll', text: conll.writeAll(docs) }];
  }
  const files = docs.flatMap((doc, i) => [
    { path: `${names[i]}.txt`, text: doc.text },
    { path: `${names[i]}.ann`, text: brat.write(doc) },
  ]);
  const labels = docs.flatMap((d) => d.spans.map((s) => s.label));
  const relationTypes = docs.flatMap((d) => (d.relations ?? []).map((r) => r.type));
  files.push({ path: 'annotation.conf', text: brat.annotationConfig(labels, relationTypes) });
  return files;
}
