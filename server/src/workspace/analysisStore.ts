/**
 * The analysis cache persisted across restarts (in the extension's workspace storage). A restart over an
 * unchanged workspace seeds every analysis from it instead of running NLP again. Entries are keyed by a hash of
 * the document text; the whole cache is dropped when the engine bundle, the registries, the claim settings or the format change.
 *
 * The file is never trusted: a damaged header drops the whole file, a damaged entry only that document (it is
 * analyzed again), and both are logged. It is written atomically (writeFileAtomic), so readers never see half
 * a file.
 *
 * Two windows of one workspace run two servers sharing this file. Before writing, a server reads the file and
 * keeps the other's entries for the documents it holds but has no fresh analysis of (its own win for the rest),
 * when both made their analyses under the same engine, registries and known names: an analysis depends on the
 * known names, so entries made under others cannot be told apart from wrong ones. Only documents this server's
 * index holds are kept, so the file never holds more entries than the workspace has documents, and an entry
 * for a deleted or excluded file goes with the next save. There is no lock: two servers that read before
 * either renames each write the union as of their read, and the last rename wins; what it lacks is analyzed
 * again at the next start. A cache only saves time, so that is the whole cost of the race.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeChecked, encodeAnalysis } from './analysisCodec';
import { sameNames } from './analyzeSafely';
import { writeFileAtomic } from './atomicWrite';
import { leadingKey, parseEntry, parseHeader, type CacheEntry, type CacheHeader } from './cacheLines';
import type { WorkspaceIndex } from './workspaceIndex';

const FORMAT = 3;

/** At most this many damaged entries are named in the log line (the rest are counted). */
const NAMED_PROBLEMS = 3;

/** A cache file as read. */
export interface StoredCache {
  readonly header: CacheHeader;
  readonly documents: ReadonlyMap<string, CacheEntry>;
  /** Lines dropped while reading, with why. */
  readonly damaged: readonly string[];
}

/** A persisted cache file in a storage folder: a header line, then one JSON line per document. */
export class AnalysisStore {
  readonly #file: string;
  readonly #log: (line: string) => void;
  #saving: Promise<void> = Promise.resolve();

