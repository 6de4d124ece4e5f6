/**
 * Escaping of document and registry text for hover Markdown (issue 7, hostile text), checked on what a
 * GitHub-flavoured renderer makes of it: every hostile string, and random mixes of Markdown's special
 * characters, render as one plain paragraph (no link, image, HTML, code, heading, list, table or rule) whose
 * visible text is the input with white space collapsed and invisible controls shown as "[U+XXXX]".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeMarkdown, linkTarget } from '../../server/src/lsp/hoverCard';
import { hasInvisibles, showInvisibles } from '../../server/src/util/invisibles';
import { runs } from '../reliability/arbitraries';
import { HOSTILE_STRINGS, INVISIBLE, visible } from '../support/hostileText';
import { renderMarkdown } from '../support/renderedMarkdown';

/** What a reader must see for `text`: its characters, white space collapsed, invisible controls made visible. */
function expectedText(text: string): string {
  return showInvisibles(text).replace(/\s+/g, ' ').trim();
}

async function assertInert(text: string): Promise<void> {
  const rendered = await renderMarkdown(escapeMarkdown(text));
  assert.deepEqual(rendered.links, [], `no link from ${JSON.stringify(text)}`);
  assert.deepEqual(rendered.images, [], `no image from ${JSON.stringify(text)}`);
  assert.deepEqual(rendered.html, [], `no HTML from ${JSON.stringify(text)}`);
  assert.deepEqual([...rendered.tags].filter((t) => t !== 'p'), [], `only a paragraph from ${JSON.stringify(text)}`);
  assert.equal(rendered.text.trim(), expectedText(text), `${JSON.stringify(text)} reads back`);
}

/** As a link label (place links show file names): exactly the card's link, whose label reads back. */
async function assertInertLabel(text: string): Promise<void> {
  const rendered = await renderMarkdown(`[${escapeMarkdown(text)}](file:///w/a.md#L1)`);
  assert.deepEqual(rendered.links.map((l) => ({ ...l, text: l.text.trim() })), [{ href: 'file:///w/a.md#L1', text: expectedText(text) }], `label ${JSON.stringify(text)}`);
  assert.deepEqual(rendered.images, []);
  assert.deepEqual(rendered.html, []);
}

// Markdown's special characters and the starts of links, autolinks, HTML and block markers.
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom('\\', '*', '_', '[', ']', '(', ')', '<', '>', '&', '#', '`', '~', '|', '!', ':', '/', '@', '=', '-', '+', '.', '"', "'", ' ', '\n', '\t', '\u00A0'),
  fc.constantFrom('www.', 'WWW.', 'http', 'https://a.b', 'ftp://a.b', 'mailto:', 'a@b.co', 'command:x', '1.', '2)', '&amp;', '&#x3C;', '$(zap)', '[^1]', '\u202E', '\u2067', '\u200B', '\uFEFF'),
  fc.stringMatching(/^[a-z]{1,4}$/),
);

describe('hover Markdown escaping of hostile text', () => {
  for (const text of HOSTILE_STRINGS) {
    it(`renders ${JSON.stringify(text)} as plain text, and as a link label`, async () => {
      await assertInert(text);
      await assertInertLabel(text);
    });
  }

  it('renders any mix of special characters as plain text that reads back', async () => {
    await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), assertInert), { numRuns: runs(300) });
  });

  it('renders any mix of special characters as a link label that reads back', async () => {
    await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), assertInertLabel), { numRuns: runs(300) });
  });

  it('shows bidirectional and zero-width controls as code points, and keeps joiners', () => {
    assert.equal(showInvisibles('Evil\u202Egnp.exe\u202C'), 'Evil[U+202E]gnp.exe[U+202C]');
    assert.equal(showInvisibles('\u2066a\u2069\u200Fb\u200Bc\u2060d\uFEFFe\u0007f\u009Bg'), '[U+2066]a[U+2069][U+200F]b[U+200B]c[U+2060]d[U+FEFF]e[U+0007]f[U+009B]g');
    assert.equal(showInvisibles('\u0928\u094D\u200D\u092F \uD83D\uDC69\u200D\uD83D\uDCBB tab\there\nline'), '\u0928\u094D\u200D\u092F \uD83D\uDC69\u200D\uD83D\uDCBB tab\there\nline');
    assert.equal(hasInvisibles('plain'), false);
    assert.equal(hasInvisibles('a\u202Eb'), true);
    for (const text of HOSTILE_STRINGS) {
      assert.ok(!INVISIBLE.test(escapeMarkdown(text)), JSON.stringify(text));
      assert.equal(showInvisibles(text), visible(text));
    }
  });

  it('percent-encodes everything in a link target that could end or hide in the link', async () => {
    const target = linkTarget('file:///w/a)[x](command:evil) <b> "q" \\ \u202E\u00E9.md');
    assert.equal(target, 'file:///w/a%29[x]%28command:evil%29%20%3Cb%3E%20%22q%22%20%5C%20%E2%80%AE%C3%A9.md');
    const rendered = await renderMarkdown(`[a.md:1](${target}#L1)`);
    assert.deepEqual(rendered.links, [{ href: `${target}#L1`, text: 'a.md:1' }]);
    assert.equal(linkTarget('file:///w/lone\uD800.md'), 'file:///w/lone%EF%BF%BD.md');
  });
});
