/**
 * Word classes for claim detection. Cues are built by combining these classes (a vague quantifier, a group noun, a
 * speech or cognition verb) rather than by listing whole phrases, so "some industry analysts have argued" is found
 * without being written down anywhere. All entries are lower case.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Adverbs that hedge a statement wherever they sit in the sentence. */
export const HEDGE_ADVERBS = words('reportedly allegedly purportedly supposedly reputedly');

/** Forms of "to be" that start a passive hedge ("is said to", "has been reported to"). */
export const BE_FORMS = words('is are was were be been being');

/** Participles that make a passive hedge: "is said to", "it is understood that". */
export const HEDGE_PARTICIPLES = words(`
  said believed thought rumored rumoured reported alleged understood expected reputed purported tipped estimated
  claimed suggested feared assumed projected forecast`);

/** Adverbs that turn a passive hedge into a vague attribution to everyone: "it is widely believed". */
export const CONSENSUS_ADVERBS = words('widely generally commonly broadly universally');

/** Participles that only hedge with a consensus adverb: "is widely seen as". */
export const CONSENSUS_PARTICIPLES = words('seen regarded viewed considered accepted known');

/** Adverbs that may sit inside a verb group without changing who is speaking. */
export const VERB_ADVERBS = words(`
  also later now still long already previously originally initially privately publicly currently recently
  earlier first once repeatedly separately then increasingly often largely not have has had will would could may
  might reportedly`);

/** Nouns for a group of unnamed people who might be cited; a plural alone is vague ("analysts say"). */
export const GROUP_NOUNS = words(`
  analysts analyst experts expert observers observer critics critic insiders insider commentators commentator
  economists economist investors investor traders trader officials official executives executive people person
  pundits pundit strategists strategist watchers watcher skeptics skeptic sceptics sceptic proponents proponent
  supporters supporter opponents opponent scientists scientist researchers researcher bankers banker academics
  academic specialists specialist scholars scholar detractors detractor advocates advocate onlookers onlooker
  employees employee staffers staffer veterans shareholders shareholder bondholders bondholder stakeholders
  stakeholder members member users user customers customer residents resident workers worker rivals competitors
  lawmakers lawmaker diplomats diplomat`);

/** Singular group nouns, which are vague only after an indefinite quantifier ("one analyst", not "the analyst"). */
export const SINGULAR_GROUP_NOUNS = words(`
  analyst expert observer critic insider commentator economist investor trader official executive person pundit
  strategist watcher skeptic sceptic proponent supporter opponent scientist researcher banker academic specialist
  scholar detractor advocate onlooker employee staffer shareholder bondholder stakeholder member user customer
  resident worker lawmaker diplomat`);

/** Words that quantify a group without naming it. Multi-word forms ("a number of") are handled in code. */
export const VAGUE_QUANTIFIERS = words(`
  some many most several few numerous various certain other multiple countless one two three four five a an
  another all both dozens scores`);

/** Quantifiers that can stand alone as a subject: "many believe", "some say", "others argue". */
export const QUANTIFIER_SUBJECTS = words('some many most others few several');

/** Modifiers of a vague group that still leave it unnamed: "industry insiders", "Wall Street analysts". */
export const GROUP_MODIFIERS = words(`
  industry market independent senior top former current leading prominent political legal financial tech
  technology energy security outside longtime veteran private government administration company wall street
  sector skeptical sceptical equity credit bank investment foreign western local anonymous unnamed knowledgeable
  informed retail institutional defense defence health climate policy military intelligence federal ai space
  auto car chip software startup venture capital hedge fund silicon valley other many some few us u.s american
  chinese european british german japanese french indian russian union state city county party campaign board
  top-20 major large small`);

/** Verbs of saying, in all forms. */
export const SPEECH_VERBS = words(`
  say says said argue argues argued note notes noted warn warns warned claim claims claimed contend contends
  contended suggest suggests suggested insist insists insisted caution cautions cautioned maintain maintains
  maintained complain complains complained speculate speculates speculated predict predicts predicted point points
  pointed describe describes described tell tells told add adds added concede concedes conceded agree agrees agreed
  counter counters countered report reports reported`);

/** Verbs of believing and estimating, in all forms. */
export const COGNITION_VERBS = words(`
  believe believes believed think thinks thought expect expects expected estimate estimates estimated reckon reckons
  reckoned fear fears feared suspect suspects suspected worry worries worried assume assumes assumed feel feels felt
  doubt doubts doubted project projects projected forecast forecasts anticipate anticipates anticipated see sees saw
  view views viewed question questions questioned wonder wonders wondered consider considers considered calculate
  calculates calculated put`);

/** Verb forms ending in -s: a quantifier subject ("some") never takes them, so "some estimates" is a noun phrase. */
export function isThirdPersonForm(word: string): boolean {
  return /[^s]s$/.test(word) && word !== 'was';
}

