/**
 * The analysis cache persisted across restarts (in the extension's global storage). A restart over an unchanged
 * workspace seeds every analysis from it instead of running NLP again. Entries are keyed by a hash of the
 * document text; the whole cache is dropped when the engine bundle, the registries or the format change.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeAnalysis, encodeAnalysis, type EncodedAnalysis } from './analysisCodec';
import type { WorkspaceIndex } from './workspaceIndex';

const FORMAT = 3;

/** The first line of the cache file. */
interface Header {
  readonly format: number;
  readonly engine: string;
  readonly registries: string;
  readonly knownNames: Array<[string, 'person' | 'organization']>;
}

/** Every further line: one document. */
type StoredDocument = [key: string, hash: string, languageId: string, analysis: EncodedAnalysis];

/** A cache file as read. */
export interface StoredCache {
  readonly header: Header;
  readonly documents: ReadonlyMap<string, StoredDocument>;
}

/** A persisted cache file in a storage folder: a header line, then one JSON line per document. */
export class AnalysisStore {
  readonly #file: string;
  #saving: Promise<void> = Promise.resolve();

  /** @param storagePath the folder to keep the cache in (created on save) */
  constructor(storagePath: string) {
    this.#file = join(storagePath, 'analysis-cache.jsonl');
  }

  /** Reads the cache file (start it early: it overlaps with scanning). Never rejects. */
  async read(): Promise<StoredCache | undefined> {
    try {
      const [first, ...lines] = (await readFile(this.#file, 'utf8')).split('\n');
      const header = JSON.parse(first) as Header;
      if (header.format !== FORMAT || header.engine !== (await engineStamp())) {
        return undefined;
      }
      const documents = new Map<string, StoredDocument>();
      for (const line of lines.filter((l) => l.length > 0)) {
        const entry = JSON.parse(line) as StoredDocument;
        documents.set(entry[0], entry);
      }
      return { header, documents };
    } catch {
      return undefined;
    }
  }

  /** Seeds the index from a read cache; returns how many analyses were reused. */
  restore(index: WorkspaceIndex, stored: StoredCache | undefined): number {
    if (!stored || stored.header.registries !== hash(index.registryTexts().join('\u0000'))) {
      return 0;
    }
    index.seedKnownNames(new Map(stored.header.knownNames));
    let seeded = 0;
    for (const { key, text, languageId } of index.sources()) {
      const entry = stored.documents.get(key);
      const analysis = entry && entry[2] === languageId && entry[1] === hash(text) ? decodeAnalysis(text, entry[3]) : undefined;
      if (analysis) {
        index.seedAnalysis(key, analysis);
        seeded++;
      }
    }
    return seeded;
  }

  /** Writes the current analyses; saves are queued so that two never write the temporary file at once. */
  save(index: WorkspaceIndex): Promise<void> {
    this.#saving = this.#saving.then(() => this.#write(index));
    return this.#saving;
  }

  /** Resolves when every queued save has finished. */
  flush(): Promise<void> {
    return this.#saving;
  }

  /** Writes one document at a time, atomically through a temporary file. Never throws. */
  async #write(index: WorkspaceIndex): Promise<void> {
    const temporary = `${this.#file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.#file), { recursive: true });
      const header: Header = { format: FORMAT, engine: await engineStamp(), registries: hash(index.registryTexts().join('\u0000')), knownNames: [...index.knownNames] };
      const file = await open(temporary, 'w');
      try {
        await file.write(`${JSON.stringify(header)}\n`);
        for (const { key, text, languageId, analysis } of [...index.freshEntries()]) {
          const entry: StoredDocument = [key, hash(text), languageId, encodeAnalysis(text, analysis)];
          await file.write(`${JSON.stringify(entry)}\n`);
        }
      } finally {
        await file.close();
      }
      await rename(temporary, this.#file);
    } catch {
      // A cache that cannot be written only costs time at the next start.
    }
  }
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Identifies the running engine build: a rebuilt bundle may analyze differently. */
async function engineStamp(): Promise<string> {
  const info = await stat(__filename).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : 'unknown';
}
