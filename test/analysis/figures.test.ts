/**
 * Figure recognition, table-driven: each case marks the expected spans with «…» and lists their normalized values
 * in order. Spans must match exactly (OntoNotes-style, as the batch mode is scored) and so must the figure values.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findFigures } from '../../server/src/analysis/figures';
import { toProse } from '../../server/src/analysis/prose';
import type { FigureValue, Mention } from '../../server/src/analysis/types';

/** Strips «…» markers: the plain text and the marked spans. */
function parseMarkers(marked: string): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '«') {
      open = text.length;
    } else if (ch === '»') {
      spans.push([open, text.length]);
    } else {
      text += ch;
    }
  }
  return { text, spans };
}

/** Every mention must be a figure whose text is its slice, sorted and without overlaps. */
function assertWellFormed(text: string, mentions: readonly Mention[]): void {
  let end = 0;
  for (const m of mentions) {
    assert.equal(m.text, text.slice(m.start, m.end), `text of ${JSON.stringify(m)}`);
    assert.ok(m.start >= end && m.end > m.start, `sorted and disjoint: ${JSON.stringify(m)}`);
    assert.equal(m.kind, 'figure');
    assert.equal(m.name, '');
    assert.ok(m.figure !== undefined && m.confidence > 0 && m.confidence <= 1 && m.reason.length > 0);
    end = m.end;
  }
}

/** Runs findFigures on the text without markers and compares spans and figure values exactly. */
function check(marked: string, expected: FigureValue[]): void {
  const { text, spans } = parseMarkers(marked);
  const mentions = findFigures(text);
  assertWellFormed(text, mentions);
  assert.deepEqual(mentions.map((m) => `«${m.text}»@${m.start}`), spans.map(([s, e]) => `«${text.slice(s, e)}»@${s}`));
  assert.deepEqual(mentions.map((m) => m.figure), expected);
}

type Case = [string, FigureValue[]];

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const [marked, expected] of cases) {
      it(marked, () => check(marked, expected));
    }
  });
}

const usd = (value: number, extra: Partial<FigureValue> = {}): FigureValue => ({ kind: 'money', value, currency: 'USD', ...extra });
const money = (value: number, currency: string, extra: Partial<FigureValue> = {}): FigureValue => ({ kind: 'money', value, currency, ...extra });
const pct = (value: number, extra: Partial<FigureValue> = {}): FigureValue => ({ kind: 'percent', value, ...extra });
const qty = (value: number, extra: Partial<FigureValue> = {}): FigureValue => ({ kind: 'quantity', value, ...extra });
const year = (value: number): FigureValue => ({ kind: 'year', value });
const date = (value?: number): FigureValue => (value === undefined ? { kind: 'date' } : { kind: 'date', value });
const approx = { approximate: true };
const vague = (bound: number): Partial<FigureValue> => ({ approximate: true, lowerBound: bound });

table('money', [
  ['OpenAI raised «$1.2bn» in the round.', [usd(1.2e9)]],
  ['A share sale at «$800 billion» is planned.', [usd(8e11)]],
  ['It paid «US$5 million» for the lab.', [usd(5e6)]],
  ['Deals worth «€40m» and «£120m» closed.', [money(4e7, 'EUR'), money(1.2e8, 'GBP')]],
  ['The bank lent «250 million euros» and «2.3 billion yuan».', [money(2.5e8, 'EUR'), money(2.3e9, 'CNY')]],
  ['Earnings were «80 cents» a share.', [usd(0.8)]],
  ['Tickets cost «95 pence».', [money(0.95, 'GBP')]],
  ['It spent «$12.5 million», then «$5», then «$1,200».', [usd(1.25e7), usd(5), usd(1200)]],
  ['Debt reached «1.5 trillion dollars» and «¥3 billion».', [usd(1.5e12), money(3e9, 'JPY')]],
  ['Budgets of «C$10 million», «A$2bn», «HK$300m» and «CN¥7 billion».', [money(1e7, 'CAD'), money(2e9, 'AUD'), money(3e8, 'HKD'), money(7e9, 'CNY')]],
  ['It raised «62 million Canadian dollars» and «5 million U.S. dollars».', [money(6.2e7, 'CAD'), usd(5e6)]],
  ['A fund of «USD 5 million», «5 million EUR» and «CHF 2 billion».', [usd(5e6), money(5e6, 'EUR'), money(2e9, 'CHF')]],
  ['The state spent «Rs 500 crore» and «4,500 crore rupees».', [money(5e9, 'INR'), money(4.5e10, 'INR')]],
  ['It sold for «5 million pounds sterling» and «3 million won».', [money(5e6, 'GBP'), money(3e6, 'KRW')]],
  ['They bought «a million dollars» of bonds and «half a billion euros» of debt.', [usd(1e6), money(5e8, 'EUR')]],
  ['A bonus of «$5k» was paid.', [usd(5000)]],
  ['Prices reached «$2015».', [usd(2015)]],
]);

