/**
 * Hostile text through the real protocol (issue 7): a workspace whose registry, acknowledgements, file names and
 * articles are full of Markdown and HTML injection, dangerous link schemes and invisible controls. Every hover
 * on a recognized name, a figure and a flagged cue is parsed as a GitHub-flavoured renderer would: the only links
 * are the card's own (our two commands with JSON arguments, places in the workspace's files, the registry's
 * http(s) links), no HTML or image survives, no invisible control reaches the text, and the hostile strings
 * still read back as text. Code action titles and diagnostics show invisible controls as code points too.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DocumentDiagnosticRequest, HoverRequest, type CodeAction, type Hover } from 'vscode-languageserver-protocol';
import { EntitiesRequest, SHOW_MENTIONS_COMMAND, SHOW_RIVALRY_OVERLAP_COMMAND } from '../../server/src/protocol';
import { INVISIBLE, visible } from '../support/hostileText';
import { LspTestClient } from '../support/lspClient';
import { positionOf } from '../support/markers';
import { renderMarkdown, type RenderedMarkdown } from '../support/renderedMarkdown';

const COMMAND = '[x](command:workbench.action.terminal.new)';
const PERSON_NAME = `Jane <b>Doe</b>\u202E ${COMMAND}`;
const ORG_NAME = 'Nyx \u2066Labs\u2069 <img src=x onerror=alert(1)>';
const DESCRIPTION = '[ref]: javascript:alert(6) <script>alert(5)</script> </script> `tick` *bold* _it_ # head www.evil.example https://evil.example/d mail@evil.example ![img](http://evil.example/x.png) <javascript:alert(7)>';
const REGISTRY_LINKS = [
  'https://example.org/jane',
  'javascript:alert(1)',
  'command:workbench.action.terminal.new',
  'data:text/html,<script>alert(1)</script>',
  'https://example.org/a)[x](command:evil',
  'https://example.org/\u202Eevil',
  '<javascript:alert(7)>',
];
const REASON = 'Checked <img src=x onerror=alert(1)> [ok](command:workbench.action.terminal.new) \u202Eevil';

const REGISTRY = JSON.stringify({
  entities: [
    {
      name: PERSON_NAME,
      kind: 'person',
      aliases: ['Jane Doe', '![img](http://evil.example/x.png)', 'Evil\u202Egnp.exe\u202C', '<javascript:alert(7)>'],
      description: DESCRIPTION,
      roles: ['CEO of <img src=x onerror=alert(1)>', '</script><script>alert(2)</script>'],
      links: REGISTRY_LINKS,
    },
    {
      name: ORG_NAME,
      kind: 'organization',
      aliases: ['Nyx', 'Zero\u200Bwidth\u2060join\uFEFFbom'],
      sectors: ['</script><script>alert(2)</script>', '\u200Finvisible\u200B', '[data](data:text/html;base64,PHNjcmlwdD4=)'],
      links: ['https://example.org/nyx'],
    },
  ],
});

const A_TEXT = 'CEO Jane Doe said Nyx Ltd. is valued at $2bn. Iris Wex reportedly left the board.\n';
// A file name that would close a link target and open another, and markup in the names the engine detects.
const B_NAME = 'b) [x](command:evil) <img src=x>.md';
const B_TEXT = 'Nyx Ltd. is valued at $3bn.\n\nCEO Cal [Dunn](command:x) said so. CEO Dee *Fenn* said **fine**. Kit_Mo_ Reyes agreed.\n';
const ACKNOWLEDGEMENTS = JSON.stringify({ version: 1, acknowledgements: [{ sentence: 'Iris Wex reportedly left the board.', code: 'hedged-claim', reason: REASON }] });

/** A workspace folder on disk with the hostile files. */
function makeWorkspace(): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-hostile-'));
  mkdirSync(join(dir, '.entity-lens'));
  const files: Record<string, string> = { 'entities.json': REGISTRY, 'a.txt': A_TEXT, [B_NAME]: B_TEXT, '.entity-lens/acknowledgements.json': ACKNOWLEDGEMENTS };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
  }
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href };
}

async function indexed(client: LspTestClient): Promise<void> {
  for (let tries = 0; tries < 2000; tries++) {
    if ((await client.connection.sendRequest(EntitiesRequest, {})).complete) {
      return;
    }
  }
  throw new Error('index did not complete');
}

function hoverValue(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as { value: string }).value;
}

