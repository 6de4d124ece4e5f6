/**
 * Driving the code-server workbench the way a user does: keyboard shortcuts, the command palette, Quick Open and
 * the mouse. Every wait has a deadline (Playwright's `timeout`, or `waitFor`).
 */
import type { Page } from 'playwright-core';
import { waitFor } from './wait';

/** The shortcut modifier: code-server in Chromium on Linux uses Ctrl. */
const MOD = 'Control';

/** Opens the workbench on `folder` and waits for the Explorer to list files. */
export async function openWorkbench(page: Page, baseUrl: string, folder: string): Promise<void> {
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Opens a file with Quick Open (Ctrl+P) and waits for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${MOD}+P`);
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(name);
  // Recently opened files are listed before typing filters them: wait until the focused row is the file.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await activeTab(page, name);
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 10_000 });
}

/** Waits until the active editor tab is `name`. */
export async function activeTab(page: Page, name: string, timeoutMs = 10_000): Promise<void> {
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: timeoutMs });
}

/** Runs a command from the command palette (F1) by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column, and waits for the status bar to agree. */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press(`${MOD}+G`);
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitFor(`the cursor at ${line}:${column}`, 10_000, async () => {
    const at = await cursorPosition(page);
    return at?.line === line && at.column === column;
  });
}

/** The cursor position shown in the status bar ("Ln 12, Col 5"). */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number } | undefined> {
  const text = await page.locator('[id="status.editor.selection"]').innerText({ timeout: 2_000 }).catch(() => '');
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** The screen rectangle of the first occurrence of `word` in the editor's rendered lines. */
export async function wordRect(page: Page, word: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  return page.evaluate((target) => {
    const lines = document.querySelector('.editor-instance .view-lines');
    if (!lines) {
      return undefined;
    }
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // Monaco renders spaces as non-breaking spaces.
      const at = text.replace(/\u00a0/g, ' ').indexOf(target);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
    }
    return undefined;
  }, word);
}
