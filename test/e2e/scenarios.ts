/**
 * What a user sees, checked in the browser on the installed .vsix with a copy of seeds/ open: the hover card on a
 * person, its "Show all mentions" link, the grammar's scopes, the unsourced claims in the Problems panel, F12 on a
 * mention, the rivalry panel, and the panel's Content Security Policy against injected code and hostile evidence.
 * Each step saves a screenshot; the README's copies go to media/screenshots/.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { activeTab, cursorPosition, goToPosition, openFile, openWorkbench, runCommand, wordRect } from './workbench';
import { waitFor } from './wait';
import { checkWebviewSecurity } from './webviewSecurity';

/** The outcome of one step. */
export interface UiStep {
  readonly name: string;
  /** Why it failed; undefined when it passed. */
  readonly error?: string;
}

/** Where things are and go. */
export interface UiOptions {
  /** The workspace folder: a copy of seeds/, since a step adds an article to it. */
  readonly seeds: string;
  readonly results: string;
  readonly screenshots: string;
  readonly log: (line: string) => void;
}

const ARTICLE = 'openai-musk-rivalry.md';
const RIVALRY_TITLE = 'Entity Lens: Show Rivalry Overlap';
/** The first hover waits for the server to start and index seeds/. */
const FIRST_ANSWER_MS = 60_000;

