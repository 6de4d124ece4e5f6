/**
 * The VS Code API suite: what a user gets from the extension, checked through the real `vscode` API in a real
 * extension host (code-server here, @vscode/test-electron where a desktop VS Code exists). Data-driven where it
 * can be: each navigation case is a seed article, a word in it, and what the answer must contain.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { killServerRepeatedly } from './crash';
import { diagnosticsFor, eventually, hoverText, openSeed, positionOf } from './editor';
import type { TestCase } from './harness';

const EXTENSION_ID = 'entity-lens.entity-lens';
const ARTICLE = 'openai-musk-rivalry.md';
const RIVALRY_COMMAND = 'entityLens.showRivalryOverlap';
/** The `source` of the server's diagnostics (server/src/lsp/convert.ts). */
const DIAGNOSTIC_SOURCE = 'entity-lens';
/** The first answer waits for the server to start and index seeds/; later ones are fast. */
const FIRST_ANSWER_MS = 60_000;

/** The tests, in order: activation comes first. */
export function tests(): TestCase[] {
  return [
    { name: 'activates on a Markdown document', run: activation },
    { name: 'hover on a person shows the card', run: hover },
    { name: 'definition of a registry person goes to entities.json', run: definition },
    { name: 'references list mentions across files', run: references },
    { name: 'unsourced claims are reported as diagnostics', run: diagnostics },
    { name: 'plain-text articles are served too', run: plainText },
    { name: 'the restart command brings the server back', run: restart },
    { name: 'a killed server is restarted and keeps answering', run: () => killServerRepeatedly(hover) },
    { name: 'the rivalry command opens the overlap panel', run: rivalry },
  ];
}

async function activation(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  // The workbench itself sometimes creates a plaintext model (no document of ours) before this runs, which fires
  // onLanguage:plaintext; the e2e runner checks in the extension host log that no activation was a start-up one.
  if (extension.isActive) {
    console.log('note: already active before the first document was opened (an onLanguage event from the workbench)');
  }
  await openSeed(ARTICLE);
  await eventually('activation', 30_000, () => extension.isActive);
}

async function hover(): Promise<void> {
  const document = await openSeed(ARTICLE);
  const hovers = await eventually('a hover card for Altman', FIRST_ANSWER_MS, () =>
    vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Altman', 2)),
    (value) => hoverText(value).includes('Sam Altman'),
  );
  const text = hoverText(hovers);
  assert.match(text, /\*\*Sam Altman\*\*/);
  assert.match(text, /person/);
}

async function definition(): Promise<void> {
  const document = await openSeed(ARTICLE);
  const locations = await eventually('a definition for Musk', FIRST_ANSWER_MS, () =>
    vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Musk', 3)),
    (value) => value.length > 0,
  );
  const target = 'targetUri' in locations[0] ? locations[0].targetUri : locations[0].uri;
  assert.ok(target.path.endsWith('/entities.json'), `definition went to ${target.path}`);
  const registry = await vscode.workspace.openTextDocument(target);
  const range = 'targetRange' in locations[0] ? locations[0].targetRange : locations[0].range;
  assert.match(registry.getText(range), /"Elon Musk"/);
}

async function references(): Promise<void> {
  const document = await openSeed(ARTICLE);
  const locations = await eventually('references to Musk', FIRST_ANSWER_MS, () =>
    vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Musk', 3)),
    (value) => value.length > 0,
  );
  const files = new Set(locations.map((location) => location.uri.path.split('/').pop()));
  assert.ok(files.has(ARTICLE), `no reference in ${ARTICLE}: ${[...files].join(', ')}`);
  assert.ok(files.size >= 2, `references stay in one file: ${[...files].join(', ')}`);
  for (const location of locations.filter((l) => l.uri.toString() === document.uri.toString())) {
    assert.match(document.getText(location.range), /Musk/);
  }
}

async function diagnostics(): Promise<void> {
  const document = await openSeed(ARTICLE);
  const found = await diagnosticsFor(document.uri, FIRST_ANSWER_MS, (list) => list.some((d) => d.source === DIAGNOSTIC_SOURCE));
  const ours = found.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const hedge = ours.find((d) => document.getText(d.range).includes('reportedly'));
  assert.ok(hedge, `no diagnostic on "reportedly": ${JSON.stringify(ours.map((d) => [d.code, document.getText(d.range)]))}`);
  assert.equal(codeOf(hedge), 'hedged-claim');
}

async function plainText(): Promise<void> {
  const document = await openSeed('battery-bets.txt');
  assert.equal(document.languageId, 'plaintext');
  const hovers = await eventually('a hover card in a .txt article', FIRST_ANSWER_MS, () =>
    vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Okonkwo-Reyes')),
    (value) => hoverText(value).includes('Okonkwo-Reyes'),
  );
  assert.match(hoverText(hovers), /person/);
}

async function restart(): Promise<void> {
  await vscode.commands.executeCommand('entityLens.restartServer');
  // A hover after the restart proves a new server process answers (the old one is gone with its connection).
  await hover();
}

async function rivalry(): Promise<void> {
  await openSeed(ARTICLE);
  // With two names the command skips its quick picks, so nothing waits for a user.
  await withDeadline('the rivalry command', FIRST_ANSWER_MS, vscode.commands.executeCommand(RIVALRY_COMMAND, 'Sam Altman', 'Elon Musk'));
  const tab = await eventually('the rivalry panel tab', 10_000, () =>
    vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /Rivalry/.test(t.label)),
  );
  assert.match(tab.label, /Sam Altman/);
  assert.match(tab.label, /Elon Musk/);
}

/** Rejects if `work` has not settled within `timeoutMs` (a command that waits for input must not hang the suite). */
async function withDeadline<T>(what: string, timeoutMs: number, work: Thenable<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(work), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}