  /**
   * @param storagePath the folder to keep the cache in (created on save)
   * @param log writes a line to the server log (a discarded cache, a failed save)
   */
  constructor(storagePath: string, log: (line: string) => void = () => undefined) {
    this.#file = join(storagePath, 'analysis-cache.jsonl');
    // The log must never fail a save: the connection's console throws once the client has gone.
    this.#log = (line) => {
      try {
        log(line);
      } catch {
        // Nobody is left to read it.
      }
    };
  }

  /** Reads the cache file (start it early: it overlaps with scanning). Never rejects. */
  async read(): Promise<StoredCache | undefined> {
    const content = await readFile(this.#file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') {
        this.#log(`Analysis cache not read (${error.code ?? error.message}); every document is analyzed.`);
      }
      return undefined;
    });
    if (content === undefined) {
      return undefined;
    }
    const [first, ...lines] = content.split('\n');
    const header = parseHeader(first ?? '', FORMAT);
    if (header === 'other format') {
      return undefined;
    }
    if ('problem' in header) {
      this.#log(`Analysis cache discarded: ${header.problem}; every document is analyzed again.`);
      return undefined;
    }
    if (header.engine !== (await engineStamp())) {
      return undefined;
    }
    const documents = new Map<string, CacheEntry>();
    const damaged: string[] = [];
    lines.forEach((line, i) => {
      if (line.length > 0) {
        const entry = parseEntry(line);
        if ('problem' in entry) {
          damaged.push(`line ${i + 2}: ${entry.problem}`);
        } else {
          documents.set(entry[0], entry);
        }
      }
    });
    return { header, documents, damaged };
  }

  /** Seeds the index from a read cache; returns how many analyses were reused. Logs the entries it discarded. */
  restore(index: WorkspaceIndex, stored: StoredCache | undefined): number {
    if (!stored || stored.header.registries !== analysisInputs(index)) {
      return 0;
    }
    index.seedKnownNames(new Map(stored.header.knownNames));
    const damaged = [...stored.damaged];
    let seeded = 0;
    for (const { key, text, languageId } of index.sources()) {
      const entry = stored.documents.get(key);
      // Another text or language: the document changed since, which is what the hash is for, not damage.
      if (!entry || entry[2] !== languageId || entry[1] !== hash(text)) {
        continue;
      }
      const decoded = decodeChecked(text, entry[3]);
      if ('problem' in decoded) {
        damaged.push(`${key}: ${decoded.problem}`);
        continue;
      }
      index.seedAnalysis(key, decoded.analysis);
      seeded++;
    }
    if (damaged.length > 0) {
      const more = damaged.length > NAMED_PROBLEMS ? `; and ${damaged.length - NAMED_PROBLEMS} more` : '';
      this.#log(`Analysis cache: discarded ${damaged.length} damaged ${damaged.length === 1 ? 'entry' : 'entries'}, analyzed again (${damaged.slice(0, NAMED_PROBLEMS).join('; ')}${more}).`);
    }
    return seeded;
  }

  /** Writes the current analyses; saves are queued so that one server never writes twice at once. */
  save(index: WorkspaceIndex): Promise<void> {
    this.#saving = this.#saving.then(() => this.#write(index));
    return this.#saving;
  }

  /** Resolves when every queued save has finished. */
  flush(): Promise<void> {
    return this.#saving;
  }

  /** Writes the fresh analyses and the other server's entries worth keeping, atomically. Never throws. */
  async #write(index: WorkspaceIndex): Promise<void> {
    try {
      await mkdir(dirname(this.#file), { recursive: true });
      const engine = await engineStamp();
      // Taken together, in one turn: what is fresh, what is not, and the names both were made with.
      const header: CacheHeader = { format: FORMAT, engine, registries: analysisInputs(index), knownNames: [...index.knownNames] };
      const fresh = [...index.freshEntries()];
      const stale = new Set([...index.sources(true)].map((s) => s.key));
      const others = await this.#othersToKeep(header, stale);
      await writeFileAtomic(this.#file, cacheLines(header, fresh, others));
    } catch (error) {
      // A cache that cannot be written only costs time at the next start.
      this.#log(`Analysis cache not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Lines of the file on disk (another server's save) for `wanted`: documents held without a fresh analysis. */
  async #othersToKeep(header: CacheHeader, wanted: ReadonlySet<string>): Promise<string[]> {
    const content = wanted.size === 0 ? undefined : await readFile(this.#file, 'utf8').catch(() => undefined);
    if (content === undefined) {
      return [];
    }
    const [first, ...lines] = content.split('\n');
    const theirs = parseHeader(first ?? '', FORMAT);
    const comparable =
      typeof theirs === 'object' &&
      !('problem' in theirs) &&
      theirs.engine === header.engine &&
      theirs.registries === header.registries &&
      sameNames(new Map(theirs.knownNames), new Map(header.knownNames));
    if (!comparable) {
      return [];
    }
    const kept = new Map<string, string>();
    for (const line of lines) {
      const key = leadingKey(line);
      // Only whole lines: a truncated one is dropped here; the rest is checked when a restart decodes it.
      if (key !== undefined && wanted.has(key) && !kept.has(key) && line.endsWith('}]')) {
        kept.set(key, line);
      }
    }
    return [...kept.values()];
  }
}

/** The file's lines: the header, one line per fresh analysis, then the kept lines of another server. */
function* cacheLines(header: CacheHeader, fresh: Iterable<FreshEntry>, others: readonly string[]): Iterable<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const { key, text, languageId, analysis } of fresh) {
    const entry: CacheEntry = [key, hash(text), languageId, encodeAnalysis(text, analysis)];
    yield `${JSON.stringify(entry)}\n`;
  }
  for (const line of others) {
    yield `${line}\n`;
  }
}

type FreshEntry = ReturnType<WorkspaceIndex['freshEntries']> extends Iterable<infer E> ? E : never;

/**
 * What every analysis depends on besides its text and the engine: the registries and the claim settings. An
 * analysis saved under other claim settings would report other claims, and switching back to the defaults does
 * not invalidate anything in the index, so such a cache must not be reused.
 */
function analysisInputs(index: WorkspaceIndex): string {
  return hash([...index.registryTexts(), index.claimOptionsKey].join('\u0000'));
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Identifies the running engine build: a rebuilt bundle may analyze differently. */
async function engineStamp(): Promise<string> {
  const info = await stat(__filename).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : 'unknown';
}