/** The content of the (one) open webview: an iframe (the host) holding another iframe (the content). */
function webviewContent(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Runs every step in one browser page; a failed step does not stop the next. */
export async function runUiScenarios(browser: Browser, server: CodeServer, options: UiOptions): Promise<UiStep[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const steps: UiStep[] = [];
  const step = async (name: string, body: () => Promise<void>): Promise<void> => {
    try {
      await body();
      steps.push({ name });
    } catch (error) {
      await page.screenshot({ path: join(options.results, `failed-${steps.length + 1}.png`) }).catch(() => undefined);
      steps.push({ name, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const shot = async (name: string, readme?: string): Promise<void> => {
    const path = join(options.results, `${name}.png`);
    await page.screenshot({ path });
    if (readme) {
      mkdirSync(options.screenshots, { recursive: true });
      copyFileSync(path, join(options.screenshots, `${readme}.png`));
    }
  };
  try {
    await step('workbench opens seeds/ with the extension installed', () => openWorkbench(page, server.url, options.seeds));
    await step('hovering a person shows the card', async () => {
      const card = await hoverCard(page, 'Sam Altman');
      options.log(`hover card: ${card.replace(/\s+/g, ' ').slice(0, 160)}`);
      expect(/person/.test(card), `the card does not say "person": ${card}`);
      await shot('hover', 'hover-card');
    });
    await step("the card's \"Show all mentions\" link runs the trusted command", () => showAllMentions(page, 'Sam Altman'));
    await step('the prose grammar colours Markdown and plain text', async () => {
      // Semantic tokens do not cover these words, so the scopes come from the TextMate grammars.
      await expectScope(page, ARTICLE, 23, 72, 'keyword.other.attribution.hedge.entity-lens');
      await shot('grammar-markdown');
      await expectScope(page, 'battery-bets.txt', 11, 18, 'constant.numeric.money.entity-lens');
      await shot('grammar-plaintext');
    });
    await step('the Problems panel lists the unsourced claims', async () => {
      const rows = await problems(page);
      options.log(`problems: ${rows.length} rows, e.g. ${rows.find((row) => /reportedly/.test(row)) ?? rows[0]}`);
      await shot('problems', 'problems-panel');
    });
    await step('F12 on a mention goes to the registry entry', async () => {
      await goToDefinition(page, options.seeds);
      await shot('definition');
    });
    await step('the rivalry panel shows the overlap', async () => {
      const text = await rivalryPanel(page, 'Sam Altman', 'Elon Musk');
      options.log(`rivalry panel: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
      await shot('rivalry', 'rivalry-panel');
    });
    await step("the rivalry webview's CSP stops injected scripts, and hostile evidence shows as text", async () => {
      // Last: it adds an article to the workspace, which the screenshots above must not show.
      const report = await checkWebviewSecurity(webviewContent(page), options.seeds, FIRST_ANSWER_MS);
      options.log(`webview CSP: "${report.policy.replace(/'nonce-[^']*'/, "'nonce-…'")}", violations reported: ${report.violations.join(', ')}`);
      await shot('rivalry-hostile');
    });
  } finally {
    await page.close();
  }
  return steps;
}

/** Hovers the first rendered occurrence of `name` in the article until the card shows it; returns the card text. */
async function hoverCard(page: Page, name: string): Promise<string> {
  await openFile(page, ARTICLE);
  const hover = page.locator('.monaco-hover:visible', { hasText: name });
  // Until the server has indexed, a hover may come back empty; moving away and back asks again.
  return waitFor(`a hover card for ${name}`, FIRST_ANSWER_MS, async () => {
    const rect = await wordRect(page, name);
    if (!rect) {
      return undefined;
    }
    await page.mouse.move(rect.x - 200, rect.y + 200);
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const shown = await hover.first().waitFor({ timeout: 3_000 }).then(() => true, () => false);
    return shown ? hover.first().innerText() : undefined;
  }, 0);
}

/** Runs the rivalry command from the palette, picks two people, and returns the webview's text. */
async function rivalryPanel(page: Page, a: string, b: string): Promise<string> {
  await openFile(page, ARTICLE);
  await runCommand(page, RIVALRY_TITLE);
  for (const name of [a, b]) {
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: FIRST_ANSWER_MS });
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }
  const body = webviewContent(page).locator('body');
  return waitFor('the rivalry panel to show both people', FIRST_ANSWER_MS, async () => {
    const text = await body.innerText({ timeout: 2_000 }).catch(() => '');
    return text.includes(a) && text.includes(b) ? text : undefined;
  });
}

/** Clicks the hover card's command link and waits for the mentions quick pick it opens. */
async function showAllMentions(page: Page, name: string): Promise<void> {
  await page.locator('.monaco-hover:visible a', { hasText: 'Show all mentions' }).first().click({ timeout: 10_000 });
  const picker = page.locator('.quick-input-widget:visible');
  await picker.locator('.quick-input-title', { hasText: name }).waitFor({ timeout: 10_000 });
  const rows = await picker.locator('.monaco-list-row').count();
  expect(rows > 1, `the mentions quick pick lists ${rows} rows`);
  await page.keyboard.press('Escape');
}

/** Runs "Developer: Inspect Editor Tokens and Scopes" at a 1-based position and expects `scope` in the widget. */
async function expectScope(page: Page, file: string, line: number, column: number, scope: string): Promise<void> {
  await openFile(page, file);
  await goToPosition(page, line, column);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  const text = await waitFor('the token inspector to finish loading', 10_000, async () => {
    const shown = await widget.innerText({ timeout: 2_000 }).catch(() => '');
    return shown && !shown.includes('Loading') ? shown : undefined;
  });
  expect(text.includes(scope), `no ${scope} at ${file}:${line}:${column}; the inspector shows:\n${text}`);
  await page.keyboard.press('Escape');
}

/** Opens the Problems panel and returns its rows once the article's unsourced claims are listed. */
async function problems(page: Page): Promise<string[]> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Focus Problems');
  const rows = page.locator('.markers-panel .monaco-list-row');
  return waitFor('unsourced-claim rows in the Problems panel', FIRST_ANSWER_MS, async () => {
    const texts = await rows.allInnerTexts();
    return texts.some((text) => /has no named source/.test(text)) ? texts : undefined;
  });
}

/** Puts the cursor on "Musk" (line 15, column 2 of the article), presses F12 and checks where it lands. */
async function goToDefinition(page: Page, seeds: string): Promise<void> {
  await openFile(page, ARTICLE);
  await goToPosition(page, 15, 2);
  await page.keyboard.press('F12');
  await activeTab(page, 'entities.json', 30_000);
  const expected = registryEntryLine(join(seeds, 'entities.json'), 'Elon Musk');
  const landed = await waitFor(`the cursor on line ${expected} of entities.json`, 10_000, async () => {
    const at = await cursorPosition(page);
    return at?.line === expected ? at : undefined;
  });
  expect(landed.line === expected, `F12 landed on line ${landed.line}, expected ${expected}`);
}

/** The 1-based line where the registry entry named `name` starts (its opening brace). */
function registryEntryLine(path: string, name: string): number {
  const text = readFileSync(path, 'utf8');
  const at = text.lastIndexOf('{', text.indexOf(`"name": "${name}"`));
  return text.slice(0, at).split('\n').length;
}

function expect(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}