table('vague money', [
  ['They spent «hundreds of billions of dollars».', [usd(1e11, vague(1e11))]],
  ['It lost «tens of millions of euros».', [money(1e7, 'EUR', vague(1e7))]],
  ['A «multibillion-dollar» deal and a «multi-billion-euro» plan.', [usd(1e9, vague(1e9)), money(1e9, 'EUR', vague(1e9))]],
  ['It became a «billion-dollar» company worth «billions of dollars».', [usd(1e9, vague(1e9)), usd(1e9, vague(1e9))]],
]);

table('percent', [
  ['Growth was «12%», «12 percent» and «12 per cent».', [pct(12), pct(12), pct(12)]],
  ['Turnout fell «nearly 40%».', [pct(40, approx)]],
  ['Rates rose «0.25 percentage point», then «3.5 percentage points».', [pct(0.25), pct(3.5)]],
  ['The Fed cut by «25 basis points».', [pct(0.25)]],
  ['Output changed «-2%» and «+3%» on the year.', [pct(-2), pct(3)]],
  ['Turnout was «twelve percent».', [pct(12)]],
]);

table('quantities', [
  ['It has «1,200» engineers and «3.4 million» subscribers.', [qty(1200), qty(3.4e6)]],
  ['«Three» people and «twenty-five» staff met «two million» users.', [qty(3), qty(25), qty(2e6)]],
  ['«A dozen» firms and «two hundred fifty» shops.', [qty(12), qty(250)]],
  ['«Hundreds» of jobs and «thousands» of workers.', [qty(100, vague(100)), qty(1000, vague(1000))]],
  ['«Tens of thousands» of people and «dozens» of firms.', [qty(1e4, vague(1e4)), qty(12, vague(12))]],
  ['«Several hundred» people and «a few thousand» fans.', [qty(100, vague(100)), qty(1000, vague(1000))]],
  ['«One» engineer said «one» in «five» was wrong.', [qty(1), qty(1), qty(5)]],
  ['A «20»-member board.', [qty(20)]],
  ['In «3» rounds it won «3-1», «118-111» and a «5-4» vote.', [qty(3), { kind: 'quantity' }, { kind: 'quantity' }, { kind: 'quantity' }]],
]);

table('approximators', [
  ['«About $5 million», «roughly 40%» and «more than 1,200» engineers.', [usd(5e6, approx), pct(40, approx), qty(1200, approx)]],
  ['«Up to $10 billion», «at least 3 percent», «as much as $2bn».', [usd(1e10, approx), pct(3, approx), usd(2e9, approx)]],
  ['«An estimated 40,000» people and «almost 300» cars.', [qty(40000, approx), qty(300, approx)]],
  ['«Around 500» firms, «over 90%», «under $5», «some 40» staff.', [qty(500, approx), pct(90, approx), usd(5, approx), qty(40, approx)]],
  ['«Less than half a million» and «as many as 12».', [qty(5e5, approx), qty(12, approx)]],
  ['«Approximately 7%» and «nearly two million».', [pct(7, approx), qty(2e6, approx)]],
  ['It took «more than a decade».', [{ kind: 'date', approximate: true }]],
  ['He was at least one of them; «at least two» left.', [qty(2, approx)]],
]);

