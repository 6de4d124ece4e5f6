/**
 * Hover cards at provider level: real analyses for names the engine finds, hand-built ones for escaping.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMarkdown, renderEntityCard } from '../../server/src/lsp/hoverCard';
import { provideHover } from '../../server/src/features/hover';
import type { IndexSnapshot } from '../../server/src/workspace/snapshot';
import { positionOf } from '../support/markers';
import { analyzedSnapshot, fakeAnalysis, fakeSnapshot, mentionIn } from '../support/snapshots';

const A = 'file:///ws/a.md';
const B = 'file:///ws/b.md';
const ALTMAN = 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n';
const QUENBY = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped. Altman disagreed.\n';

function hoverText(snapshot: IndexSnapshot, uri: string, needle: string, occurrence = 0, commandLinks = false): string | undefined {
  const doc = snapshot.get(uri)!;
  const hover = provideHover(snapshot, doc, positionOf(doc.document.getText(), needle, 1, occurrence), { commandLinks });
  return hover === null ? undefined : (hover.contents as { value: string }).value;
}

describe('hover cards', () => {
  const snapshot = analyzedSnapshot([{ uri: A, text: ALTMAN }, { uri: B, text: QUENBY }]);

  const cases: Array<{ name: string; uri: string; needle: string; occurrence?: number; expect: RegExp[] }> = [
    { name: 'full name', uri: A, needle: 'Sam Altman', expect: [/^\*\*Sam Altman\*\* · _person_/, /Mentions: 2 in this file, 3 in the workspace \(2 files\)/] },
    { name: 'surname resolves across files', uri: B, needle: 'Altman', expect: [/^\*\*Sam Altman\*\*/, /Also: Altman/, /1 in this file, 3 in the workspace/] },
    { name: 'organization with suffix', uri: B, needle: 'Kestrel', expect: [/^\*\*Kestrel Orbital\*\* · _organization_/] },
    { name: 'links to places', uri: B, needle: 'Marisol', expect: [/\[b\.md:1\]\(file:\/\/\/ws\/b\.md#L1\)/] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = hoverText(snapshot, c.uri, c.needle, c.occurrence);
      assert.ok(text, 'expected a hover');
      for (const re of c.expect) {
        assert.match(text, re);
      }
    });
  }

  it('is empty away from entities and past the end', () => {
    assert.equal(hoverText(snapshot, A, 'chief'), undefined);
    const doc = snapshot.get(A)!;
    assert.equal(provideHover(snapshot, doc, { line: 99, character: 99 }, { commandLinks: false }), null);
  });

  it('adds the show-mentions command link only when the client runs our commands', () => {
    assert.doesNotMatch(hoverText(snapshot, A, 'Sam Altman')!, /command:/);
    assert.match(hoverText(snapshot, A, 'Sam Altman', 0, true)!, /\[Show all mentions\]\(command:entityLens\.showMentions\?%5B%22person%3Asam-altman%22%5D\)/);
  });
});

