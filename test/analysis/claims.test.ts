/**
 * Table tests for unsourced-claim detection (issue 4). Each row is one paragraph with markers:
 * «…» around every expected claim range (a cue or a figure), ⟨…⟩ around person/organization mentions, and ⟦…⟧
 * around figure mentions (money, percent, year or quantity, guessed from the text). The markers are removed before
 * detection, so offsets are those of the plain text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findClaims, type ClaimOptions } from '../../server/src/analysis/claims';
import type { BlockKind } from '../../server/src/analysis/prose';
import { splitSentences } from '../../server/src/analysis/sentences';
import type { ClaimCode, FigureKind, Mention, Span } from '../../server/src/analysis/types';

const H: ClaimCode = 'hedged-claim';
const V: ClaimCode = 'vague-attribution';
const F: ClaimCode = 'unsourced-figure';

interface Parsed {
  readonly text: string;
  readonly expected: Span[];
  readonly mentions: Mention[];
}

const OPEN: Record<string, string> = { '«': '»', '⟨': '⟩', '⟦': '⟧' };

/** Removes the markers and returns the plain text, the expected claim ranges and the mentions. */
function parse(marked: string): Parsed {
  let text = '';
  const stack: Array<{ mark: string; start: number }> = [];
  const expected: Span[] = [];
  const mentions: Mention[] = [];
  for (const c of marked) {
    if (OPEN[c]) {
      stack.push({ mark: c, start: text.length });
    } else if (Object.values(OPEN).includes(c)) {
      const open = stack.pop();
      assert.ok(open && OPEN[open.mark] === c, `unbalanced marker in ${marked}`);
      const span = { start: open.start, end: text.length };
      if (open.mark === '«') {
        expected.push(span);
      } else {
        mentions.push(mention(text.slice(span.start, span.end), span, open.mark === '⟦'));
      }
    } else {
      text += c;
    }
  }
  expected.sort((a, b) => a.start - b.start);
  mentions.sort((a, b) => a.start - b.start);
  return { text, expected, mentions };
}

function mention(text: string, span: Span, figure: boolean): Mention {
  if (!figure) {
    return { ...span, text, kind: 'organization', name: text, confidence: 1, reason: 'test' };
  }
  const kind: FigureKind = /%|percent/.test(text) ? 'percent' : /^(?:19|20)\d\d$/.test(text) ? 'year' : /[$€£]|euros?|pounds|dollars|bn\b|billion/.test(text) ? 'money' : 'quantity';
  return { ...span, text, kind: 'figure', name: '', figure: { kind }, confidence: 1, reason: 'test' };
}