/** Nouns that stand for an unnamed report rather than a source: "reports indicate", "according to reports". */
export const REPORT_NOUNS = words('reports rumors rumours speculation whispers chatter surveys studies polls research');

/** Modifiers of report nouns that leave them unnamed: "unconfirmed media reports". */
export const REPORT_MODIFIERS = words(`
  media press news unconfirmed recent local earlier some several multiple other published initial early various
  many numerous online`);

/** Verbs that report nouns take in a hedge: "reports indicate", "rumors suggest". */
export const REPORT_VERBS = words(`
  indicate indicated indicates suggest suggested suggests say said says claim claimed claims show showed shows
  point pointed points`);

/** Anonymous-source nouns: "sources say" is a hedge, never a source. */
export const SOURCE_NOUNS = words('sources source');

/** Heads that describe a person by what they know instead of who they are: "people familiar with the matter". */
export const FAMILIAR_HEADS = words(`
  people person sources source someone individuals those insiders insider officials official executives executive
  one two three several others`);

/**
 * Verbs that attribute when their subject names something ("Reuters reported", "the company said"). Strong verbs
 * attribute unless the subject is vague; weak verbs are also nouns ("a forecast", "its estimates") and attribute
 * only when the subject is clearly named.
 */
export const STRONG_ATTRIBUTION_VERBS = words(`
  said says say told tells announced announces confirmed confirms wrote writes stated disclosed discloses
  explained explains testified tweeted argued argues insisted acknowledged admitted revealed reveals warned warns
  predicted noted reported described recalled claimed recounted replied responded conceded`);

/** See STRONG_ATTRIBUTION_VERBS. */
export const WEAK_ATTRIBUTION_VERBS = words(`
  estimate estimates estimated forecast forecasts projected projects report reports expects expected believes
  believed thinks predicts cited calculated pointed notes claims published publishes put puts added adds states expect
  believe think predict project`);

/** Verbs whose subject is a document: "census data show", "the filing indicates". */
export const EVIDENCE_VERBS = words('show shows showed found finds indicate indicated indicates suggest suggests suggested reveal reveals revealed');

/** Verbs whose subject may follow them after a comma or closing quote: ", said Jane Doe". */
export const INVERTED_VERBS = words('say said says wrote writes added adds noted explained argued asked recalled continued');

/** Participles that introduce an agent who is a source: "a filing reviewed by Reuters". */
export const AGENT_PARTICIPLES = words(`
  reported announced confirmed disclosed estimated published cited reviewed seen obtained compiled calculated
  provided released filed forecast projected quoted conducted commissioned prepared polled surveyed analyzed
  analysed viewed`);

/** Nouns for a role or institution: with a determiner they name a source ("the company said", "a spokesperson"). */
export const ROLE_SOURCES = words(`
  company companies firm firms startup bank banks group government ministry department agency regulator regulators
  court police prosecutors board commission council union office spokesperson spokesman spokeswoman spokespeople
  representative representatives ceo chief chairman chairwoman chair founder president minister secretary director
  newspaper paper outlet magazine publication network broadcaster lab university institute carmaker maker
  manufacturer operator provider insurer lender retailer airline automaker`);

/** Nouns for a document: a described source when it belongs to someone ("a company statement", "its filing"). */
export const DOCUMENT_SOURCES = words(`
  statement statements filing filings release document documents memo letter presentation prospectus transcript
  records data figures survey study poll analysis research census website post announcement complaint lawsuit
  indictment budget results guidance note interview report journal newsletter database registry notice accounts`);

/** Roles, institutions and documents together. */
export const DESCRIBED_SOURCES: ReadonlySet<string> = new Set([...ROLE_SOURCES, ...DOCUMENT_SOURCES]);

/** Pronouns that refer back to a named speaker. */
export const PRONOUNS = words('he she they it we i you');

/** Determiners: a word right before a verb-looking word makes it a noun or adjective ("an estimated $5bn"). */
export const DETERMINERS = words('a an the its their his her our my your this that these those each every');

/** Words after which a clause (and so a subject) starts. */
export const CLAUSE_OPENERS = words(`
  and but yet while though although because so whereas that which who whom since after before when if until as
  than or nor`);

/** Capitalized words that do not name anything: sentence-initial function words, days, months and the like. */
export const COMMON_CAPITALIZED = words(`
  the a an some many most several few it he she they we i you this that these those there here in on at for of to
  by with from but and or so as when while after before since if although though yet according meanwhile however
  also still now then last next both each every all no not one two three monday tuesday wednesday thursday friday
  saturday sunday january february march april may june july august september october november december mr mrs ms
  dr prof its their his her our what which who why how where unlike like despite over under among`);