table('ranges in words give two spans sharing unit and scale', [
  ['Costs rose from «$5 million» to «$10 million».', [usd(5e6), usd(1e7)]],
  ['It cost «$5 million» to «$10 million».', [usd(5e6), usd(1e7)]],
  ['Margins of between «5%» and «10%», or «5» to «10 percent».', [pct(5), pct(10), pct(5), pct(10)]],
  ['It hired «5» to «10» people.', [qty(5), qty(10)]],
  ['It hired «about 5» to «10» people.', [qty(5, approx), qty(10)]],
  ['Shares rose «12%» to «$500».', [pct(12), usd(500)]],
  ['Sales grew «12%» to «500» stores.', [pct(12), qty(500)]],
  ['It cost «$500,000» to «$1 million».', [usd(5e5), usd(1e6)]],
  ['Revenue rose «12%» in «2024» to «€40m».', [pct(12), year(2024), money(4e7, 'EUR')]],
]);

table('hyphenated ranges are one span valued by the low end', [
  ['A bill of «$5-10 million» and «$1.2bn-$1.5bn».', [usd(5e6, vague(5e6)), usd(1.2e9, vague(1.2e9))]],
  ['Margins of «10-15%» for «5-10» people in «5-10 years».', [pct(10, vague(10)), qty(5, vague(5)), date()]],
]);

table('years', [
  ['In «2015» the firm, founded in «1998», grew.', [year(2015), year(1998)]],
  ['«2015» was good; «2015»\'s results were better.', [year(2015), year(2015)]],
  ['The plan ran «2020-2023» and «2020–23».', [year(2020), year(2020)]],
  ['Between «2020» and «2023» it grew; from «2019» to «2021» it shrank.', [year(2020), year(2023), year(2019), year(2021)]],
  ['Ahead of the «2020» elections, in «1200» and the year «2000».', [year(2020), year(1200), year(2000)]],
  ['It hired «2,015» people and «2000» staff, then «1200» engineers.', [qty(2015), qty(2000), qty(1200)]],
  ['A report («2015») said so.', [year(2015)]],
]);

table('dates', [
  ['On «March 2024», «March 3, 2024» and «3 March 2024».', [date(2024), date(2024), date(2024)]],
  ['«Jan. 5», «Sept. 11, 2001», «May of 2015» and «March 20».', [date(), date(2001), date(2015), date()]],
  ['It met «Tuesday» and «Tuesday, March 3» and «last Saturday».', [date(), date(), date()]],
  ['«Last year», «next year», «this month», «last week», «this decade» and «next year»\'s plan.', [date(), date(), date(), date(), date(), date()]],
  ['«Early 2025», «mid-2024», «late 2023» and «mid-May».', [date(2025), date(2024), date(2023), date()]],
  ['«Earlier this year» and «late last year» and «early next month».', [date(), date(), date()]],
  ['In «the second quarter», «Q3 2024», «fiscal 2025» and «FY25».', [date(), date(2024), date(2025), date(2025)]],
  ['«The first half of 2025», «third-quarter» profit and «the fourth quarter».', [date(2025), date(), date()]],
  ['Through «the 1990s», «the mid-1990s», «the early 2000s», «the \'90s» and «1980s».', [date(1990), date(1990), date(2000), date(1990), date(1980)]],
  ['In «the 21st century», by «the end of 2024» and «the end of the year».', [date(), date(2024), date()]],
  ['Over «the past five years», «the next 12 months» and «the coming years».', [date(), date(), date()]],
  ['«Three years», «10 years ago», «a decade ago», «60 days» and «two years later».', [date(), date(), date(), date(), date()]],
  ['A «24-year-old» signed a «10-year» deal; Whitaker, «31», agreed.', [date(), date(), date()]],
  ['«Summer of 2023», «spring 2024», «yesterday» and «recent years».', [date(2023), date(2024), date(), date()]],
  ['In «April», since «June», by «May» and in «August».', [date(), date(), date(), date()]],
]);

