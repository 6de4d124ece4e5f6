/**
 * Finds and reads the acknowledgements files (`.entity-lens/acknowledgements.json`) that apply to a check run:
 * the one in the working directory, and the ones in each PATH folder (or a file's folder) and in the folders
 * between it and the working directory. A broken file is reported through `warn` and otherwise ignored, like
 * a broken registry: it must not stop the gate, and its records simply do not count.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { ACKNOWLEDGEMENTS_PATH, parseAcknowledgements, type AcknowledgementRecord } from '../analysis/index';
import { displayPath } from './load';

/** Reads every acknowledgements file that applies to `paths` and returns their records together. */
export async function loadAcknowledgements(paths: readonly string[], cwd: string, warn: (line: string) => void): Promise<AcknowledgementRecord[]> {
  const records: AcknowledgementRecord[] = [];
  for (const folder of await candidateFolders(paths, cwd)) {
    const file = join(folder, ACKNOWLEDGEMENTS_PATH);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) {
      continue;
    }
    const parsed = parseAcknowledgements(text);
    for (const problem of parsed.problems) {
      const where = problem.path === '' ? '' : ` ${problem.path}`;
      warn(`warning: ${displayPath(file, cwd)}${where}: ${problem.message} (ignored)`);
    }
    records.push(...parsed.records);
  }
  return records;
}

/** The folders to look in, each once, the working directory first. */
async function candidateFolders(paths: readonly string[], cwd: string): Promise<string[]> {
  const folders = new Set<string>([resolve(cwd)]);
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    let folder = info?.isDirectory() ? absolute : dirname(absolute);
    // Walk up to the working directory when the path is inside it; a path outside it contributes its own folder.
    for (;;) {
      folders.add(folder);
      const rel = relative(cwd, folder);
      const parent = dirname(folder);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || parent === folder) {
        break;
      }
      folder = parent;
    }
  }
  return [...folders];
}
