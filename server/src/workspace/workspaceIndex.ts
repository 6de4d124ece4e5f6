/**
 * The single source of truth for every feature: the workspace's documents (open ones win over disk contents),
 * their analyses (one per document version and set of known names), the registries, and the snapshot that
 * resolves entities across all of them.
 *
 * Cross-file propagation: a name recognized in one document is recognized in every document. When an edit
 * changes the set of known names, every document is analyzed again with the new set; the shared paragraph
 * cache makes that re-run only propagation, not NLP.
 */
import { Emitter, type CancellationToken, type Event } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  claimOptionsKey,
  ParagraphCache,
  type AcknowledgementRecord,
  type ClaimOptions,
  type DocumentAnalysis,
  type KnownNames,
  type Registry,
} from '../analysis/index';
import { noopToken, raceCancellation, yieldToEventLoop } from '../util/cancellation';
import { uriKey } from '../util/uri';
import { changedNames, nameWordsPattern, safeAnalyze, sameNames } from './analyzeSafely';
import { KnownNamesMerge } from './knownNamesMerge';
import { DocumentWords, nameWordKeys } from './nameWords';
import { AcknowledgementSet, type AcknowledgementSource } from './acknowledgementSet';
import { RegistrySet } from './registrySet';
import { IndexSnapshot, ResolutionHistory, type IndexedDocument, type RegistrySource } from './snapshot';
import { abandonedAnalysis, DEFAULT_TIME_BUDGET_SECONDS, isAbandoned, type TimeBudget } from './timeBudget';

interface Source {
  document: TextDocument;
  open: boolean;
}

interface Entry {
  /** The document object and version analyzed; disk reloads create new objects with the same version. */
  readonly document: TextDocument;
  readonly version: number;
  /** The text analyzed: an open document is updated in place, so a snapshot taken mid-typing needs it. */
  readonly text: string;
  readonly namesGeneration: number;
  readonly analysis: DocumentAnalysis;
  /** Set when the analysis ran out of its time budget: the budget (seconds) it ran out of. */
  readonly abandoned?: number;
}

/** Counts of what the index holds (see WorkspaceIndex.stats). */
export interface IndexStats {
  readonly documents: number;
  readonly openDocuments: number;
  readonly analyses: number;
  /** Characters of document text held (open buffers and disk contents). */
  readonly textChars: number;
  readonly knownNames: number;
  readonly paragraphCache: { readonly paragraphs: number; readonly propagated: number; readonly books: number; readonly capacity: number; readonly propagatedCapacity: number };
}

/** Reports analysis progress of a refresh: documents done out of documents to do. */
export type ProgressReporter = (done: number, total: number) => void;

/** How long a refresh computes before it lets queued messages (edits, cancellations) in. */
const SLICE_MS = 15;

/** Documents, analyses and registries of one workspace. */
export class WorkspaceIndex {
  readonly #cache: ParagraphCache;
  readonly #sources = new Map<string, Source>();
  readonly #entries = new Map<string, Entry>();
  readonly #registries = new RegistrySet();
  readonly #onDidInvalidate = new Emitter<void>();
  readonly #acknowledgements = new AcknowledgementSet();
  readonly #onDidChangeSourcing = new Emitter<void>();
  readonly #namesMerge = new KnownNamesMerge();
  readonly #documentWords = new DocumentWords();
  #claimOptions: ClaimOptions | undefined;
  #timeBudget: TimeBudget;
  #knownNames: KnownNames = new Map();
  #namesGeneration = 0;
  #snapshot: IndexSnapshot | undefined;
  /** What the next snapshot's entity resolution starts from. */
  readonly #resolutions = new ResolutionHistory();
  /** How many changes `#snapshot` reflects (see `#changes`). */
  #snapshotCovers = 0;
  /** Changes so far (documents, registries, settings, names): a snapshot covers those made before its last pass. */
  #changes = 0;
  #refreshing: Promise<void> | undefined;
  #report: ProgressReporter | undefined;
  #complete = true;

