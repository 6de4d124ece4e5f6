/**
 * The editor's "Export Annotations…" and "Write Spelling Dictionary…": the same code as `entity-lens export` and
 * `entity-lens dictionary`, run on the workspace index. The server only computes file contents; the client
 * writes them where the user picked.
 */
import type { Disposable } from 'vscode-languageserver';
import { dictionaryWords, render } from '../cli/commands/dictionary';
import { exportFiles } from '../formats/exportFiles';
import { annotate } from '../formats/spans';
import { DictionaryRequest, ExportAnnotationsRequest, type ExportFileDto, type ExportFormat } from '../protocol';
import { folderOf, relativePath } from '../workspace/sidecarFiles';
import type { IndexSnapshot } from '../workspace/snapshot';
import type { FeatureContext } from './context';
import { dictionaryParams, exportParams } from './requestParams';

/** The export files of every indexed document, named by their path in their workspace folder. */
export function exportWorkspace(snapshot: IndexSnapshot, format: ExportFormat, folders: FeatureContext['folders'] = []): { files: ExportFileDto[]; documents: number } {
  const keys = snapshot.keys();
  const seen = new Set<string>();
  const names: string[] = [];
  const docs = keys.map((key) => {
    const doc = snapshot.get(key)!;
    const path = relativePath(folderOf(folders, doc.document.uri), doc.document.uri).replace(/^\/+/, '');
    let name = path.endsWith('.txt') ? path.slice(0, -'.txt'.length) : path;
    // Two folders can hold the same relative path: later ones get a numbered name instead of overwriting.
    for (let n = 2; seen.has(name); n++) {
      name = `${path}-${n}`;
    }
    seen.add(name);
    names.push(name);
    return annotate(path, doc.document.getText(), doc.analysis);
  });
  return { files: exportFiles(format, docs, names), documents: docs.length };
}

/** Registers the export and dictionary requests. */
export function registerExportRequests(ctx: FeatureContext): Disposable {
  const disposables = [
    ctx.connection.onRequest(ExportAnnotationsRequest, async (params, token) => {
      const { format } = exportParams(params);
      const snapshot = await ctx.index.snapshot(token);
      return snapshot ? exportWorkspace(snapshot, format, ctx.folders) : { files: [], documents: 0 };
    }),
    ctx.connection.onRequest(DictionaryRequest, async (params, token) => {
      const { format, lang } = dictionaryParams(params);
      const snapshot = await ctx.index.snapshot(token);
      const words = snapshot ? dictionaryWords(snapshot.workspace.entities) : [];
      return { text: render(format, words, lang ?? 'en-US'), words: words.length };
    }),
  ];
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}