table('not figures', [
  ['See https://x.com/a1 and www.example.com/2024/05 and x.com/2024/story.', []],
  ['Mail ceo2@example.com or @user123.', []],
  ['A claim.[1] Another.[^2] More [3, 4] and [^wsj-2024].', []],
  ['Gemini 3 and GPT-4 beat Llama 3.1 and Python 3.12 on an iPhone 15.', []],
  ['COVID-19, F-150, A320, H100, Q&A, 5G and 4K screens.', []],
  ['Call 555-1234, (212) 555-1234, 212-555-1234 or +1 212 555 1234.', []],
  ['At 3:30, 10:45 a.m. and 3 p.m. on 24/7 with a 1/2 share.', []],
  ['Version 2, No. 1, #1, Fortune 500, Chapter 11 and the S&P 500.', []],
  ['The first, 3rd and 21st entries.', []],
  ['One of the firms, no one, the one, one another and one day.', []],
  ['April Ryan said May was fine; August Wilson and June Carter wrote.', []],
  ['Jan Koum and Five Guys and the Big Four.', []],
  ['It weighed 250 pounds, ran 5 miles, used 40m of cable and took 8 hours.', []],
  ['A one-time fee and two-thirds of a zero-emission fleet.', []],
  ['Prices fall in spring; a year of work; past results.', []],
]);

describe('offsets', () => {
  it('stay exact in UTF-16 around emoji and CRLF', () => {
    check('😀 Revenue rose «12%»\r\nin «2024» to «€40m» 👩‍👩‍👧 «Tuesday».\r\n', [pct(12), year(2024), money(4e7, 'EUR'), date()]);
  });
  it('stay exact with accented words, CJK, dashes and no-break spaces', () => {
    check('Zürich café: «€5 million» — Ærø 東京 «20%»\u00a0in\u2009«2024».', [money(5e6, 'EUR'), pct(20), year(2024)]);
  });
  it('are paragraph-relative and never split a figure', () => {
    check('«$5»', [usd(5)]);
    check('«2015»', [year(2015)]);
    check('', []);
  });
});

describe('properties', () => {
  it('every mention is its own slice, sorted and disjoint, on masked seed documents', () => {
    const dir = join(__dirname, '..', '..', '..', 'seeds');
    let total = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') || f.endsWith('.txt'))) {
      const raw = readFileSync(join(dir, name), 'utf8');
      const { masked, blocks } = toProse(raw, name.endsWith('.md') ? 'markdown' : 'plaintext');
      for (const block of blocks) {
        const text = masked.slice(block.start, block.end);
        const mentions = findFigures(text);
        assertWellFormed(text, mentions);
        total += mentions.length;
      }
    }
    assert.ok(total > 50, `found ${total} figures in the seeds`);
  });

  it('holds on generated text mixing figures, markup remnants and noise', () => {
    const parts = ['$1.2bn', ' about ', '12%', ' the ', '1990s', ' March ', '3,', ' 2024', ' 😀', '\r\n', 'https://x.com/a1', ' [1]', '-',
      ' to ', ' million', ' euros', ' one', ' of', 'May', ' between ', ' and ', '2020', '–', '23', ' hundreds of ', 'Q3', ' fiscal ', ' a ', ' year', ' ago'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let k = random(24); k >= 0; k--) {
        text += parts[random(parts.length)]!;
      }
      assertWellFormed(text, findFigures(text));
    }
  });

  it('runs in linear time on pathological input', () => {
    for (const unit of ['the end of ', 'thousands of ', '1,000', '[^', '@a', '1-', "'90s ", 'multi-']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      assertWellFormed(text, findFigures(text));
      assert.ok(Date.now() - started < 2000, `${JSON.stringify(unit)} took ${Date.now() - started} ms`);
    }
  });
});