  /**
   * @param cache the one paragraph cache of the server
   * @param clock the clock (milliseconds) time budgets are measured with; tests pass one they move themselves
   */
  constructor(cache = new ParagraphCache(), clock: () => number = () => performance.now()) {
    this.#cache = cache;
    this.#timeBudget = { seconds: DEFAULT_TIME_BUDGET_SECONDS, now: clock };
  }

  /**
   * Sets the time each document's analysis may take (0: no limit). A document that runs out of it is abandoned:
   * recorded with an empty analysis and a warning, and tried again only when its text or this budget changes.
   */
  setTimeBudget(seconds: number): void {
    if (seconds === this.#timeBudget.seconds) {
      return;
    }
    this.#timeBudget = { ...this.#timeBudget, seconds };
    this.#invalidate();
  }

  /** The time budget per document in seconds (0: no limit). */
  get timeBudgetSeconds(): number {
    return this.#timeBudget.seconds;
  }

  /**
   * Records a document as abandoned without analyzing it here (a worker thread ran out of the budget on it, or
   * went silent on it). `text` is the text it was given; when the document changed since, nothing is recorded.
   */
  markAbandoned(uri: string, text: string): void {
    const key = uriKey(uri);
    const source = this.#sources.get(key);
    if (source && source.document.getText() === text) {
      const seconds = this.#timeBudget.seconds;
      this.#entries.set(key, { document: source.document, version: source.document.version, text, namesGeneration: this.#namesGeneration, analysis: abandonedAnalysis(text, seconds), abandoned: seconds });
      this.#dropSnapshot();
    }
  }

  /** Fires when the workspace changed in a way that may change other documents' results. */
  get onDidInvalidate(): Event<void> {
    return this.#onDidInvalidate.event;
  }

  /**
   * Fires when what diagnostics report changed for every document without their text changing: the registry,
   * the acknowledgements or the claim settings.
   */
  get onDidChangeSourcing(): Event<void> {
    return this.#onDidChangeSourcing.event;
  }

  /** Adds or replaces an acknowledgements file (from disk, or the editor's buffer). */
  setAcknowledgements(document: TextDocument): AcknowledgementSource {
    const source = this.#acknowledgements.set(document);
    this.#onDidChangeSourcing.fire();
    return source;
  }

  /** Removes an acknowledgements file. */
  removeAcknowledgements(uri: string): void {
    if (this.#acknowledgements.remove(uri)) {
      this.#onDidChangeSourcing.fire();
    }
  }

  /** Every acknowledgement of the workspace. */
  get acknowledgements(): readonly AcknowledgementRecord[] {
    return this.#acknowledgements.records;
  }

  /** The acknowledgements files, in key order. */
  acknowledgementSources(): readonly AcknowledgementSource[] {
    return this.#acknowledgements.sources();
  }

