/**
 * Sector normalization (DESIGN.md §3): descriptor wordings ("a reusable-rocket startup", "the launch provider",
 * "which builds brain implants") become sector keys so that equivalent wordings meet. The vocabulary is open:
 * generic heads are stripped and words lemmatized; only a small table of synonyms and concepts folds wordings
 * that share no word ("launch" and "rocket", "implant" and "brain-computer interface").
 */

/**
 * Nouns that say "an organization" rather than what it does. Stripped from the end of a descriptor, and the
 * cue that a descriptor names an organization at all ("the AI company", "a battery startup").
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'company', 'companies', 'startup', 'start-up', 'firm', 'maker', 'manufacturer', 'provider', 'developer', 'lab',
  'labs', 'laboratory', 'platform', 'business', 'venture', 'group', 'operator', 'unit', 'app', 'service', 'supplier',
  'producer', 'builder', 'designer', 'specialist', 'outfit', 'player', 'giant', 'division', 'arm', 'enterprise',
  'corporation', 'concern', 'house', 'shop', 'brand', 'challenger', 'newcomer', 'upstart', 'pioneer',
]);

// Words that grade or place an organization rather than say what it does ("a young Texas startup").
const EVALUATIVE = new Set([
  'largest', 'biggest', 'leading', 'new', 'young', 'small', 'big', 'major', 'private', 'public', 'rival', 'fellow',
  'former', 'non-profit', 'nonprofit', 'for-profit', 'own', 'direct', 'other', 'another', 'fast-growing', 'growing',
  'global', 'local', 'regional', 'national', 'international', 'listed', 'privately', 'publicly', 'held', 'based',
  'well-funded', 'struggling', 'established', 'upstart', 'little-known', 'obscure', 'secretive', 'top', 'main',
]);

// Word-level synonyms and abbreviations, applied after lemmatization.
const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['ai', 'artificial intelligence'],
  ['a.i', 'artificial intelligence'],
  ['ev', 'electric vehicle'],
  ['car', 'vehicle'],
  ['automobile', 'vehicle'],
  ['automotive', 'vehicle'],
  ['carmaker', 'vehicle'],
  ['meal', 'food'],
  ['broadband', 'internet'],
  ['bci', 'brain-computer interface'],
  ['fintech', 'payment'],
  ['wallet', 'payment'],
  ['mobile money', 'payment'],
  ['ml', 'machine learning'],
]);

// Concepts reached from a phrase's last one or two words: the few families whose wordings share no word.
const CONCEPTS: ReadonlyMap<string, string> = new Map([
  ['rocket', 'space launch'],
  ['launch', 'space launch'],
  ['launcher', 'space launch'],
  ['space launch', 'space launch'],
  ['booster', 'space launch'],
  ['robot', 'robotics'],
  ['robotic', 'robotics'],
  ['humanoid', 'robotics'],
  ['battery', 'batteries'],
  ['artificial intelligence', 'artificial intelligence'],
  ['machine learning', 'artificial intelligence'],
  ['brain-computer interface', 'brain-computer interfaces'],
  ['brain implant', 'brain-computer interfaces'],
  ['neural implant', 'brain-computer interfaces'],
  ['implant', 'brain-computer interfaces'],
  ['neurotechnology', 'brain-computer interfaces'],
  ['social network', 'social networks'],
  ['social medium', 'social networks'],
  ['social media', 'social networks'],
  ['social networking', 'social networks'],
  ['electric vehicle', 'electric vehicles'],
  ['nuclear energy', 'nuclear energy'],
  ['nuclear power', 'nuclear energy'],
  ['nuclear', 'nuclear energy'],
  ['reactor', 'nuclear energy'],
  ['payment', 'payments'],
  ['cloud', 'cloud computing'],
  ['cloud computing', 'cloud computing'],
]);

// Lemma exceptions: words whose plural or -ics form the suffix rules would get wrong.
const LEMMA_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['media', 'media'], ['news', 'news'], ['physics', 'physics'], ['logistics', 'logistics'], ['analytics', 'analytics'],
  ['economics', 'economics'], ['robotics', 'robotic'], ['electronics', 'electronic'], ['genomics', 'genomic'],
  ['gas', 'gas'], ['bus', 'bus'], ['series', 'series'], ['species', 'species'], ['services', 'service'],
  ['batteries', 'battery'], ['ai', 'ai'], ['this', 'this'], ['cells', 'cell'], ['chips', 'chip'],
]);

/** Lemmatizes one lower-case word: plural to singular, "-ics"/"-ic" to one form, "-ing" gerunds kept. */
export function lemmatize(word: string): string {
  const known = LEMMA_EXCEPTIONS.get(word);
  if (known !== undefined) {
    return known;
  }
  if (word.length > 4 && word.endsWith('ics')) {
    return word.slice(0, -1);
  }
  if (word.length > 4 && word.endsWith('ies')) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) {
    return word.slice(0, -2);
  }
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * Normalizes a sector wording to its key: lower case, hyphens of compound modifiers ("reusable-rocket") opened,
 * generic heads and evaluative words dropped, words lemmatized, synonyms applied, then the phrase folded into a
 * concept when its last words name one. Returns "" when nothing specific is left ("a startup").
 */
