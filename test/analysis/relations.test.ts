/**
 * Relation extraction, one table per form (possessives, appositives, descriptors, relative clauses, lists,
 * passives, verbs, pronoun carry-over, roles). Mentions are marked in the fixture text so that these tests
 * exercise the relation patterns only, not name recognition: [[Person Name]] and {{Organization}}.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { extractRelations, type Mention, type Span } from '../../server/src/analysis/index';

const MARK = /\[\[([^\]]+)\]\]|\{\{([^}]+)\}\}/g;

/** Strips the markers and returns the text, its mentions and one sentence span per sentence. */
function fixture(marked: string): { text: string; mentions: Mention[]; sentences: Span[] } {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const name = m[1] ?? m[2]!;
    mentions.push({ start: text.length, end: text.length + name.length, text: name, name, kind: m[1] ? 'person' : 'organization', confidence: 1, reason: 'test' });
    text += name;
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  return { text, mentions, sentences: splitSentences(text) };
}

// Sentence ends: ". " etc., except after a title abbreviation ("Dr. Kenji Sato").
function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const end = /[.!?]/.test(text[i]!) && (i + 1 === text.length || text[i + 1] === ' ');
    if (end && !/(?:^|\s)(?:Dr|Mr|Mrs|Ms)$/.test(text.slice(start, i))) {
      sentences.push({ start, end: i + 1 });
      start = i + 2;
    }
  }
  if (start < text.length) {
    sentences.push({ start, end: text.length });
  }
  return sentences;
}

function relationsOf(marked: string): string[] {
  const { relations } = extractRelations(fixture(marked));
  return relations.map((r) => `${r.subject} ${r.type} ${r.object}`).sort();
}

function table(title: string, rows: ReadonlyArray<readonly [string, readonly string[]]>): void {
  describe(title, () => {
    for (const [marked, expected] of rows) {
      it(marked.replace(MARK, '$1$2'), () => {
        assert.deepEqual(relationsOf(marked), [...expected].sort());
      });
    }
  });
}

table('possessives', [
  ["{{Halberd Systems}}'s [[Mira Castellane]] went shopping.", ['Mira Castellane leads Halberd Systems']],
  ["{{Vantor}}'s {{Project Kelp}} expanded.", ['Vantor owns Project Kelp']],
  ["[[Ines Paravel]]'s {{Corvane}} grew.", ['Ines Paravel leads Corvane']],
  ["said [[Anouk Selby]], whose {{Corvid}} competes with {{Kestrel}}.", ['Anouk Selby leads Corvid', 'Corvid competes-with Kestrel']],
]);

table('appositives', [
  ['{{Stoke Space}}, a reusable-rocket startup, hired staff.', ['Stoke Space in-sector space launch']],
  ['{{Tamarack Motors}}, a Canadian electric-vehicle maker, grew.', ['Tamarack Motors in-sector electric vehicles']],
  ['{{X}}, the social network formerly known as Twitter, grew.', ['X in-sector social networks']],
  ['{{Merge Labs}}, a brain-computer interface startup and a direct rival to {{Neuralink}}, grew.', ['Merge Labs in-sector brain-computer interfaces', 'Merge Labs competes-with Neuralink']],
  ['According to {{The Journal}}, the talks were paused.', []],
  ["It costs less than {{Fennimore}}'s, a figure nobody disputes.", []],
]);

table('descriptor phrases', [
  ['The AI company {{Qubitry}} now competes with the lab.', ['Qubitry in-sector artificial intelligence']],
  ['We met the brain-computer interface startup {{Merge Labs}} today.', ['Merge Labs in-sector brain-computer interfaces']],
  ['It hired the launch provider {{Brightwater}} again.', ['Brightwater in-sector space launch']],
]);

table('relative clauses', [
  ['{{Neuralink}}, which builds brain implants, is another company.', ['Neuralink in-sector brain-computer interfaces']],
  ['{{Orvane}}, a launch provider that builds its own rockets, grew.', ['Orvane in-sector space launch']],
  ['{{Stoke}} designs rockets meant to fly again.', ['Stoke in-sector space launch']],
  ['{{Vellum}} is reportedly building a social network of its own.', ['Vellum in-sector social networks']],
  ['{{Tesla}}, the electric-car maker [[Ada Brennock]] leads, has no rival.', ['Tesla in-sector electric vehicles', 'Ada Brennock leads Tesla']],
  ['{{Blue Origin}}, the rocket company [[Jeff Bezos]] started, grew.', ['Blue Origin in-sector space launch', 'Jeff Bezos founded Blue Origin']],
]);