  /**
   * Sets the claim settings every document is analyzed with (workspace-wide). A change re-analyzes every
   * document; the paragraph cache keys include the options, so switching back is cheap.
   */
  setClaimOptions(options: ClaimOptions): void {
    if (claimOptionsKey(options) === claimOptionsKey(this.#claimOptions)) {
      return;
    }
    this.#claimOptions = options;
    this.#namesGeneration++;
    this.#invalidate();
    this.#onDidChangeSourcing.fire();
  }

  /** The claim settings as a key (empty for the defaults): analyses depend on them. */
  get claimOptionsKey(): string {
    return claimOptionsKey(this.#claimOptions);
  }

  /** Adds or replaces a document. A disk version never replaces an open document. */
  setDocument(document: TextDocument, open: boolean): void {
    const key = uriKey(document.uri);
    const existing = this.#sources.get(key);
    if (existing?.open && !open) {
      return;
    }
    this.#sources.set(key, { document, open });
    this.#invalidate();
  }

  /** Removes a document (deleted, or closed and not part of the scanned workspace). */
  removeDocument(uri: string): void {
    const key = uriKey(uri);
    if (this.#sources.delete(key)) {
      this.#entries.delete(key);
      this.#documentWords.delete(key);
      this.#invalidate();
    }
  }

  /** Marks a document closed; its text stays until the disk version replaces it or it is removed. */
  closeDocument(uri: string): void {
    const source = this.#sources.get(uriKey(uri));
    if (source) {
      source.open = false;
    }
  }

  /** True when the document is open in the editor. */
  isOpen(uri: string): boolean {
    return this.#sources.get(uriKey(uri))?.open ?? false;
  }

  /** Adds or replaces a registry file; its problems are returned with the parsed registry. */
  setRegistry(document: TextDocument): RegistrySource {
    const source = this.#registries.set(document);
    this.#registryChanged();
    this.#onDidChangeSourcing.fire();
    return source;
  }

  /** Removes a registry file. */
  removeRegistry(uri: string): void {
    if (this.#registries.remove(uri)) {
      this.#registryChanged();
      this.#onDidChangeSourcing.fire();
    }
  }

  /**
   * Marks whether the first index of unopened files is complete. Until it is, snapshots hold only the documents
   * analyzed so far (open ones first) and say so in `complete`.
   */
  setComplete(complete: boolean): void {
    this.#complete = complete;
    this.#dropSnapshot();
  }

  /**
   * The analysis of a document for its current version, computed now if needed. Cheap after an edit: only the
   * touched paragraphs run NLP. Does not wait for other documents, so diagnostics of an edit are not delayed.
   */
  analysisOf(uri: string): { document: TextDocument; analysis: DocumentAnalysis } | undefined {
    const key = uriKey(uri);
    const source = this.#sources.get(key);
    return source && { document: source.document, analysis: this.#analyze(key, source) };
  }

  /**
   * A snapshot reflecting every change made before the call; undefined when the token was cancelled while
   * waiting. Changes made while waiting are not waited for: while the user types, a request waits for at most
   * the refresh in progress and one more, and a document edited meanwhile is in the snapshot at the version
   * analyzed last (features answer ContentModified for it, see features/context.ts).
   */
  async snapshot(token: CancellationToken = noopToken): Promise<IndexSnapshot | undefined> {
    const wanted = this.#changes;
    // A refresh started before setComplete(true) yields a partial snapshot; it does not count afterwards.
    while (!this.#snapshot || this.#snapshotCovers < wanted || this.#snapshot.complete !== this.#complete) {
      this.#refreshing ??= this.#refresh().finally(() => (this.#refreshing = undefined));
      if (!(await raceCancellation(this.#refreshing, token))) {
        return undefined;
      }
    }
    return this.#snapshot;
  }

  /** Builds the snapshot, reporting progress (the first index of a workspace). */
  async build(report: ProgressReporter, token: CancellationToken = noopToken): Promise<IndexSnapshot | undefined> {
    this.#report = report;
    try {
      return await this.snapshot(token);
    } finally {
      this.#report = undefined;
    }
  }

  /** Seeds the known names from a persisted cache (before seeding analyses made with them). */
  seedKnownNames(names: KnownNames): void {
    this.#knownNames = names;
    this.#namesGeneration++;
  }

  /**
   * Seeds an analysis made elsewhere (persisted cache, worker thread) for a document's current text. `text` is the
   * text it was made from; when the document changed since, nothing is seeded.
   */
  seedAnalysis(uri: string, analysis: DocumentAnalysis, text?: string): void {
    const key = uriKey(uri);
    const source = this.#sources.get(key);
    const current = source?.document.getText();
    // Analyses made elsewhere use the default claim settings; with the user's own, the document is analyzed here.
    if (source && analysis.length === current?.length && (text === undefined || text === current) && claimOptionsKey(this.#claimOptions) === '') {
      this.#entries.set(key, { document: source.document, version: source.document.version, text: current, namesGeneration: this.#namesGeneration, analysis });
      this.#dropSnapshot();
    }
  }

  /**
   * The known names of the workspace, from every document's analysis (or the names in `replacing`, per document),
   * in key order: when two documents disagree on a name's kind the first one wins, so the order must not depend
   * on timing. Merging per-document names in key order gives what collectKnownNames gives over all analyses.
   */
  collectKnownNames(replacing?: ReadonlyMap<string, KnownNames>): KnownNames {
    // Memoized per analysis object: only an edited document's names are collected again.
    return this.#namesMerge.merge(this.#sources, (key) => this.#entries.get(key)?.analysis, replacing);
  }

  /** Every document's key, text and language (only those without a current analysis when `staleOnly`). */
  *sources(staleOnly = false): Iterable<{ key: string; text: string; languageId: string }> {
    for (const [key, source] of this.#sources) {
      const entry = this.#entries.get(key);
      if (!staleOnly || !entry || this.#isStale(entry, source)) {
        yield { key, text: source.document.getText(), languageId: source.document.languageId };
      }
    }
  }

  /** The registry files, in key order. */
  registrySources(): readonly RegistrySource[] {
    return this.#registries.sources();
  }

  /** The merged registry of every registry file. */
  get registry(): Registry {
    return this.#registries.merged;
  }

  /** Fresh analyses with their texts, for persisting; only documents whose analysis is current. */
  *freshEntries(): Iterable<{ key: string; text: string; languageId: string; analysis: DocumentAnalysis }> {
    for (const [key, source] of this.#sources) {
      const entry = this.#entries.get(key);
      // An abandoned document is not persisted: the next start, perhaps with a larger budget, tries again.
      if (entry && !this.#isStale(entry, source) && entry.abandoned === undefined) {
        yield { key, text: source.document.getText(), languageId: source.document.languageId, analysis: entry.analysis };
      }
    }
  }

  /** The known names the current analyses were made with. */
  get knownNames(): KnownNames {
    return this.#knownNames;
  }

  /** The registry texts, in key order, so a persisted cache can tell whether they changed. */
  registryTexts(): string[] {
    return this.#registries.sources().map((r) => r.document.getText());
  }

  /** Number of documents. */
  get size(): number {
    return this.#sources.size;
  }

  /** What the index holds, for the internal stats request (closed documents must leave nothing behind). */
  get stats(): IndexStats {
    let openDocuments = 0;
    let textChars = 0;
    for (const source of this.#sources.values()) {
      openDocuments += Number(source.open);
      textChars += source.document.getText().length;
    }
    const paragraphs = this.#cache.stats;
    return { documents: this.#sources.size, openDocuments, analyses: this.#entries.size, textChars, knownNames: this.#knownNames.size, paragraphCache: { paragraphs: paragraphs.size, propagated: paragraphs.propagated, books: paragraphs.books, capacity: this.#cache.capacity, propagatedCapacity: this.#cache.propagatedCapacity } };
  }

  #invalidate(): void {
    this.#dropSnapshot();
    this.#onDidInvalidate.fire();
  }

  /** Counts a change: snapshots that do not cover it are no longer served to requests made after it. */
  #dropSnapshot(): void {
    this.#snapshot = undefined;
    this.#changes++;
  }

  #registryChanged(): void {
    // The registry changes what propagation recognizes in every document.
    this.#namesGeneration++;
    this.#invalidate();
  }

  #isStale(entry: Entry, source: Source): boolean {
    return entry.document !== source.document || entry.version !== source.document.version || this.#madeUnderOtherInputs(entry);
  }

  /** True when an analysis was made under other known names, registry or settings than the current ones. */
  #madeUnderOtherInputs(entry: Entry): boolean {
    // An abandoned document would run out of time again whenever a name changes elsewhere: only a change of its
    // text or of the budget tries it again.
    return entry.abandoned !== undefined ? entry.abandoned !== this.#timeBudget.seconds : entry.namesGeneration !== this.#namesGeneration;
  }

  #analyze(key: string, source: Source): DocumentAnalysis {
    const entry = this.#entries.get(key);
    if (entry && !this.#isStale(entry, source)) {
      return entry.analysis;
    }
    const text = source.document.getText();
    const options = { languageId: source.document.languageId, registry: this.#registries.merged, cache: this.#cache, knownNames: this.#knownNames, claimOptions: this.#claimOptions };
    const analysis = safeAnalyze(text, options, this.#timeBudget);
    const abandoned = isAbandoned(analysis) ? this.#timeBudget.seconds : undefined;
    this.#entries.set(key, { document: source.document, version: source.document.version, text, namesGeneration: this.#namesGeneration, analysis, abandoned });
    return analysis;
  }

  /**
   * Analyzes every stale document, then recomputes the known names; when they changed, every document is stale
   * again and the loop runs once more (bounded, as analyzeCorpus does two passes). Each pass analyzes what was
   * stale when it started, yielding between slices so that edits and cancellations are processed; it does not
   * chase edits made meanwhile, or a refresh would never end while the user types. A document edited during the
   * last pass goes into the snapshot as it was analyzed (its text then, frozen), so every feature still sees one
   * consistent state; the next request after the edit refreshes again.
   */
  async #refresh(): Promise<void> {
    const complete = this.#complete;
    for (;;) {
      for (let round = 0; round < 3; round++) {
        await this.#analyzeStale(complete);
        const names = this.collectKnownNames();
        if (sameNames(names, this.#knownNames)) {
          break;
        }
        this.#changeKnownNames(names);
      }
      const covers = this.#changes;
      const generation = this.#namesGeneration;
      await this.#analyzeStale(complete);
      // Names, registry or settings changed during the last pass: analyses of two states would mix.
      if (generation === this.#namesGeneration) {
        this.#snapshot = new IndexSnapshot(this.#snapshotDocuments(complete), this.#registries.sources(), this.#registries.merged, complete, this.#resolutions);
        this.#snapshotCovers = covers;
        return;
      }
    }
  }

  /** The documents of a new snapshot: each current analysis, and for a document edited since, its last one. */
  #snapshotDocuments(complete: boolean): Map<string, IndexedDocument> {
    const docs = new Map<string, IndexedDocument>();
    for (const [key, source] of this.#sources) {
      const entry = this.#entries.get(key);
      if (!entry) {
        continue;
      }
      if (!this.#isStale(entry, source)) {
        docs.set(key, { key, document: source.document, version: source.document.version, analysis: entry.analysis });
      } else if ((complete || source.open) && !this.#madeUnderOtherInputs(entry)) {
        // Only documents the last pass analyzed can have been edited during it; others stay out, as before.
        const frozen = TextDocument.create(source.document.uri, entry.document.languageId, entry.version, entry.text);
        docs.set(key, { key, document: frozen, version: entry.version, analysis: entry.analysis });
      }
    }
    return docs;
  }

  /** The version of a document the editor has now (a snapshot may hold an older one). */
  liveVersion(uri: string): number | undefined {
    return this.#sources.get(uriKey(uri))?.document.version;
  }

  /**
   * Switches to a new set of known names. Only documents whose text contains a word of a name that was added,
   * removed or retyped can analyze differently (propagation recognizes a known name, or its surname or given
   * name, where it appears), so the others keep their analyses; this is what keeps one new name typed in one
   * file from re-running propagation over the whole workspace.
   */
  #changeKnownNames(names: KnownNames): void {
    const changed = changedNames(this.#knownNames, names);
    const words = nameWordKeys(changed);
    const affected = nameWordsPattern(changed);
    const previous = this.#namesGeneration;
    this.#knownNames = names;
    this.#namesGeneration++;
    for (const [key, entry] of this.#entries) {
      const source = this.#sources.get(key);
      const current = source !== undefined && entry.document === source.document && entry.version === source.document.version;
      // The word sets only narrow the regular expression's work to the documents that may contain a name's word.
      const text = current ? source.document.getText() : '';
      if (current && entry.namesGeneration === previous && !(this.#documentWords.mayContain(key, text, words) && affected.test(text))) {
        this.#entries.set(key, { ...entry, namesGeneration: this.#namesGeneration });
      }
    }
  }

  /**
   * Analyzes the documents stale now, once each. While the first index is being built (`complete` false) only
   * open documents are analyzed here: the rest is the initial index's job (often on worker threads), and a
   * request must not start doing it again on the main thread.
   */
  async #analyzeStale(complete: boolean): Promise<void> {
    let sliceStart = Date.now();
    const stale = [...this.#sources].filter(([key, source]) => {
      const entry = this.#entries.get(key);
      return (complete || source.open) && (!entry || this.#isStale(entry, source));
    });
    // Open documents first: they are what the user is looking at.
    stale.sort(([, a], [, b]) => Number(b.open) - Number(a.open));
    for (const [key, source] of stale) {
      if (this.#sources.get(key) !== source) {
        continue;
      }
      this.#analyze(key, source);
      this.#report?.(this.#entries.size, this.#sources.size);
      if (Date.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    }
  }
}
