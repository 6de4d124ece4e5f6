/**
 * Word tables for the figure recognizer (figures.ts): number words, scales, currencies, approximators and
 * calendar words. All keys are lower case; the tokenizer lower-cases words before looking them up.
 */

/** Lexicon flags: which matchers a word can start. Words without a flag are skipped by the scanner's fast path. */
export const F_APPROX = 1;
export const F_NUMBER = 2;
export const F_DATE = 4;
export const F_CURRENCY = 8;

const pairs = <V>(words: string, values: readonly V[]): Map<string, V> =>
  new Map(words.split(' ').map((w, i) => [w, values[i % values.length] as V]));
const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

/** "zero" … "nineteen". */
export const UNITS = pairs('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', range(0, 20));
/** "twenty" … "ninety". */
export const TENS = pairs('twenty thirty forty fifty sixty seventy eighty ninety', range(2, 8).map((n) => n * 10));
/** Scale words and abbreviations written after a number, as powers of ten ("1.2bn", "3 million", "500 crore"). */
export const SCALES = pairs('hundred thousand million billion trillion bn mn mln bln tn trn crore crores lakh lakhs', [2, 3, 6, 9, 12, 9, 6, 6, 9, 12, 12, 7, 7, 5, 5]);
/** One-letter scales, accepted only glued to a number with a currency ("$5k", "€40m"): "40m" may be metres. */
export const SHORT_SCALES = pairs('k m b t', [3, 6, 9, 12]);
/** Plural magnitudes of vague figures ("hundreds of billions"): powers of ten of the lower bound. */
export const VAGUE = pairs('tens hundreds thousands millions billions trillions dozens', [1, 2, 3, 6, 9, 12, 0]);
/** "multibillion-dollar": the power of ten of the lower bound (the magnitude itself, as for "billions"). */
export const MULTI = pairs('multimillion multibillion multitrillion million billion trillion', [6, 9, 12, 6, 9, 12]);

/** Currency symbols written before the number. ¥ is read as yen: news prose writes yuan as "yuan" or "CN¥". */
export const CURRENCY_SYMBOLS = pairs('$ € £ ¥ ₹ ₩ ₽ ₺ ₱ ₪ ₦ ₵ ₴ ₸ ฿ ₫ ₡ ₲ ₮ ₭ ₼ ₾ ৳', ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'KRW', 'RUB', 'TRY', 'PHP', 'ILS', 'NGN', 'GHS', 'UAH', 'KZT', 'THB', 'VND', 'CRC', 'PYG', 'MNT', 'LAK', 'AZN', 'GEL', 'BDT']);
/** Prefixes glued to "$" ("US$", "HK$") or "¥" ("CN¥"). */
export const SYMBOL_PREFIXES = pairs('us a au c ca hk s sg nz r nt mx cn gh n', ['USD', 'AUD', 'AUD', 'CAD', 'CAD', 'HKD', 'SGD', 'SGD', 'NZD', 'BRL', 'TWD', 'MXN', 'CNY', 'GHS', 'NAD']);
/** ISO codes written before or after the number in upper case ("USD 5 million"); RMB and Rs are common aliases. */
export const CODES = new Map([
  ...pairs('usd eur gbp jpy cny rmb inr chf cad aud hkd sgd nzd krw brl rub mxn sek nok dkk zar twd rs',
    ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'SGD', 'NZD', 'KRW', 'BRL', 'RUB', 'MXN', 'SEK', 'NOK', 'DKK', 'ZAR', 'TWD', 'INR']),
  // Other ISO 4217 codes news prose uses, and local abbreviations written before amounts ("KSh 800", "Rp 5 juta").
  ...['ngn', 'ghs', 'kes', 'egp', 'mad', 'aed', 'sar', 'qar', 'kwd', 'bhd', 'omr', 'jod', 'ils', 'try', 'pln', 'czk', 'huf', 'ron', 'bgn',
    'uah', 'kzt', 'thb', 'myr', 'idr', 'php', 'vnd', 'pkr', 'bdt', 'lkr', 'npr', 'ars', 'clp', 'cop', 'pen', 'uyu', 'bob', 'pyg',
    'etb', 'tzs', 'ugx', 'rwf', 'xof', 'xaf', 'zmw', 'mwk', 'mzn', 'aoa', 'isk'].map((code) => [code, code.toUpperCase()] as const),
  ...pairs('ksh rp rm tk', ['KES', 'IDR', 'MYR', 'BDT']),
]);