/** Runs detection on one marked paragraph and compares ranges and codes (in order of the «…» markers). */
function check(marked: string, codes: readonly ClaimCode[], kind: BlockKind = 'paragraph', options?: ClaimOptions): void {
  const { text, expected, mentions } = parse(marked);
  const claims = findClaims({ text, sentences: splitSentences(text), mentions, kind, options });
  const show = (spans: readonly Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(show(claims), show(expected), `cues in: ${text}`);
  assert.deepEqual(claims.map((c) => c.code), codes, `codes in: ${text}`);
  for (const claim of claims) {
    assert.equal(claim.cue, text.slice(claim.start, claim.end));
    assert.ok(claim.sentence.start <= claim.start && claim.end <= claim.sentence.end, 'claim inside its sentence');
    assert.ok(claim.message.includes(`'${claim.cue}'`), `message names the cue: ${claim.message}`);
  }
}

type Row = readonly [string, readonly ClaimCode[]];

function table(name: string, rows: readonly Row[], kind?: BlockKind): void {
  describe(name, () => {
    for (const [marked, codes] of rows) {
      it(parse(marked).text || '(empty)', () => check(marked, codes, kind));
    }
  });
}

table('hedges and report cues', [
  ['⟨OpenAI⟩ is «reportedly» building a social network.', [H]],
  ['«Reportedly», the board met twice.', [H]],
  ['⟨Altman⟩ is linked to bets in rockets and, «reportedly», social media.', [H]],
  ['The executive «allegedly» hid the losses.', [H]],
  ['The startup «is said to» be negotiating a supply deal.', [H]],
  ['Ministers «are said to» be considering a loan guarantee.', [H]],
  ['Those talks «were later reported to» have been paused.', [H]],
  ['⟨Tamarack⟩ «is believed to» favour a North American source.', [H]],
  ['He «was thought to» be the richest man in the region.', [H]],
  ['«Reports indicate» the talks were paused rather than called off.', [H]],
  ['«Unconfirmed media reports suggest» a sale is near.', [H]],
  ['«According to reports», the plant will close.', [H]],
  ['⟨Acme⟩, «rumored to» be in talks with rivals, declined to comment.', [H]],
  ['«It is understood» that the board will meet on Friday.', [H]],
  ['«It was reported» last year that the plant would close.', [H]],
  ['The deal «is expected to» close in March.', [H]],
  ['«There are reports» that the chief executive will resign.', [H]],
  ['⟨Platewise⟩ bought ⟨Sabi Ledger⟩ in a deal «said to» be worth «⟦$45 million⟧».', [H, F]],
  ['The market «is projected to» double by the end of the decade.', [H]],
]);

table('vague attribution built from word classes', [
  ['«Analysts believe» demand will be strong.', [V]],
  ['«Analysts expect» a loss in the third quarter.', [V]],
  ['«Industry insiders say» the concept is closer to a thought experiment.', [V]],
  ['«Experts say» the design is unproven.', [V]],
  ['«Some observers say» the rivalry is personal.', [V]],
  ['«Critics argue» that the project showed how long a company can keep spending.', [V]],
  ['«Many believe» the merger will fail.', [V]],
  ['«Others have argued» that the plan is too costly.', [V]],
  ['«Observers note» that the company has never turned a profit.', [V]],
  ['«It is widely believed» that the next model will decide the race.', [V]],
  ['Rates «are widely expected to» rise.', [V]],
  ['«It is widely reported» that the founder will step down.', [V]],
  ['«Some industry analysts have argued» the chips are overpriced.', [V]],
  ['«Wall Street analysts expect» a rebound.', [V]],
  ['«Critics of the plan say» it favours large firms.', [V]],
  ['The plan will hurt consumers, «critics say».', [V]],
  ['The plan will hurt consumers, «say critics».', [V]],
  ['The move, «critics say», will hurt consumers.', [V]],
  ['⟨Quenby⟩\'s plan, «as insiders describe it», is to reach profitability first.', [V]],
  ['«By some estimates», the market is growing fast.', [V]],
  ['«One analyst», who asked not to be named, said the deal was dead.', [V]],
  ['«Market watchers expect» a rate cut.', [V]],
]);

table('unnamed sources are not sources', [
  ['«Sources say» ⟨Quillfeather⟩ is weighing a second acquisition.', [V]],
  ['The talks stalled, «two sources said».', [V]],
  ['«People familiar with the matter» said the talks had stalled.', [V]],
  ['The talks have stalled, «according to people familiar with the matter».', [V]],
  ['«People close to ⟨Musk⟩» said he was furious.', [V]],
  ['«A person briefed on the plans» said a sale was likely.', [V]],
  ['The company lost money, «according to analysts».', [V]],
  ['The plant will close, «according to a report».', [H]],
  ['«Analysts said» sales rose «⟦5%⟧».', [V, F]],
]);

table('unsourced figures', [
  ['⟨Pemberly⟩ has raised «⟦$640m⟧» since it was founded in ⟦2021⟧.', [F]],
  ['⟨Pemberly⟩ itself owns «⟦roughly 18 percent⟧» of ⟨Ashgrove⟩.', [F]],
  ['Construction of the unit will cost «⟦1.4 billion pounds⟧».', [F]],
  ['The company was founded in ⟦2019⟧ and employs ⟦140⟧ people.', []],
  ['Revenue rose «⟦10%⟧» to «⟦$5bn⟧».', [F, F]],
  ['⟨Meta⟩ «reportedly» cut back after «⟦about $77 billion⟧» of losses.', [H, F]],
  ['«Analysts believe» the market could become a «⟦multibillion-dollar⟧» business.', [V, F]],
  ['The page https://example.org/report-2024-50% lists prices.', []],
  ['Revenue rose «⟦5%⟧» after the company reported earnings, «analysts noted».', [F, V]],
]);

table('attribution in reach makes a sentence sourced', [
  ['According to ⟨The Wall Street Journal⟩, the talks were put on pause.', []],
  ['The plant cost ⟦£40m⟧, according to a planning filing.', []],
  ['Each flight costs ⟦about $9 million⟧, according to a company statement.', []],
  ['⟨The Wall Street Journal⟩ reported that the talks were paused.', []],
  ['⟨Nordvarme⟩ reported that its output rose ⟦12%⟧ in ⟦2023⟧.', []],
  ['On Monday, ⟨Kestrel⟩ said it had closed a ⟦$1.2bn⟧ funding round.', []],
  ['⟨Harrowgate Capital⟩ wrote in a client note that the firm lost ⟦$2bn⟧.', []],
  ['Revenue rose ⟦10%⟧, the company said in a statement.', []],
  ['Revenue rose ⟦10%⟧, a spokesperson for ⟨Acme⟩ said.', []],
  ['The deal is worth ⟦$5bn⟧, he said.', []],
  ['The deal is worth ⟦$5bn⟧, Kelly said.', []],
  ['Revenue rose ⟦10%⟧, said ⟨Jane Doe⟩, an analyst at ⟨Foo Research⟩.', []],
  ['⟨Jane Doe⟩, an analyst, said revenue would rise ⟦10%⟧.', []],
  ['⟨Saoirse Wanjiru-Lindgren⟩, who leads ⟨Tamarack⟩, told a conference that costs fell ⟦20%⟧.', []],
  ['⟨Quillfeather⟩\'s round values it at ⟦about 1.1 billion euros⟧, ⟨Halvorsen-Adeyemi⟩ told reporters.', []],
  ['Analysts at ⟨Harrowgate Capital⟩ estimate that ⟨Kestrel⟩ needs ⟦$2 billion⟧ more.', []],
  ['⟨Goldman Sachs⟩ analysts expect revenue of ⟦$5bn⟧.', []],
  ['Economists polled by ⟨Reuters⟩ expect growth of ⟦2%⟧.', []],
  ['A filing reviewed by ⟨Reuters⟩ shows the firm paid ⟦$5m⟧ in fees.', []],
  ['The company\'s annual report shows revenue of ⟦$5bn⟧.', []],
  ['⟨Calder Fission⟩ claims its reactors are ⟦30%⟧ cheaper.', []],
  ['Prices are set to fall ⟦25%⟧ (  pricing notice  https://example.org/kestrel/pricing).', []],
  ['The plans are set out at https://example.org/nordvarme/pilot-line and cost ⟦£40m⟧.', []],
  ['Satellites already cover ⟦about 30%⟧ of South America[1].', []],
  ['Its wallet handles ⟦22%⟧ of orders[^ledger].', []],
  ['Revenue rose ⟦10%⟧ last year (Reuters).', []],
  ['⟨Acme⟩ is reportedly worth ⟦$2bn⟧, ⟨Bloomberg⟩ reported.', []],
  ['⟨Acme⟩ is said to be in talks, according to ⟨Bloomberg⟩, citing people familiar with the matter.', []],
  ['"We will grow ⟦40%⟧ next year," said ⟨Hyacinth Oduya⟩.', []],
  ['"Revenue grew ⟦10%⟧," ⟨Doe⟩ said, adding that profit rose ⟦5%⟧.', []],
]);

table('look-alikes that are not cues', [
  ['No transaction between the two companies was ever announced.', []],
  ['The reported figure would finally meet a public price.', []],
  ['The product is widely used in hospitals.', []],
  ['Founders and investors from across Africa gathered in Lagos.', []],
  ['Many now list their menus on both apps, and some offer cheaper prices.', []],
  ['Shares rose as investors worried about rates.', []],
  ['By some measure of luck, the launch went well.', []],
  ['The people said nothing more.', []],
]);

table('a hedge directly continuing a named attribution is covered', [
  ['⟨Harrowgate Capital⟩ wrote that ⟨Kestrel⟩ needs money. The firm reportedly expects another round.', []],
  ['⟨The Journal⟩ reported the talks had stalled. The deal was reportedly worth ⟦$2bn⟧.', []],
  ['⟨Wanjiru-Lindgren⟩, who leads ⟨Tamarack⟩, told a conference the carmaker wanted suppliers. Tamarack is believed to favour a local source.', []],
  ['Two companies approached ⟨Lumenfold⟩, ⟨the Basel Courier⟩ reported. The talks are reportedly at an early stage.', []],
  ['⟨Reuters⟩ reported the talks stalled. They are said to resume soon. The deal is thought to be large. Its value «is believed to» be falling.', [H]],
  ['⟨Reuters⟩ reported ⟨Acme⟩ is in talks to buy ⟨Foo⟩. ⟨Bar⟩ is «reportedly» interested too.', [H]],
  ['⟨Reuters⟩ reported the talks stalled. «Reports indicate» they will resume.', [H]],
  ['⟨Reuters⟩ reported the talks stalled. «Analysts believe» they will resume.', [V]],
  ['⟨Wanjiru-Lindgren⟩ flew in from Toronto. ⟨Tamarack⟩ is «reportedly» scouting sites.', [H]],
  ['⟨Acme⟩ said revenue rose. Profit «reportedly» doubled.', [H]],
  ['Revenue doubled, «sources say». The deal «is said to» be worth «⟦$2bn⟧».', [V, H, F]],
]);

table('quotations are not claims', [
  ['"Batteries are the part of a robot nobody photographs," ⟨Okonkwo-Reyes⟩ said.', []],
  ['"Analysts believe we are worth ⟦$5bn⟧," she joked.', []],
  ['\u201cWe reportedly lost ⟦40%⟧ of our users,\u201d he said with a laugh.', []],
  ['He called the deal "reportedly the largest ever" in a post.', []],
  ['The founder put it plainly: "Sources say we are broke."', []],
  ['"We will grow, and analysts believe it. Revenue will rise ⟦50%⟧.', []],
  ['A so-called "AI bubble" is «reportedly» worth «⟦$5bn⟧».', [H, F]],
  ['The company called it \u2018a ⟦40%⟧ improvement\u2019 in the company\u2019s «reportedly» leaked memo.', [H]],
  ['The company\u2019s revenue rose «⟦40%⟧», the companies\u2019 rivals aside.', [F]],
]);

describe('block kinds', () => {
  it('quote blocks are quoted material', () => check('Analysts believe revenue rose ⟦40%⟧.', [], 'quote'));
  it('headings are not claims', () => check('SpaceX Reportedly Weighs a Sale at ⟦$800 Billion⟧', [], 'heading'));
  it('tables are not claims', () => check('Revenue  ⟦$5bn⟧  reportedly', [], 'table'));
  it('list items are checked like paragraphs', () => check('«Sources say» two deals were signed.', [V], 'list-item'));
});

describe('several claims in one sentence', () => {
  it('one claim per cue, sorted by start', () => check('«Analysts believe» the company «is said to» be worth «⟦$5bn⟧», «reportedly».', [V, H, F, H]));
  it('the sentence span is the whole sentence', () => {
    const text = 'First sentence. Critics argue it failed.';
    const [claim] = findClaims({ text, sentences: splitSentences(text), mentions: [], kind: 'paragraph' });
    assert.deepEqual(claim.sentence, { start: 16, end: text.length });
  });
});

describe('messages', () => {
  const message = (text: string, mentions: Mention[] = []): string => findClaims({ text, sentences: splitSentences(text), mentions, kind: 'paragraph' })[0]?.message ?? '';
  it('hedge', () => assert.equal(message('The deal is reportedly done.'), "'reportedly' has no named source: say who reported it."));
  it('vague group', () => assert.equal(message('Analysts believe it.'), "'Analysts believe' is a vague attribution: name the analysts or their firm."));
  it('passive', () => assert.equal(message('It is said to be done.'), "'is said to' has no named source: say who said it."));
  it('figure', () => {
    const text = 'It is worth $800 billion.';
    const figure = mention('$800 billion', { start: 12, end: 24 }, true);
    assert.equal(message(text, [figure]), "'$800 billion' is stated as fact without a source: add who reported or estimated it.");
  });
});

describe('options', () => {
  it('extra hedge cues', () => check('The plan is «on the cards», insiders whisper.', [H], 'paragraph', { hedgeCues: ['On the cards'] }));
  it('extra attribution phrases', () => check('The plan is reportedly dead, per the memo.', [], 'paragraph', { attributionPhrases: ['per the memo'] }));
  it('figure kinds: years never by default', () => check('It opened in ⟦2019⟧.', []));
  it('figure kinds: configurable', () => check('It employs «⟦140⟧» people and costs ⟦$5m⟧.', [F], 'paragraph', { figureKinds: ['quantity'] }));
});

describe('linear time', () => {
  it('pathological input finishes quickly', () => {
    const text = ['('.repeat(5000), '"'.repeat(5000), 'analysts '.repeat(3000), 'a, '.repeat(5000), '[^'.repeat(3000)].join(' ');
    const started = Date.now();
    findClaims({ text, sentences: splitSentences(text), mentions: [], kind: 'paragraph' });
    assert.ok(Date.now() - started < 2000, 'took too long');
  });
});
