/**
 * Roles and possessives: "Loomis chief executive Ines P.", "Quorra co-founder Ines Paravel", "Ada
 * Brennock, chief executive of Ossian Atomics", "Halberd's Mira Castellane" (leads), "Vantor's Project Kelp"
 * (owns), "X, whose Larkspur Net ..." (leads), and subsidiaries ("Larkspur Lift, a subsidiary").
 */
import { isKind, isName, isWord, matchPhrase, type Item } from './relationItems';
import { ROLE_WORDS } from './relationLexicon';
import type { RelationSink, SentenceView } from './relationSink';
import type { Mention, RelationType } from './types';

interface RoleMatch {
  readonly role: string;
  readonly relation: RelationType;
  readonly end: number;
}

function roleAt(items: readonly Item[], at: number): RoleMatch | undefined {
  for (const r of ROLE_WORDS) {
    const end = matchPhrase(items, at, r.words);
    if (end >= 0) {
      return { role: r.role, relation: r.relation, end };
    }
  }
  return undefined;
}

/** Reads roles, possessives and subsidiaries in one sentence. */
export function readRoles(view: SentenceView, sink: RelationSink): void {
  const { items } = view;
  items.forEach((item, i) => {
    if (isKind(item, 'organization')) {
      orgBeforePerson(view, sink, item.mention, i);
    } else if (isKind(item, 'person')) {
      personAppositive(view, sink, item.mention, i);
      const title = item.mention.title ? ROLE_WORDS.find((r) => r.words.join(' ') === item.mention.title!.toLowerCase()) : undefined;
      if (title) {
        sink.role(item.mention, title.role, undefined, view.evidence);
      }
    }
    subsidiary(view, sink, i);
  });
}

// "Loomis chief executive X", "Quorra co-founder X", "Halberd's Mira Castellane", "Vantor's Project Kelp".
function orgBeforePerson(view: SentenceView, sink: RelationSink, org: Mention, at: number): void {
  const { items } = view;
  const role = roleAt(items, at + 1);
  const personAt = role ? role.end : at + 1;
  const next = items[personAt];
  if (role && isKind(next, 'person')) {
    sink.relate(role.relation, next.mention, org, view.evidence);
    sink.role(next.mention, role.role, org, view.evidence);
  } else if (!role && items[at]!.possessive && isKind(next, 'person')) {
    sink.relate('leads', next.mention, org, view.evidence);
  } else if (!role && items[at]!.possessive && isKind(next, 'organization')) {
    sink.relate('owns', org, next.mention, view.evidence);
  }
}

// "X, chief executive of Y", "X, a Quorra co-founder", "X, its chief executive", "X's Y", "X, whose Y".
function personAppositive(view: SentenceView, sink: RelationSink, person: Mention, at: number): void {
  const { items } = view;
  if (items[at]!.possessive && isKind(items[at + 1], 'organization')) {
    sink.relate('leads', person, items[at + 1]!.mention!, view.evidence);
    return;
  }
  if (items[at + 1]?.lower !== ',') {
    return;
  }
  if (isWord(items[at + 2], 'whose') && isName(items[at + 3])) {
    sink.relate('leads', person, items[at + 3]!.mention!, view.evidence, { object: 'organization' });
    return;
  }
  let k = at + 2;
  if (isWord(items[k], 'a', 'an', 'the', 'its', 'his', 'her')) {
    k++;
  }
  const before = isKind(items[k], 'organization') ? items[k]!.mention : undefined;
  const role = roleAt(items, before ? k + 1 : k);
  if (!role) {
    return;
  }
  const after = isWord(items[role.end], 'of', 'at') && isKind(items[role.end + 1], 'organization') ? items[role.end + 1]!.mention : undefined;
  const org = before ?? after;
  sink.role(person, role.role, org, view.evidence);
  if (org) {
    sink.relate(role.relation, person, org, view.evidence);
  }
}

// "Larkspur Lift, a subsidiary (of X)": the owner is X, else the sentence's subject ("Selby's company").
function subsidiary(view: SentenceView, sink: RelationSink, at: number): void {
  const { items } = view;
  const unit = items[at];
  if (!isKind(unit, 'organization') || items[at + 1]?.lower !== ',' || !isWord(items[at + 2], 'a', 'the') || !isWord(items[at + 3], 'subsidiary', 'unit', 'division')) {
    return;
  }
  const of = isWord(items[at + 4], 'of') && isName(items[at + 5]) ? items[at + 5]!.mention! : undefined;
  const owner = of ?? sentenceOwner(items, at);
  if (owner) {
    sink.relate('owns', owner, unit.mention, view.evidence);
  }
}

function sentenceOwner(items: readonly Item[], before: number): Mention | undefined {
  const first = items[0];
  if (!isName(first) || before === 0) {
    return undefined;
  }
  if (first.mention.kind === 'organization' && !first.possessive) {
    return first.mention;
  }
  // "Selby's company ... through Larkspur Lift, a subsidiary": the person's company owns it.
  return first.possessive && isWord(items[1], 'company', 'firm', 'group', 'business') ? first.mention : undefined;
}