export function normalizeSector(phrase: string): string {
  const words = lastCompound(phrase
    .toLowerCase()
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .split(/[\s/]+/)
    .map(trimPunctuation)
    .filter((w) => w !== '' && w !== 'the' && w !== 'a' && w !== 'an' && w !== 'of'));
  while (words.length > 0 && GENERIC_HEADS.has(words[words.length - 1]!)) {
    words.pop();
  }
  const kept = words.filter((w) => !EVALUATIVE.has(w)).flatMap(splitCompound).map(lemmatize);
  const text = applySynonyms(kept).join(' ');
  return conceptOf(text) ?? text;
}

// Trims punctuation around a word by scanning, not by a regex that could backtrack over long runs.
function trimPunctuation(word: string): string {
  const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  let start = 0;
  let end = word.length;
  while (start < end && !isWordChar(word[start]!)) {
    start++;
  }
  while (end > start && !isWordChar(word[end - 1]!)) {
    end--;
  }
  return word.slice(start, end);
}

/**
 * In English noun compounds the modifier nearest the head classifies: "an AI drug-discovery company" is a
 * drug-discovery company (that uses AI). So a hyphenated compound modifier starts the sector.
 */
function lastCompound(words: string[]): string[] {
  for (let i = words.length - 1; i > 0; i--) {
    if (words[i]!.includes('-') && !EVALUATIVE.has(words[i]!)) {
      return words.slice(i);
    }
  }
  return words;
}

// "brain-computer" stays whole (a fixed compound); other hyphenated modifiers split into words.
function splitCompound(word: string): string[] {
  if (!word.includes('-') || CONCEPTS.has(`${word} interface`) || word === 'brain-computer') {
    return [word];
  }
  return word.split('-').filter((w) => w !== '');
}

function applySynonyms(words: readonly string[]): string[] {
  const joined = words.join(' ');
  for (const [from, to] of WORD_SYNONYMS) {
    if (from.includes(' ') && (joined === from || joined.endsWith(` ${from}`))) {
      return [...words.slice(0, words.length - from.split(' ').length), to];
    }
  }
  const out = words.map((w) => WORD_SYNONYMS.get(w) ?? w);
  // "electric vehicle vehicle" from "EV car": a synonym may repeat the word after it.
  return out.filter((w, i) => i === 0 || !out[i - 1]!.endsWith(w));
}

function conceptOf(text: string): string | undefined {
  const words = text.split(' ');
  for (let take = Math.min(3, words.length); take >= 1; take--) {
    const tail = words.slice(words.length - take).join(' ');
    const concept = CONCEPTS.get(tail);
    if (concept !== undefined) {
      return concept;
    }
  }
  return undefined;
}
