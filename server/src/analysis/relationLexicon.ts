/**
 * The word lists relation patterns use: verb cues, passive participles, role words, and the small words a
 * pattern may step over. Lists of words, never of names, so the patterns work on names never seen before.
 */
import type { RelationType } from './types';

/** A verb cue and the relation it states. `org` is the type when the subject is an organization. */
export interface VerbCue {
  readonly words: readonly string[];
  readonly person?: RelationType;
  readonly org?: RelationType;
}

function cues(types: { person?: RelationType; org?: RelationType }, ...phrases: string[]): VerbCue[] {
  return phrases.map((p) => ({ words: p.split(' '), ...types }));
}

/** Active verb cues, longest first so that "co-founded" and "explored a deal with" win over shorter ones. */
export const VERB_CUES: readonly VerbCue[] = [
  ...cues({ person: 'leads' }, 'leads', 'led', 'runs', 'ran', 'heads', 'headed', 'to lead', 'to run', 'to head', 'is chief executive of', 'chief executive of', 'ceo of', 'is head of', 'is the head of'),
  ...cues({ person: 'co-founded' }, 'co-founded', 'cofounded', 'co-found', 'helped found', 'helped to found', 'helped start', 'helped to start'),
  ...cues({ person: 'founded', org: 'owns' }, 'founded', 'to found', 'started', 'to start', 'set up', 'launched', 'created'),
  ...cues({ person: 'owns', org: 'owns' }, 'owns', 'own', 'controls', 'is the owner of', 'owner of'),
  ...cues({ person: 'owns', org: 'acquired' }, 'bought', 'buys', 'acquired', 'acquires', 'took over', 'snapped up'),
  ...cues({ person: 'invested-in' }, 'invested in', 'invests in', 'backed', 'backs', 'funded', 'investor in', 'put money into', 'bankrolled'),
  ...cues({ person: 'explored-deal' }, 'explored a deal with', 'explored a deal for', 'explored an investment in', 'explored buying', 'explored acquiring', 'held talks with', 'in talks with', 'considered buying', 'considered acquiring', 'weighed buying', 'weighed a deal with', 'discussed a deal with', 'negotiated with'),
  ...cues({ person: 'left' }, 'left', 'quit', 'stepped down from', 'resigned from', 'departed', 'walked away from'),
  ...cues({ org: 'competes-with' }, 'competes with', 'compete with', 'competes head-on with', 'competing with', 'rival to', 'rival of', 'rivals', 'challenge to', 'challenging', 'in competition with', 'in direct competition with', 'takes on', 'competitor of', 'competitor to'),
].sort((a, b) => b.words.length - a.words.length);

/** Verb cues by their first word, so that a word that starts no cue costs one lookup. */
export const CUES_BY_FIRST_WORD: ReadonlyMap<string, readonly VerbCue[]> = (() => {
  const map = new Map<string, VerbCue[]>();
  for (const cue of VERB_CUES) {
    const list = map.get(cue.words[0]!) ?? [];
    map.set(cue.words[0]!, list);
    list.push(cue);
  }
  return map;
})();

/** A passive participle ("founded by") and its relation for a person and for an organization agent. */
export interface PassiveCue {
  readonly word: string;
  readonly person?: RelationType;
  readonly org?: RelationType;
}

/** Participles read in "X, (a company) founded by Y". */
export const PASSIVE_CUES: ReadonlyMap<string, PassiveCue> = new Map(
  ([
    ['founded', 'founded', 'owns'], ['started', 'founded', 'owns'], ['created', 'founded', 'owns'], ['launched', 'founded', 'owns'],
    ['co-founded', 'co-founded', undefined], ['cofounded', 'co-founded', undefined],
    ['led', 'leads', undefined], ['run', 'leads', undefined], ['headed', 'leads', undefined],
    ['owned', 'owns', 'owns'], ['controlled', 'owns', 'owns'], ['acquired', 'owns', 'acquired'], ['bought', 'owns', 'acquired'],
    ['backed', 'invested-in', undefined], ['funded', 'invested-in', undefined],
  ] as Array<[string, RelationType | undefined, RelationType | undefined]>).map(([word, person, org]) => [word, { word, person, org }]),
);

