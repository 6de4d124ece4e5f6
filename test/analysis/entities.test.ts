/**
 * Table tests for person and organization recognition: unseen invented names, found by context alone, and the
 * false positives the engine must not produce. Each row marks every expected person/organization mention.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeCorpus, analyzeDocument } from '../../server/src/analysis/index';
import { parseEntityMarkers } from '../support/entityMarkers';

const P = 'person';
const O = 'organization';

function names(text: string, languageId = 'plaintext'): string[] {
  return analyzeDocument(text, { languageId })
    .mentions.filter((m) => m.kind !== 'figure')
    .map((m) => `${m.text}|${m.kind}`);
}

function check(marked: string, languageId = 'plaintext'): void {
  const { text, spans } = parseEntityMarkers(marked);
  assert.deepEqual(names(text, languageId), spans.map((s) => `${s.text}|${s.kind}`), marked);
}

describe('people and organizations by context', () => {
  const rows: string[] = [
    `«Marisol Quenby-Arce|${P}», chief executive of «Kestrel Orbital Inc.|${O}», said the launch slipped.`,
    `«Quenby-Arce|${P}» said on Tuesday that «Kestrel Orbital|${O}», the satellite operator, would raise money. «Kestrel|${O}» declined to say more.`,
    `The startup «Vantablack Robotics AG|${O}» hired «Halvard Nygaard|${P}» as chief scientist.`,
    `Analysts at «Corrigan Lyle Research|${O}» expect a loss.`,
    `«Pemberly Dynamics|${O}» and «Quillfeather Robotics AG|${O}» compete for factory contracts.`,
    `«Tobiah Okonkwo-Reyes|${P}», who runs «Pemberly|${O}», is also an investor.`,
    `Prime Minister «Jun-seo Park|${P}» met Judge «Ingrid Solheim-Vasquez|${P}» in Lagos.`,
    `The lead plaintiff, «Maria de la Cruz|${P}», spoke to «The Wall Street Journal|${O}».`,
    `«Hollings & Marr LLP|${O}» advised the buyer.`,
    `Regulators at the «Securities and Exchange Commission|${O}» fined «Greyfield Securities|${O}».`,
    `«Ashgrove Cells|${O}», a battery startup, said costs fell. Shares of «Ashgrove|${O}» rose.`,
  ];
  for (const row of rows) {
    it(parseEntityMarkers(row).text, () => check(row));
  }
});

describe('possessives, titles and suffixes stay outside the span', () => {
  const rows: string[] = [
    `«Tamsin Oduya|${P}»'s company, «Lumenfold|${O}», said «Oduya|${P}» would stay.`,
    `CEO «Darius Wrenfield|${P}» spoke. «Wrenfield|${P}»'s plan was approved.`,
    `«Orrin Labs|${O}» CEO «Petra Szabó-Whitlock|${P}» said the lab was growing.`,
  ];
  for (const row of rows) {
    it(parseEntityMarkers(row).text, () => check(row));
  }
});

describe('false positives', () => {
  const rows: Array<[string, string]> = [
    ['Title Case heading', 'Key Takeaways From the Quarter'],
    ['sentence-initial ordinary words', 'Shares fell sharply. Analysts expect more. Meanwhile, investors waited.'],
    ['months and weekdays', 'On Tuesday, in March, the board met again on Friday.'],
    ['places', 'Factories in Texas, Europe and Canada slowed.'],
    ['generic capitalized phrases', 'Staff called it a Code Red moment before the Initial Public Offering.'],
    ['acronyms that are not organizations', 'The CEO said AI and the IPO would help.'],
  ];
  for (const [label, text] of rows) {
    it(label, () => assert.deepEqual(names(text), [], text));
  }
  it('a Markdown heading in Title Case names only what it names', () => {
    assert.deepEqual(names('# Why Every Startup Wants a Rocket\n\nNothing else.', 'markdown'), []);
  });
});

describe('propagation', () => {
  it('a surname alone resolves after the full name, also at the start of a sentence', () => {
    check(`«Ottoline Barrowcliffe|${P}», chief executive of «Fennimore Atomics|${O}», spoke first.\n\n«Barrowcliffe|${P}» said the site was ready.`);
  });
  it('a name recognized in one file is recognized in another', () => {
    const docs = [
      { uri: 'a.txt', languageId: 'plaintext', text: 'Zephyrine Adebayo-Holm, chief executive of Corvane, spoke.' },
      { uri: 'b.txt', languageId: 'plaintext', text: 'Yesterday Zephyrine Adebayo-Holm did not comment.' },
    ];
    const { analyses, workspace } = analyzeCorpus(docs);
    const b = analyses.get('b.txt')!;
    const person = b.mentions.find((m) => m.text === 'Zephyrine Adebayo-Holm');
    assert.equal(person?.kind, 'person');
    assert.equal(workspace.entityIdOf('a.txt', 0), workspace.entityIdOf('b.txt', b.mentions.indexOf(person!)));
  });
  it('the registry adds, renames and suppresses', () => {
    const registry = {
      entries: [{ name: 'Marisol Quenby-Arce', kind: 'person' as const, aliases: ['MQA'], roles: [], sectors: [], links: [], span: { start: 0, end: 0 } }],
      notEntity: new Set(['lumenfold']),
    };
    const found = analyzeDocument('Inside the company she is MQA. Lumenfold said nothing.', { registry })
      .mentions.map((m) => `${m.text}|${m.kind}|${m.reason}`);
    assert.deepEqual(found, ['MQA|person|registry']);
  });
});

describe('workspace resolution', () => {
  it('merges surnames, short organization names and legal forms into one entity each', () => {
    const docs = [
      { uri: 'a.txt', languageId: 'plaintext', text: 'Marisol Quenby, chief executive of Kestrel Orbital Inc., spoke. Quenby said Kestrel would grow.' },
      { uri: 'b.txt', languageId: 'plaintext', text: "CEO Quenby's rival, the startup Corvane Labs, said Kestrel Orbital was overvalued." },
    ];
    const { analyses, workspace } = analyzeCorpus(docs);
    const groups = new Map<string, string[]>();
    for (const [uri, analysis] of analyses) {
      analysis.mentions.forEach((m, i) => {
        const entity = workspace.entity(workspace.entityIdOf(uri, i) ?? '');
        if (entity && m.kind !== 'figure') {
          groups.set(entity.name, [...(groups.get(entity.name) ?? []), m.text]);
        }
      });
    }
    assert.deepEqual(Object.fromEntries(groups), {
      'Marisol Quenby': ['Marisol Quenby', 'Quenby', 'Quenby'],
      'Kestrel Orbital': ['Kestrel Orbital Inc.', 'Kestrel', 'Kestrel Orbital'],
      'Corvane Labs': ['Corvane Labs'],
    });
  });
});