describe('hover card escaping', () => {
  it('renders names with markdown characters literally', () => {
    const text = 'Ann *Star* [x](y) <b>`tick`</b> & co spoke.\n';
    const name = 'Ann *Star* [x](y) <b>`tick`</b> & co';
    const snapshot = fakeSnapshot([{ uri: A, text, analysis: fakeAnalysis(text, [mentionIn(text, name, 'person')]) }]);
    const card = hoverText(snapshot, A, 'Ann')!;
    const heading = card.split('\n')[0];
    assert.equal(heading, '**Ann \\*Star\\* \\[x\\]\\(y) &lt;b\\>\\`tick\\`&lt;/b\\> &amp; co** · _person_');
  });

  const table: Array<[string, string]> = [
    ['a*b', 'a\\*b'],
    ['[link](x)', '\\[link\\]\\(x)'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['# not a heading', '\\# not a heading'],
    ['version 1.2-beta', 'version 1.2-beta'],
    ['<script>', '&lt;script\\>'],
    ['`code`', '\\`code\\`'],
    ['line\nbreak', 'line break'],
    ['_under_', '\\_under\\_'],
    ['---', '\\---'],
    ['see https://x.example/a', 'see https\\://x.example/a'],
    ['www.x.example', 'www\\.x.example'],
    ['a@b.example', 'a\\@b.example'],
    ['a\u202Eb\u200Bc', 'a\\[U+202E\\]b\\[U+200B\\]c'],
  ];
  for (const [input, expected] of table) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('makes only http(s) registry links clickable', () => {
    const card = renderEntityCard({ kind: 'person', name: 'X', aliases: [], links: ['https://example.org/x', 'javascript:alert(1)'], sections: [], counts: { file: 1, workspace: 1, files: 1 }, places: [] });
    assert.match(card, /\[https\\:\/\/example\.org\/x\]\(https:\/\/example\.org\/x\)/);
    assert.doesNotMatch(card, /\]\(javascript:/);
  });
});

describe('figure cards', () => {
  it('shows the value, what it is about and whether it is sourced', () => {
    const text = 'Kestrel Orbital is valued at $1.2bn, insiders say.\n';
    const mentions = [
      mentionIn(text, 'Kestrel Orbital', 'organization'),
      mentionIn(text, '$1.2bn', 'figure', { figure: { kind: 'money', value: 1.2e9, currency: 'USD' } }),
    ];
    const figure = mentions[1];
    const claims = [{ start: figure.start, end: figure.end, code: 'unsourced-figure' as const, cue: '$1.2bn', sentence: { start: 0, end: text.length - 1 }, message: 'unsourced' }];
    const snapshot = fakeSnapshot([{ uri: A, text, analysis: fakeAnalysis(text, mentions, claims) }]);
    const card = hoverText(snapshot, A, '$1.2bn')!;
    assert.match(card, /Value: 1\.2 billion USD/);
    assert.match(card, /About: Kestrel Orbital/);
    assert.match(card, /Sourcing: unsourced/);
  });
});

describe('relation sections of cards', () => {
  const text = 'Ada Vorn leads Quill Labs. Quill Labs owns Inkwell. Tessel Group owns Quill Labs. Quill Labs builds robots.\n';
  const mentions = [
    mentionIn(text, 'Ada Vorn', 'person'),
    mentionIn(text, 'Quill Labs', 'organization'),
    mentionIn(text, 'Quill Labs', 'organization', {}, 30),
    mentionIn(text, 'Inkwell', 'organization'),
    mentionIn(text, 'Tessel Group', 'organization'),
    mentionIn(text, 'Quill Labs', 'organization', {}, 60),
    mentionIn(text, 'Quill Labs', 'organization', {}, 80),
  ];
  const evidence = { start: 0, end: 10 };
  const analysis = {
    ...fakeAnalysis(text, mentions),
    relations: [
      { type: 'leads' as const, subject: 'Ada Vorn', subjectKind: 'person' as const, object: 'Quill Labs', objectKind: 'organization' as const, evidence },
      { type: 'owns' as const, subject: 'Quill Labs', subjectKind: 'organization' as const, object: 'Inkwell', objectKind: 'organization' as const, evidence },
      { type: 'owns' as const, subject: 'Tessel Group', subjectKind: 'organization' as const, object: 'Quill Labs', objectKind: 'organization' as const, evidence },
      { type: 'in-sector' as const, subject: 'Quill Labs', subjectKind: 'organization' as const, object: 'robotics', objectKind: 'sector' as const, evidence },
    ],
    roles: [{ person: 'Ada Vorn', role: 'chief executive', organization: 'Quill Labs', evidence }],
  };
  const snapshot = fakeSnapshot([{ uri: A, text, analysis }]);

  it('shows a person\'s roles and affiliations', () => {
    const card = hoverText(snapshot, A, 'Ada')!;
    assert.match(card, /Roles: chief executive of Quill Labs/);
    assert.match(card, /Affiliations: leads Quill Labs/);
  });

  it('shows an organization\'s sectors, people, owners and subsidiaries', () => {
    const card = hoverText(snapshot, A, 'Quill')!;
    assert.match(card, /Sectors: robotics/);
    assert.match(card, /People: Ada Vorn \(leads\)/);
    assert.match(card, /Owners: Tessel Group/);
    assert.match(card, /Subsidiaries: Inkwell/);
  });
});