table('lists', [
  ['[[Ada Brennock]] leads {{Tesla}}, {{SpaceX}} and {{Neuralink}}.', ['Ada Brennock leads Tesla', 'Ada Brennock leads SpaceX', 'Ada Brennock leads Neuralink']],
  ['[[Ada Brennock]] leads {{Orvane}}, the rocket company, as well as {{Tesla}} and {{Neuralink}}.', ['Ada Brennock leads Orvane', 'Ada Brennock leads Tesla', 'Ada Brennock leads Neuralink', 'Orvane in-sector space launch']],
  ['[[Ada Brennock]] leads {{Tesla}} and {{Neuralink}}, and owns {{X}}.', ['Ada Brennock leads Tesla', 'Ada Brennock leads Neuralink', 'Ada Brennock owns X']],
  ['{{Google}} and {{Amazon}} both build their own AI chips.', ['Google in-sector artificial intelligence chip', 'Amazon in-sector artificial intelligence chip']],
]);

table('passives', [
  ['{{Stoke Space}} is a company founded by former {{Blue Origin}} engineers.', ['Stoke Space founded-by-alumni-of Blue Origin']],
  ['{{Blue Origin}}, in turn, was founded by [[Jeff Bezos]].', ['Jeff Bezos founded Blue Origin']],
  ['{{Chowrider}}, the food delivery app run by [[Adaeze Okafor]], grew.', ['Adaeze Okafor leads Chowrider', 'Chowrider in-sector food delivery']],
  ['{{Platewise}}, a meal-delivery platform founded in Accra by [[Kwame Lind]], arrived.', ['Kwame Lind founded Platewise', 'Platewise in-sector food delivery']],
  ['{{Orrin Labs}}, which designs drug candidates, is wholly owned by {{Stratoloom}}.', ['Stratoloom owns Orrin Labs', 'Orrin Labs in-sector drug candidate']],
  ['{{Vellum}} was co-founded in 2015 by [[Ada Brennock]], [[Ines Paravel]] and others.', ['Ada Brennock co-founded Vellum', 'Ines Paravel co-founded Vellum']],
  ['{{Calder Fission}}, the reactor developer headed by Dr. [[Kenji Sato]], grew.', ['Kenji Sato leads Calder Fission', 'Calder Fission in-sector nuclear energy']],
]);

table('verbs', [
  ['[[Ada Brennock]] runs {{Corvane}}.', ['Ada Brennock leads Corvane']],
  ['[[Ada Brennock]] heads {{Corvane}}.', ['Ada Brennock leads Corvane']],
  ['[[Ada Brennock]] is chief executive of {{Corvane}}.', ['Ada Brennock leads Corvane']],
  ['[[Ada Brennock]] founded the AI company {{Qubitry}} in 2023.', ['Ada Brennock founded Qubitry', 'Qubitry in-sector artificial intelligence']],
  ['[[Ada Brennock]] started {{Qubitry}}.', ['Ada Brennock founded Qubitry']],
  ['[[Ada Brennock]] set up {{Qubitry}}.', ['Ada Brennock founded Qubitry']],
  ['[[Ada Brennock]] co-founded {{Vellum}} in 2015 with [[Ines Paravel]] among others.', ['Ada Brennock co-founded Vellum', 'Ines Paravel co-founded Vellum']],
  ['[[Ada Brennock]] owns {{X}}.', ['Ada Brennock owns X']],
  ['[[Ada Brennock]] bought {{X}}.', ['Ada Brennock owns X']],
  ['[[Ada Brennock]] controls {{X}}.', ['Ada Brennock owns X']],
  ['[[Ada Brennock]] invested in {{Merge Labs}}.', ['Ada Brennock invested-in Merge Labs']],
  ['[[Ada Brennock]] has backed {{Merge Labs}}.', ['Ada Brennock invested-in Merge Labs']],
  ['[[Ada Brennock]], who runs {{Pemberly}}, is also the largest outside investor in {{Ashgrove}}.', ['Ada Brennock leads Pemberly', 'Ada Brennock invested-in Ashgrove']],
  ['[[Ada Brennock]] explored a deal with {{Stoke Space}}.', ['Ada Brennock explored-deal Stoke Space']],
  ['[[Ada Brennock]] held talks with {{Stoke Space}}.', ['Ada Brennock explored-deal Stoke Space']],
  ['[[Ada Brennock]] considered buying {{Stoke Space}}.', ['Ada Brennock explored-deal Stoke Space']],
  ['[[Ada Brennock]] left the {{Vellum}} board in 2018.', ['Ada Brennock left Vellum']],
  ['[[Ada Brennock]] quit {{Vellum}}.', ['Ada Brennock left Vellum']],
  ['[[Ada Brennock]] stepped down from {{Vellum}}.', ['Ada Brennock left Vellum']],
  ['[[Ada Brennock]], who left the board of {{Vellum}} in 2018, founded {{Qubitry}} in 2023.', ['Ada Brennock left Vellum', 'Ada Brennock founded Qubitry']],
  ['[[Ada Brennock]] left its board in 2018 and started {{Qubitry}}.', ['Ada Brennock founded Qubitry']],
  ['{{Platewise}} acquired {{Sabi Ledger}}, a mobile-money company, in a deal.', ['Platewise acquired Sabi Ledger', 'Sabi Ledger in-sector payments']],
  ['{{Chowrider}} owns {{Tillpoint}}, a payments startup.', ['Chowrider owns Tillpoint', 'Tillpoint in-sector payments']],
  ['{{Corvid}} competes with {{Kestrel}} for customers.', ['Corvid competes-with Kestrel']],
  ['The launch puts {{Stratoloom}} in direct competition with {{Lumenfold}}.', ['Stratoloom competes-with Lumenfold']],
  ['[[Ada Brennock]] met {{Corvane}} executives for lunch.', []],
]);