/** Words after an organization named as someone's former employer ("founded by former X engineers"). */
export const ALUMNI_WORDS: ReadonlySet<string> = new Set([
  'engineers', 'employees', 'executives', 'staff', 'staffers', 'alumni', 'veterans', 'researchers', 'scientists', 'managers', 'people',
]);

/** Words a subject may be separated from its verb by ("Brennock now also leads", "is also the largest outside investor"). */
export const SUBJECT_FILLER: ReadonlySet<string> = new Set([
  'now', 'also', 'has', 'have', 'had', 'already', 'still', 'then', 'later', 'is', 'was', 'were', 'are', 'itself',
  'himself', 'herself', 'reportedly', 'once', 'recently', 'previously', 'jointly', 'together', 'both', 'went', 'on',
  'to', 'eventually', 'ultimately', 'quietly', 'formally', 'officially', 'the', 'largest', 'biggest', 'outside',
  'an', 'a', 'early', 'major', 'main', 'sole', 'will', 'would', 'could', 'may', 'might', 'who', 'which', 'that',
  'since', 'in', 'subsequently', 'soon', 'first', 'originally', 'personally', 'effectively', 'allegedly', 'said',
  'to', 'be', 'being', 'been',
]);

/** Words an object may be preceded by after its verb ("left the board of X", "owns roughly 18 percent of X"). */
export const OBJECT_FILLER: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'own', 'board', 'of', 'stake', 'in', 'roughly', 'about',
  'percent', 'per', 'cent', 'majority', 'minority', 'part', 'shares', 'control', 'up', 'nearly', 'almost',
  'around', 'some', 'more', 'than', 'less', 'controlling', 'large', 'small', 'big', 'fellow', 'rival', 'direct',
  'head-on', 'also', 'both',
]);

/** Role words after or before a name, and the relation each implies with the organization named with it. */
export const ROLE_WORDS: ReadonlyArray<{ readonly words: readonly string[]; readonly role: string; readonly relation: RelationType }> = [
  { words: ['chief', 'executive', 'officer'], role: 'chief executive', relation: 'leads' },
  { words: ['chief', 'executive'], role: 'chief executive', relation: 'leads' },
  { words: ['ceo'], role: 'CEO', relation: 'leads' },
  { words: ['co-founder'], role: 'co-founder', relation: 'co-founded' },
  { words: ['cofounder'], role: 'co-founder', relation: 'co-founded' },
  { words: ['founder'], role: 'founder', relation: 'founded' },
  { words: ['president'], role: 'president', relation: 'leads' },
  { words: ['chairman'], role: 'chairman', relation: 'leads' },
  { words: ['chairwoman'], role: 'chairwoman', relation: 'leads' },
  { words: ['boss'], role: 'boss', relation: 'leads' },
  { words: ['owner'], role: 'owner', relation: 'owns' },
];

/** Verbs that say what an organization does ("which builds brain implants", "sells satellite broadband"). */
export const SECTOR_VERBS: ReadonlySet<string> = new Set([
  'builds', 'build', 'building', 'makes', 'make', 'making', 'develops', 'develop', 'developing', 'designs', 'design',
  'designing', 'sells', 'sell', 'selling', 'operates', 'operating', 'produces', 'producing', 'manufactures', 'manufacturing',
]);

/** Words that end the noun phrase after a sector verb. */
export const PHRASE_STOP: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'for', 'to', 'with', 'in', 'on', 'at', 'from', 'by', 'of', 'and', 'or', 'but', 'as',
  'through', 'meant', 'designed', 'intended', 'aimed', 'used', 'while', 'since', 'than', 'across', 'into', 'under',
  'formerly', 'based', 'known', 'about', 'like', 'such', 'called', 'named', 'whose', 'where', 'when', 'because', 'so', 'is', 'are', 'was', 'were',
]);

/** Pronouns that continue the last named subject of the block, by kind. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization'> = new Map([
  ['he', 'person'], ['she', 'person'], ['it', 'organization'],
]);