/** Currency words written after the number. */
export const CURRENCY_WORDS = pairs('dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc francs won ruble rubles rouble roubles reais cent cents pence',
  ['USD', 'USD', 'EUR', 'EUR', 'GBP', 'GBP', 'GBP', 'JPY', 'CNY', 'CNY', 'INR', 'INR', 'CHF', 'CHF', 'KRW', 'RUB', 'RUB', 'RUB', 'RUB', 'BRL', 'USD', 'USD', 'GBP']);
/** Currency names of other countries written after the number ("12 billion naira", "40 million rand"). */
const WORLD_CURRENCY_WORDS = pairs(
  'naira cedi cedis rand shilling shillings kwacha birr dirham dirhams riyal riyals rial rials dinar dinars lira lire zloty zlotys ' +
  'forint forints koruna korunas krona kronor krone kroner baht ringgit rupiah dong peso pesos soles bolivar bolivars taka hryvnia ' +
  'hryvnias tenge lari kyat riel leones kwanza meticais guarani quetzales lempiras colones',
  ['NGN', 'GHS', 'GHS', 'ZAR', 'KES', 'KES', 'ZMW', 'ETB', 'AED', 'AED', 'SAR', 'SAR', 'IRR', 'IRR', 'DZD', 'DZD', 'TRY', 'TRY',
    'PLN', 'PLN', 'HUF', 'HUF', 'CZK', 'CZK', 'SEK', 'SEK', 'NOK', 'NOK', 'THB', 'MYR', 'IDR', 'VND', 'MXN', 'MXN', 'PEN',
    'VES', 'VES', 'BDT', 'UAH', 'UAH', 'KZT', 'GEL', 'MMK', 'KHR', 'SLE', 'AOA', 'MZN', 'PYG', 'GTQ', 'HNL', 'CRC']);
for (const [word, code] of WORLD_CURRENCY_WORDS) {
  CURRENCY_WORDS.set(word, code);
}

/** Currency words that are also ordinary words ("250 pounds" of weight, "the team won"): money only after a scale. */
export const WEAK_CURRENCY = new Set(['pound', 'pounds', 'won']);
/** Hundredth units: "80 cents" is 0.8 USD. */
export const SUBUNITS = new Set(['cent', 'cents', 'pence']);
/** Words that qualify "dollars" and change its currency ("Canadian dollars"); others ("Swiss francs") only join the span. */
export const QUALIFIERS = pairs('canadian australian singapore taiwan american us u.s hong new swiss british chinese japanese indian russian brazilian',
  ['CAD', 'AUD', 'SGD', 'TWD', 'USD', 'USD', 'USD', 'HKD', 'NZD', '', '', '', '', '', '', '']);
/** Second words of two-word qualifiers ("Hong Kong", "New Zealand"). */
export const QUALIFIER_TAILS = pairs('hong new', ['kong', 'zealand']);