table('pronoun carry-over', [
  ['[[Ada Brennock]] sold her house. She now leads {{Corvane}}.', ['Ada Brennock leads Corvane']],
  ['[[Ada Brennock]] left {{Vellum}}. He went on to found {{Qubitry}}.', ['Ada Brennock left Vellum', 'Ada Brennock founded Qubitry']],
  ['He now leads {{Corvane}}.', []],
  ['{{Kestrel}} does well. It owns {{Brightwater}}.', ['Kestrel owns Brightwater']],
]);

table('subsidiaries and "through"', [
  ["[[Anouk Selby]]'s company builds reusable rockets through {{Corvid Lift}}, a subsidiary that flies.", ['Anouk Selby owns Corvid Lift', 'Corvid Lift in-sector space launch']],
  ['{{Kestrel}} bought {{Halloran}}, a unit of {{Vantor}}.', ['Kestrel acquired Halloran', 'Vantor owns Halloran']],
]);

describe('roles', () => {
  const rows: ReadonlyArray<readonly [string, string[], string[]]> = [
    ['{{Stratoloom}} chief executive [[Casimir Wren]] spoke.', ['Casimir Wren leads Stratoloom'], ['Casimir Wren: chief executive @ Stratoloom']],
    ['[[Ottoline Barrow]], chief executive of {{Fennimore}}, spoke.', ['Ottoline Barrow leads Fennimore'], ['Ottoline Barrow: chief executive @ Fennimore']],
    ['[[Alexis Ohan]], a {{Reddit}} co-founder, spoke.', ['Alexis Ohan co-founded Reddit'], ['Alexis Ohan: co-founder @ Reddit']],
    ['{{Halloran}} founder [[Eoghan Mba]] will join.', ['Eoghan Mba founded Halloran'], ['Eoghan Mba: founder @ Halloran']],
    ['[[Marisol Quen]], its chief executive, spoke.', [], ['Marisol Quen: chief executive @ -']],
  ];
  for (const [marked, relations, roles] of rows) {
    it(marked.replace(MARK, '$1$2'), () => {
      const out = extractRelations(fixture(marked));
      assert.deepEqual(out.relations.map((r) => `${r.subject} ${r.type} ${r.object}`).sort(), relations);
      assert.deepEqual(out.roles.map((r) => `${r.person}: ${r.role} @ ${r.organization ?? '-'}`), roles);
    });
  }

  it('reads a CEO title on the mention as a role', () => {
    const f = fixture('{{Chowrider}}, led by CEO [[Thor Nwosu]], grew.');
    const mentions = f.mentions.map((m) => (m.kind === 'person' ? { ...m, title: 'CEO' } : m));
    const out = extractRelations({ ...f, mentions });
    assert.deepEqual(out.roles.map((r) => r.role), ['CEO']);
    assert.deepEqual(out.relations.map((r) => `${r.subject} ${r.type} ${r.object}`), ['Thor Nwosu leads Chowrider']);
  });

  it('gives every relation its sentence as evidence', () => {
    const f = fixture('Nothing here. [[Ada Brennock]] runs {{Corvane}}. Nothing there.');
    const [r] = extractRelations(f).relations;
    assert.equal(f.text.slice(r!.evidence.start, r!.evidence.end), 'Ada Brennock runs Corvane.');
  });
});
