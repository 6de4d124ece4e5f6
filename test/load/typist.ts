/**
 * A simulated writer for load tests: types sentences into a document one character at a time at a moving cursor,
 * now and then mistypes a character and takes it back with Backspace, and starts a new paragraph from time to
 * time. It keeps its own copy of the text (as the editor does) and the offsets of known mentions, shifted through
 * every keystroke, so that hovers can be aimed at names while the text moves under them.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { seededRandom } from '../bench/corpus';

const WORDS = ['the', 'company', 'board', 'said', 'plans', 'new', 'market', 'quarter', 'investors', 'expected', 'growth', 'team', 'product', 'launch', 'deal', 'after', 'weeks', 'talks', 'with', 'its', 'rivals'];
const AMOUNTS = ['$40 million', '€3.5 billion', '12%', '$800 million', '7 per cent'];
const SENTENCES: ReadonlyArray<(name: string, word: () => string, amount: string) => string> = [
  (name, word, amount) => `${name} said the ${word()} would spend ${amount} on ${word()} plants.`,
  (name, _word, amount) => `Analysts believe ${name} could grow revenue by ${amount} next year.`,
  (name, _word, amount) => `${name} reportedly plans to raise ${amount} from new investors.`,
  (_name, word) => `The ${word()} met on Tuesday and the ${word()} approved the ${word()}.`,
  (name, word) => `According to ${name}, the ${word()} ${word()} was final.`,
];

/** What one keystroke did. */
export interface Keystroke {
  readonly change: TextDocumentContentChangeEvent;
  /** The document version after the keystroke. */
  readonly version: number;
}

/** Options of a Typist. */
export interface TypistOptions {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  /** Where typing starts (an offset, usually the end of a paragraph). */
  readonly cursor: number;
  /** Names to type (people and organizations the workspace knows). */
  readonly names: readonly string[];
  /** Offsets of the first character of known mentions; hovers aim one character into them. */
  readonly mentionStarts: readonly number[];
  readonly seed: number;
  /** Chance that a keystroke is a typo taken back at once (default 0.05). */
  readonly typoRate?: number;
  /** Chance that a sentence ends its paragraph (default 0.15). */
  readonly paragraphRate?: number;
}

/** The simulated writer. */
export class Typist {
  #document: TextDocument;
  #cursor: number;
  readonly #random: () => number;
  /** Hovers draw from their own sequence, so the typed text does not depend on how many hovers were sent. */
  readonly #hoverRandom: () => number;
  readonly #options: TypistOptions;
  /** Characters still to type; '\b' is Backspace. */
  #queue: string[] = [];
  /** Mentions typed in the current sentence, by offset from the sentence start, added once it is typed. */
  #pendingMentions: number[] = [];
  #sentenceStart = 0;
  readonly #mentionStarts: number[];

  constructor(options: TypistOptions) {
    this.#options = options;
    this.#document = TextDocument.create(options.uri, options.languageId, 1, options.text);
    this.#cursor = options.cursor;
    this.#random = seededRandom(options.seed);
    this.#hoverRandom = seededRandom(options.seed + 1);
    this.#mentionStarts = [...options.mentionStarts];
  }

  /** The text as the editor has it now. */
  get text(): string {
    return this.#document.getText();
  }

  get version(): number {
    return this.#document.version;
  }

  /** Tracked mentions (pre-existing ones plus those typed so far). */
  get mentionCount(): number {
    return this.#mentionStarts.length;
  }

  /** Presses one key, returning the change to send. */
  type(): Keystroke {
    if (this.#queue.length === 0) {
      this.#composeSentence();
    }
    const key = this.#queue.shift()!;
    const at = this.#document.positionAt(this.#cursor);
    let change: TextDocumentContentChangeEvent;
    if (key === '\b') {
      const before = this.#document.positionAt(this.#cursor - 1);
      change = { range: { start: before, end: at }, rangeLength: 1, text: '' };
      this.#cursor--;
      this.#shiftMentions(this.#cursor, -1);
    } else {
      change = { range: { start: at, end: at }, rangeLength: 0, text: key };
      this.#shiftMentions(this.#cursor, 1);
      this.#cursor++;
    }
    this.#document = TextDocument.update(this.#document, [change], this.#document.version + 1);
    if (this.#queue.length === 0) {
      this.#mentionStarts.push(...this.#pendingMentions.map((offset) => this.#sentenceStart + offset));
      this.#pendingMentions = [];
    }
    return { change, version: this.#document.version };
  }

  /** A position to hover: one character into a tracked mention, or (one in `arbitrary`) anywhere. */
  hoverPosition(arbitrary = 0.25): Position {
    const random = this.#hoverRandom;
    const offset =
      random() < arbitrary || this.#mentionStarts.length === 0
        ? Math.floor(random() * this.#document.getText().length)
        : this.#mentionStarts[Math.floor(random() * this.#mentionStarts.length)]! + 1;
    return this.#document.positionAt(offset);
  }

  /** The offset of a position in the current text (for checking a hover's range). */
  offsetAt(position: Position): number {
    return this.#document.offsetAt(position);
  }

  /** Mentions at or after an edit move with the text. */
  #shiftMentions(from: number, by: number): void {
    const starts = this.#mentionStarts;
    for (let i = 0; i < starts.length; i++) {
      if (starts[i]! >= from + (by < 0 ? 1 : 0)) {
        starts[i]! += by;
      }
    }
  }

  #composeSentence(): void {
    const random = this.#random;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const name = this.#options.names.length > 0 ? pick(this.#options.names) : 'Ilse Marrow';
    const sentence = pick(SENTENCES)(name, () => pick(WORDS), pick(AMOUNTS));
    const text = ` ${sentence}${random() < (this.#options.paragraphRate ?? 0.15) ? '\n\n' : ''}`;
    this.#sentenceStart = this.#cursor;
    const at = text.indexOf(name);
    this.#pendingMentions = at >= 0 ? [at] : [];
    this.#queue = [];
    for (const ch of text) {
      if (random() < (this.#options.typoRate ?? 0.05)) {
        this.#queue.push(pick(['x', 'q', 'z', 'k']), '\b');
      }
      this.#queue.push(ch);
    }
  }
}
