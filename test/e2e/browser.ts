/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser build).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; `apt-get install chromium` provides it. */
export const CHROMIUM = process.env['ENTITY_LENS_CHROMIUM'] ?? '/usr/bin/chromium';

/** Launches headless Chromium, or fails with what to install. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (or set ENTITY_LENS_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