/** Approximators, which OntoNotes keeps inside the figure span; each entry is one phrase, longest first per word. */
export const APPROXIMATORS: ReadonlyMap<string, readonly string[][]> = (() => {
  const phrases = ['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'approximately', 'circa',
    'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'as much as', 'as many as', 'as little as',
    'as few as', 'an estimated', 'estimated', 'close to', 'upwards of', 'well over', 'just over', 'just under', 'well under'];
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    map.set(words[0]!, [...(map.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  return map;
})();

/** Month names and abbreviations ("Sept.") to month numbers. */
export const MONTHS = new Map([
  ...pairs('january february march april may june july august september october november december', range(1, 12)),
  ...pairs('jan feb mar apr jun jul aug sep sept oct nov dec', [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12]),
]);
/** Month names that are also given names or words ("April Ryan", "May said", "march"): need calendar context. */
export const AMBIGUOUS_MONTHS = new Set(['march', 'april', 'may', 'june', 'august']);
/** Words after which an ambiguous month name is a month ("in May", "since April", "last June"). */
export const MONTH_CONTEXT = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after',
  'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'each', 'every', 'between', 'and', 'to', 'on']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** "last year", "the following week", "recent years". */
export const RELATIVE = new Set(['last', 'next', 'this', 'past', 'previous', 'coming', 'following', 'recent']);
/** Periods after a relative word. */
export const PERIODS = new Set(['year', 'month', 'week', 'quarter', 'decade', 'century', 'weekend', 'season', 'spring', 'summer',
  'fall', 'autumn', 'winter', 'years', 'months', 'weeks', 'quarters', 'decades']);
/** "early 2025", "late last year", "earlier this month". */
export const EDGES = new Set(['early', 'late', 'mid', 'earlier', 'later']);
export const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);
export const DAY_WORDS = new Set(['yesterday', 'today', 'tomorrow']);
/** "the end of 2024". */
export const BOUNDARIES = new Set(['end', 'beginning', 'start', 'middle', 'turn']);
/** Ordinals that name quarters and halves ("the second quarter") and centuries ("the twentieth century"). */
export const ORDINALS = pairs('first second third fourth final nineteenth twentieth', [1, 2, 3, 4, 4, 19, 20]);
/** Units that make a number a duration (OntoNotes DATE: "three years", "10 years ago"). */
export const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries']);
/** Words after a duration that stay inside its span. */
export const DURATION_TAILS = new Set(['ago', 'earlier', 'later', 'old']);

/** Units of measure and clock time: a number before them is not a count (OntoNotes QUANTITY or TIME). */
export const NON_COUNT_UNITS = new Set(('mile miles km kilometers kilometres meter meters metre metres feet foot ft inch inches yards lbs kg ' +
  'kilograms grams tons tonnes ton tonne acres hectares gallons liters litres barrels bpd mw gw kw kwh megawatts gigawatts kilowatts ' +
  'mph degrees square cubic gb tb gigabytes terabytes petabytes a.m p.m am pm hours hour minutes minute seconds hrs mins gmt utc et est pt pst ' +
  'pound pounds').split(' '));
/** Words before a bare number that make it a label, not a count ("version 3", "No. 1", "flight 370"). */
export const LABEL_WORDS = new Set('version v no nos number model flight route chapter section article episode phase level stage series type class gen generation size channel room page'.split(' '));
/** Capitalized words that may start a sentence before a number; any other capitalized word makes it a name ("Gemini 3"). */
export const FUNCTION_WORDS = new Set(('the a an in on at for by about over under nearly some only all with from of to and but since after before until ' +
  'almost more less those these its their his her our my your just roughly around another every each than as while when if or so then ' +
  'across among within during per plus minus up down through into i we they he she it you there here now still also even both just ' +
  'approximately circa estimated fewer least most exactly precisely').split(' '));
/** Words before "one" that make it a pronoun ("no one", "the one", "which one"). */
export const ONE_BEFORE = new Set('no the any every each which this that another little such someone anyone'.split(' '));
/** Words after "one" that make it a pronoun or idiom ("one of", "one another", "one day"). */
export const ONE_AFTER = new Set("of another who which that thing way day is was has had can could would will should must may might said says does did or and".split(' '));

/** The flag of every word that can start or qualify a figure. */
export const LEXICON: ReadonlyMap<string, number> = (() => {
  const lex = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const w of words) {
      lex.set(w, (lex.get(w) ?? 0) | flag);
    }
  };
  add(APPROXIMATORS.keys(), F_APPROX);
  add(['between'], F_APPROX);
  add([...UNITS.keys(), ...TENS.keys(), ...VAGUE.keys(), ...MULTI.keys(), 'a', 'an', 'half', 'multi', 'several'], F_NUMBER);
  add([...MONTHS.keys(), ...WEEKDAYS, ...RELATIVE, ...EDGES, ...SEASONS, ...DAY_WORDS, ...ORDINALS.keys(), 'the', 'fiscal', 'fy',
    'q1', 'q2', 'q3', 'q4', 'h1', 'h2'], F_DATE);
  add([...SYMBOL_PREFIXES.keys(), ...CODES.keys()], F_CURRENCY);
  return lex;
})();

/** Scale words that may follow a spelled number or "a" ("two million", "a billion"); abbreviations may not. */
export const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'crore', 'lakh']);
/** Suffixes glued to ordinal numbers ("3rd", "21st"). */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
