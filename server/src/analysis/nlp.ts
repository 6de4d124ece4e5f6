/**
 * The one adapter to compromise. Everything the engine needs from it goes through here, so that a compromise
 * upgrade touches one file (test/analysis/nlp.test.ts guards the shape).
 *
 * We use compromise's lexicon (names, places, organizations, function words) for every word, and its tagger only
 * for single words the lexicon does not know (memoized). Parsing whole paragraphs with the tagger would cost
 * about 5 µs per byte (DESIGN.md §8); this keeps the engine several times faster at the same quality, because
 * our own chunking and context cues decide what a capitalized sequence is.
 */
import nlp from 'compromise';
import { isFrequentWord } from './commonWords';

/** Word classes the name recognizer asks about. */
export interface WordClass {
  /** Known given name (male, female or unisex). */
  readonly givenName: boolean;
  readonly surname: boolean;
  /** Country, city, region or other place. */
  readonly place: boolean;
  readonly organization: boolean;
  /** Nationality or people ("Canadian", "Germans"). */
  readonly demonym: boolean;
  /** Month or weekday name. */
  readonly calendar: boolean;
  readonly honorific: boolean;
  /** An ordinary word: verb, adjective, adverb, plural noun, function word, pronoun. */
  readonly common: boolean;
  /** An ordinary singular noun known to the lexicon or the frequent-word list ("company"). */
  readonly singularNoun: boolean;
  /** Among the most frequent English words (commonWords.ts). */
  readonly frequent: boolean;
  /** Can be a verb ("leads", "helped", "started"). */
  readonly verb: boolean;
  /** A function word: determiner, preposition, conjunction, pronoun, adverb, modal. */
  readonly functionWord: boolean;
  /** Known to compromise's lexicon or the frequent-word list (not merely guessed from its form). */
  readonly known: boolean;
}

const model = nlp.model() as unknown as {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};
const lexicon = model.one.lexicon;

const COMMON_TAGS = new Set([
  'Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Copula', 'Modal',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Possessive', 'QuestionWord', 'Negative', 'Plural', 'Expression', 'Reflexive', 'Condition', 'Auxiliary',
  'Uncountable', 'Cardinal', 'Ordinal', 'TextValue', 'Multiple', 'Fraction', 'Unit', 'Duration',
]);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Month', 'WeekDay', 'Date', 'Holiday', 'Honorific']);

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const wordClassCache = new Map<string, WordClass>();
const WORD_CACHE_LIMIT = 200_000;

/** What compromise knows about one word (case-insensitive). Memoized. */
export function classifyWord(word: string): WordClass {
  const key = word.toLowerCase();
  let found = wordClassCache.get(key);
  if (!found) {
    found = computeWordClass(key);
    if (wordClassCache.size >= WORD_CACHE_LIMIT) {
      wordClassCache.clear();
    }
    wordClassCache.set(key, found);
  }
  return found;
}

function lexiconTags(key: string): string[] {
  const raw = lexicon[key];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

function computeWordClass(key: string): WordClass {
  let tags = lexiconTags(key);
  const inLexicon = tags.length > 0;
  const frequent = isFrequentWord(key);
  if (!inLexicon && GUESSABLE.test(key)) {
    // Unknown to the lexicon: guess only what a word's ending says for sure about ordinary English words
    // ("-ly" adverbs, "-ing" and "-ed" verb forms). Running the tagger on every unknown word would cost more than
    // the rest of the engine together, and its guesses about names are not better than our context cues.
    tags = guessFromEnding(key);
  }
  // The tagger's guesses about names ("-cliffe" looks like a place) are weaker than our own cues: only the
  // lexicon may say that a word is a name, a place or an organization.
  const has = (...names: string[]): boolean => names.some((n) => tags.includes(n) && (inLexicon || !NAME_TAGS.has(n)));
  const nameLike = tags.some((t) => NAME_TAGS.has(t));
  return {
    givenName: has('FirstName', 'MaleName', 'FemaleName'),
    surname: has('LastName'),
    place: has('Place', 'Country', 'City', 'Region'),
    organization: has('Organization', 'SportsTeam'),
    demonym: has('Demonym', 'Language'),
    // "march" and "may" are verbs to the lexicon; as capitalized words they are months.
    calendar: has('Month', 'WeekDay', 'Date', 'Holiday') || CALENDAR_WORDS.test(key),
    honorific: has('Honorific'),
    common: !nameLike && tags.some((t) => COMMON_TAGS.has(t)),
    // A guessed "Singular" for an unknown word is what the tagger says of any name, so it only counts when known.
    singularNoun: !nameLike && (inLexicon || frequent) && has('Singular', 'Noun', 'Actor'),
    frequent,
    verb: !nameLike && has('Verb', 'PresentTense', 'PastTense', 'Infinitive', 'PhrasalVerb'),
    known: inLexicon || frequent,
    functionWord: !nameLike && has('Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Possessive', 'Negative', 'Modal', 'Copula'),
  };
}

const GUESSABLE = /^\p{Ll}{5,}$/u;

function guessFromEnding(word: string): string[] {
  if (/[^aeiou]ly$/.test(word)) {
    return ['Adverb'];
  }
  if (/[^aeiou][^aeiou]ing$|[aeiou][^aeiou]ing$/.test(word) && isFrequentWord(word.slice(0, -3))) {
    return ['Gerund'];
  }
  if (/ed$/.test(word) && (isFrequentWord(word.slice(0, -2)) || isFrequentWord(word.slice(0, -1)))) {
    return ['PastTense'];
  }
  if (/s$/.test(word) && isFrequentWord(word.slice(0, -1))) {
    return ['Plural'];
  }
  return [];
}

/** Multi-word names compromise knows, lower-cased, with their kind ("johnson & johnson" -> organization). */
export function knownMultiwordKind(lowerPhrase: string): 'person' | 'organization' | 'place' | undefined {
  const tags = lexiconTags(lowerPhrase);
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) {
    return 'organization';
  }
  if (tags.some((t) => t === 'Person' || t === 'FirstName')) {
    return 'person';
  }
  return tags.some((t) => t === 'Place' || t === 'Country' || t === 'City' || t === 'Region') ? 'place' : undefined;
}

/** Head words that make a capitalized phrase an organization ("bank", "council", "airlines"), per compromise. */
export function isOrganizationWord(lowerWord: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.two.orgWords, lowerWord);
}

/** Head words that make a capitalized phrase a place ("bay", "canyon", "coast"), per compromise. */
export function isPlaceWord(lowerWord: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.two.placeWords, lowerWord);
}
