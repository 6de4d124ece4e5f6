/**
 * Deterministic news-like corpora for benchmarks (and for anyone who needs bulk prose): a seeded PRNG composes
 * paragraphs about invented people and companies, with money, percentages, years, hedges, vague attributions,
 * quotes and sourced statements. The same seed always gives the same text. Names are invented from syllables
 * so that nothing can be recognized from a list.
 */

/** A small, fast, seeded PRNG (mulberry32). Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Amara', 'Tobias', 'Ingrid', 'Rafael', 'Mei', 'Kofi', 'Lucia', 'Anders', 'Priya', 'Mateo', 'Yusuf', 'Hanna', 'Dmitri', 'Zainab', 'Oren', 'Célia', 'Kenji', 'Nadia'];
const SYLLABLES = ['vor', 'kel', 'an', 'dri', 'mos', 'tal', 'ven', 'rio', 'bex', 'sul', 'nar', 'oth', 'lim', 'quin', 'zar', 'hel', 'dun', 'pra', 'sto', 'mer'];
const ORG_SUFFIXES = ['Labs', 'Systems', 'Robotics', 'Energy', 'Capital', 'Aerospace', 'Therapeutics', 'Inc.', 'Group', 'Networks'];
const SECTORS = ['battery storage', 'reusable rockets', 'humanoid robots', 'cloud computing', 'drug discovery', 'satellite broadband', 'small nuclear reactors', 'AI chips', 'food delivery'];
const OUTLETS = ['the Daily Ledger', 'Harbor Post', 'the Meridian Times', 'Coastline Business', 'Northgate Radio'];
const ROLES = ['chief executive', 'founder', 'chief financial officer', 'president', 'head of research'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const HEDGES = ['reportedly', 'is said to be', 'is believed to be'];
const VAGUE = ['Analysts believe', 'Industry insiders say', 'Some observers say', 'It is widely believed that'];
const SCALES = ['million', 'billion'];
const CURRENCIES: Array<[string, string]> = [['$', ''], ['€', ''], ['', ' euros'], ['£', '']];
const QUOTES = ['We are building for the next decade, not the next quarter', 'The market is bigger than anyone thinks', 'Our customers asked for this, and we listened', 'Nobody else can do this at our cost'];

/** The cast of one corpus: invented people and companies, stable for a seed. */
interface Cast {
  readonly people: readonly string[];
  readonly companies: readonly string[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function inventWord(random: () => number): string {
  const word = pick(random, SYLLABLES) + pick(random, SYLLABLES) + (random() < 0.4 ? pick(random, SYLLABLES) : '');
  return word[0]!.toUpperCase() + word.slice(1);
}

function inventCast(random: () => number, size: number): Cast {
  const people = Array.from({ length: size }, () => `${pick(random, GIVEN)} ${inventWord(random)}`);
  const companies = Array.from({ length: size }, () => `${inventWord(random)} ${pick(random, ORG_SUFFIXES)}`);
  return { people, companies };
}

function money(random: () => number): string {
  const [before, after] = pick(random, CURRENCIES);
  const amount = (1 + random() * 900).toFixed(random() < 0.5 ? 0 : 1);
  return `${before}${amount} ${pick(random, SCALES)}${after}`;
}

function percent(random: () => number): string {
  return `${(1 + random() * 60).toFixed(random() < 0.5 ? 0 : 1)}%`;
}

function year(random: () => number): number {
  return 1995 + Math.floor(random() * 30);
}

function surname(person: string): string {
  return person.split(' ').pop()!;
}

/** Sentence templates; each returns one sentence. */
const SENTENCES: ReadonlyArray<(r: () => number, c: Cast) => string> = [
  (r, c) => `${pick(r, c.people)}, the ${pick(r, ROLES)} of ${pick(r, c.companies)}, said on ${pick(r, DAYS)} that the company would spend ${money(r)} on ${pick(r, SECTORS)}.`,
  (r, c) => `${pick(r, c.companies)} ${pick(r, HEDGES)} in talks to raise ${money(r)}, which would value it at about ${money(r)}.`,
  (r, c) => `${pick(r, VAGUE)} ${pick(r, c.companies)} could grow revenue by ${percent(r)} next year.`,
  (r, c) => `"${pick(r, QUOTES)}," ${pick(r, c.people)} told ${pick(r, OUTLETS)}.`,
  (r, c) => `According to ${pick(r, OUTLETS)}, ${pick(r, c.companies)} cut ${10 + Math.floor(r() * 990)} jobs in ${year(r)}.`,
  (r, c) => `${pick(r, c.people)} founded ${pick(r, c.companies)} in ${year(r)} with ${pick(r, c.people)}, a former engineer at ${pick(r, c.companies)}.`,
  (r, c) => `Shares of ${pick(r, c.companies)} fell ${percent(r)} after the results, and ${surname(pick(r, c.people))} declined to comment.`,
  (r, c) => `The startup builds ${pick(r, SECTORS)} and competes with ${pick(r, c.companies)}, which lost ${money(r)} in ${year(r)}.`,
  (r, c) => `${pick(r, c.companies)} earned ${money(r)} last quarter, up ${percent(r)} from a year earlier.`,
  (r) => `Hundreds of billions of dollars are expected to flow into ${pick(r, SECTORS)} over the next decade.`,
];

function paragraph(random: () => number, cast: Cast): string {
  const count = 2 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => pick(random, SENTENCES)(random, cast)).join(' ');
}

/** Options of {@link generateText}. */
export interface CorpusOptions {
  /** Approximate size in UTF-16 code units (within one paragraph). */
  readonly size: number;
  readonly seed: number;
  /** Adds Markdown headings, lists and emphasis. */
  readonly markdown?: boolean;
  /** Number of invented people and companies (default 40). */
  readonly castSize?: number;
}

/** Generates one news-like text of about `size` characters. */
export function generateText(options: CorpusOptions): string {
  const random = seededRandom(options.seed);
  const cast = inventCast(random, options.castSize ?? 40);
  return composeText(random, cast, options.size, options.markdown === true);
}

function composeText(random: () => number, cast: Cast, size: number, markdown: boolean): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const part = markdownDecoration(random, cast, markdown) + paragraph(random, cast);
    parts.push(part);
    length += part.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

function markdownDecoration(random: () => number, cast: Cast, markdown: boolean): string {
  if (!markdown) {
    return '';
  }
  const roll = random();
  if (roll < 0.1) {
    return `## ${pick(random, cast.companies)} bets on ${pick(random, SECTORS)}\n\n`;
  }
  return roll < 0.2 ? `- **${pick(random, cast.people)}** ` : '';
}

/** A generated document, ready for analyzeCorpus. */
export interface GeneratedDocument {
  readonly uri: string;
  readonly text: string;
  readonly languageId: 'markdown' | 'plaintext';
}

/**
 * Generates a corpus of about `totalSize` characters as articles of about `articleSize` characters, sharing one
 * cast (so that names recur across articles, as in a real folder). Every other article is Markdown.
 */
export function generateCorpus(totalSize: number, seed: number, articleSize = 6 * 1024, castSize = 400): GeneratedDocument[] {
  const random = seededRandom(seed);
  const cast = inventCast(random, castSize);
  const docs: GeneratedDocument[] = [];
  let total = 0;
  for (let i = 0; total < totalSize; i++) {
    const markdown = i % 2 === 1;
    const text = composeText(random, cast, articleSize, markdown);
    docs.push({ uri: `bench:///article-${i}.${markdown ? 'md' : 'txt'}`, text, languageId: markdown ? 'markdown' : 'plaintext' });
    total += text.length;
  }
  return docs;
}