/** The links a card may have: our commands with a JSON array of strings, places in the workspace, registry http(s) links. */
function assertOwnLinks(rendered: RenderedMarkdown, workspaceUris: readonly string[], registryLinks: readonly string[]): void {
  for (const { href, text } of rendered.links) {
    const command = /^command:([\w.]+)\?(.*)$/.exec(href);
    if (command) {
      assert.ok([SHOW_MENTIONS_COMMAND, SHOW_RIVALRY_OVERLAP_COMMAND].includes(command[1]!), `command link to ${command[1]}`);
      const args: unknown = JSON.parse(decodeURIComponent(command[2]!));
      assert.ok(Array.isArray(args) && args.every((a) => typeof a === 'string'), `command arguments ${command[2]}`);
      assert.ok(['Show all mentions', 'Compare with\u2026'].includes(text), `command link label ${text}`);
    } else if (href.startsWith('file:')) {
      const [target, line] = href.split('#');
      assert.ok(workspaceUris.some((uri) => decodeURIComponent(uri) === decodeURIComponent(target!)), `place link to ${href}`);
      assert.match(line ?? '', /^L\d+$/);
    } else {
      assert.ok(registryLinks.includes(href), `unexpected link ${href} (${text})`);
      assert.match(href, /^https?:\/\//);
      assert.equal(text, href);
    }
  }
}

function assertInert(rendered: RenderedMarkdown, markdown: string): void {
  assert.deepEqual(rendered.images, [], 'no image');
  assert.deepEqual(rendered.html, [], 'no raw HTML');
  assert.deepEqual([...rendered.tags].filter((t) => !['p', 'strong', 'em', 'a', 'code'].includes(t)), [], 'only the card\'s own markup');
  assert.ok(!INVISIBLE.test(markdown), 'no invisible control in the Markdown');
  assert.ok(!INVISIBLE.test(rendered.text), 'no invisible control in the text');
}

describe('hostile text in hovers, over the protocol', () => {
  const ws = makeWorkspace();
  const client = LspTestClient.inProcess();
  const A = ws.uri('a.txt');
  const B = ws.uri(B_NAME);
  const workspaceUris = [A, B];

  before(async () => {
    await client.initialize({ folders: [ws.dir], pullDiagnostics: true, initializationOptions: { commandLinks: true, workspaceTrusted: true } });
    await indexed(client);
    await client.open(A, A_TEXT, 'plaintext');
    await client.open(B, B_TEXT, 'markdown');
  });
  after(async () => {
    await client.dispose();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  const hover = async (uri: string, text: string, needle: string): Promise<{ markdown: string; rendered: RenderedMarkdown }> => {
    const markdown = hoverValue(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 1) }));
    return { markdown, rendered: await renderMarkdown(markdown) };
  };

  it('renders a registry person with hostile name, aliases, roles, description and links as text', async () => {
    const { markdown, rendered } = await hover(A, A_TEXT, 'Jane Doe');
    assertInert(rendered, markdown);
    assertOwnLinks(rendered, workspaceUris, REGISTRY_LINKS);
    assert.deepEqual(rendered.links.filter((l) => /^https?:/.test(l.href)).map((l) => l.href), ['https://example.org/jane'], 'only the plain http(s) registry link is a link');
    assert.equal(rendered.links.filter((l) => l.href.startsWith('command:')).length, 2, 'show mentions and compare');
    for (const text of [PERSON_NAME, DESCRIPTION, 'CEO of <img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', 'Evil\u202Egnp.exe\u202C', ...REGISTRY_LINKS.slice(1)]) {
      assert.ok(rendered.text.includes(visible(text)), `${JSON.stringify(text)} reads back`);
    }
    assert.ok(rendered.text.includes('Jane <b>Doe</b>[U+202E] [x](command:workbench.action.terminal.new)'));
  });

  it('renders a registry organization with hostile sectors and an invisible-character alias as text', async () => {
    const { markdown, rendered } = await hover(A, A_TEXT, 'Nyx Ltd.');
    assertInert(rendered, markdown);
    assertOwnLinks(rendered, workspaceUris, ['https://example.org/nyx']);
    for (const text of [ORG_NAME, '</script><script>alert(2)</script>', '\u200Finvisible\u200B', '[data](data:text/html;base64,PHNjcmlwdD4=)', 'Zero\u200Bwidth\u2060join\uFEFFbom']) {
      assert.ok(rendered.text.includes(visible(text)), `${JSON.stringify(text)} reads back`);
    }
  });

  it('renders names written inside Markdown markup, and a hostile file name, as text', async () => {
    for (const needle of ['Cal', 'Dee', 'Kit_Mo_']) {
      const { markdown, rendered } = await hover(B, B_TEXT, needle);
      assertInert(rendered, markdown);
      assertOwnLinks(rendered, workspaceUris, []);
      assert.ok(rendered.links.some((l) => l.href.startsWith('file:') && l.text === `${B_NAME}:3`), `the place link reads ${B_NAME}:3`);
    }
  });

  it('renders figure cards and the same figure elsewhere with hostile names and file names as text', async () => {
    const { markdown, rendered } = await hover(A, A_TEXT, '$2bn');
    assertInert(rendered, markdown);
    assertOwnLinks(rendered, workspaceUris, []);
    assert.ok(rendered.text.includes(visible(ORG_NAME)), 'about and the inconsistency message name the organization');
    assert.deepEqual(rendered.links.map((l) => l.text), [`${B_NAME}:1`], 'one place link, to the hostile file');
  });

  it('renders an acknowledgement reason as text', async () => {
    const { markdown, rendered } = await hover(A, A_TEXT, 'reportedly');
    assertInert(rendered, markdown);
    assert.deepEqual(rendered.links, []);
    assert.ok(rendered.text.includes(visible(REASON)), rendered.text);
  });

  it('shows invisible controls as code points in diagnostics and code action titles', async () => {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: A } });
    const items = (report as { items: Array<{ message: string; code?: unknown; relatedInformation?: Array<{ message: string }> }> }).items;
    const inconsistent = items.find((d) => d.code === 'inconsistent-figure');
    assert.ok(inconsistent, JSON.stringify(items));
    assert.ok(inconsistent.message.includes(visible(ORG_NAME)), inconsistent.message);
    for (const message of [...items.map((d) => d.message), ...items.flatMap((d) => d.relatedInformation ?? []).map((r) => r.message)]) {
      assert.ok(!INVISIBLE.test(message), message);
    }
    const at = positionOf(A_TEXT, 'Jane Doe', 1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: A }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.includes(visible(PERSON_NAME))), titles.join('\n'));
    assert.ok(titles.every((t) => !INVISIBLE.test(t)), titles.join('\n'));
  });
});
