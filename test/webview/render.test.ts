/**
 * The rivalry webview's rendering, without a browser: render.ts and diagram.ts build a plain element tree, so
 * the tests inspect what would become the DOM. Ordinary data shows sectors, both sides, evidence and the diagram;
 * "no overlap" says so and shows both sides; hostile data stays inert text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagramSummary, renderDiagram } from '../../client/src/webview/diagram';
import { isFromWebviewMessage, isOverlapView, isToWebviewMessage } from '../../client/src/webview/messages';
import { COPY_MARKDOWN_ACTION, renderError, renderOverlap } from '../../client/src/webview/render';
import { h, inert, textOf, type ElementNode, type ViewNode } from '../../client/src/webview/tree';
import { BIDI, HOSTILE_STRINGS, hostileView, NO_OVERLAP, ORDINARY } from './fixtures';

/** Every element of a tree, depth first. */
function elements(node: ViewNode): ElementNode[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}

/** Every text node of a tree. */
function texts(node: ViewNode): string[] {
  return typeof node === 'string' ? [node] : node.children.flatMap(texts);
}

function find(root: ViewNode, predicate: (e: ElementNode) => boolean): ElementNode[] {
  return elements(root).filter(predicate);
}

/** What a browser would see if the tree were serialized: attribute values and text escaped. */
function serialize(node: ViewNode): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (typeof node === 'string') {
    return esc(node);
  }
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  return `<${node.tag}${attrs}>${node.children.map(serialize).join('')}</${node.tag}>`;
}

const SAFE_TAGS = new Set(['main', 'header', 'h1', 'h2', 'h3', 'p', 'button', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'span', 'q', 'section', 'svg', 'title', 'defs', 'marker', 'path', 'g', 'line', 'rect', 'text']);

describe('rivalry view rendering', () => {
  it('shows the shared sectors in a table with both sides, relations and evidence', () => {
    const root = renderOverlap(ORDINARY);
    const table = find(root, (e) => e.tag === 'table')[0]!;
    const headers = find(table, (e) => e.tag === 'th' && e.attrs['scope'] === 'col').map(textOf);
    assert.deepEqual(headers, ['Sector', 'Sam Altman', 'Elon Musk']);
    const rows = find(table, (e) => e.tag === 'th' && e.attrs['scope'] === 'row').map(textOf);
    assert.deepEqual(rows, ['artificial intelligence', 'space launch']);
    const firstRow = find(table, (e) => e.tag === 'tr')[1]!;
    assert.match(textOf(firstRow), /OpenAI \(leads, co-founded\).*xAI \(founded\)/);
    assert.match(textOf(root), /Sam Altman and Elon Musk compete in 2 sectors\./);
    assert.match(textOf(root), /Not shared.*nuclear energy.*Helion.*electric vehicles.*Tesla/);
  });

  it('makes every evidence sentence a focusable button carrying only its id', () => {
    const buttons = find(renderOverlap(ORDINARY), (e) => e.attrs['data-evidence'] !== undefined);
    assert.deepEqual(buttons.map((b) => b.attrs['data-evidence']), ['0', '1', '2', '3']);
    for (const button of buttons) {
      assert.equal(button.tag, 'button');
      assert.equal(button.attrs['type'], 'button');
    }
    assert.match(textOf(buttons[0]!), /^seeds\/a\.md:3 OpenAI's Sam Altman went shopping\.$/);
    const copy = find(renderOverlap(ORDINARY), (e) => e.attrs['data-action'] === COPY_MARKDOWN_ACTION);
    assert.equal(copy.length, 1);
    assert.equal(textOf(copy[0]!), 'Copy as Markdown');
  });

  it('draws the diagram from the data, with a text alternative', () => {
    const svg = renderDiagram(ORDINARY)!;
    assert.equal(svg.svg, true);
    assert.equal(svg.attrs['role'], 'img');
    assert.equal(svg.attrs['aria-label'], diagramSummary(ORDINARY));
    assert.match(svg.attrs['aria-label']!, /artificial intelligence: Sam Altman through OpenAI; Elon Musk through xAI/);
    const nodes = find(svg, (e) => e.tag === 'g' && /\bnode\b/.test(e.attrs['class'] ?? ''));
    const names = nodes.map((g) => textOf(g.children.find((c) => typeof c !== 'string' && c.tag === 'title')!));
    assert.deepEqual(names, ['Sam Altman', 'OpenAI', 'Stoke Space', 'artificial intelligence', 'space launch', 'xAI', 'SpaceX', 'Elon Musk']);
    // Long names are shortened in their box; the node's title keeps the full name.
    const labels = find(svg, (e) => e.tag === 'text').map(textOf);
    assert.equal(labels[3], 'artificial intelligen\u2026');
    // A -> 2 organizations, 2 organization -> sector edges per side, B -> 2 organizations.
    assert.equal(find(svg, (e) => e.tag === 'line').length, 8);
    assert.ok(elements(svg).every((e) => e.svg), 'every diagram element is in the SVG namespace');
    assert.ok(find(renderOverlap(ORDINARY), (e) => e.tag === 'svg').length === 1);
  });

  it('says plainly when nothing overlaps and shows what each side has', () => {
    const root = renderOverlap(NO_OVERLAP);
    const text = textOf(root);
    assert.match(text, /No overlap: Ottoline Barrowcliffe and Adaeze Thorsby-Nwosu share no sector in these documents\./);
    assert.match(text, /What each side has.*Ottoline Barrowcliffe.*nuclear energy.*Fennimore Atomics.*Adaeze Thorsby-Nwosu.*food delivery.*Chowrider/);
    assert.equal(find(root, (e) => e.tag === 'table' || e.tag === 'svg').length, 0);
    assert.equal(renderDiagram(NO_OVERLAP), undefined);
    const empty = renderOverlap({ ...NO_OVERLAP, onlyB: [] });
    assert.match(textOf(empty), /No sector found in the text for Adaeze Thorsby-Nwosu\./);
  });

  it('shows errors as an alert', () => {
    const root = renderError("no person named 'X'; did you mean 'Y'?");
    assert.equal(find(root, (e) => e.attrs['role'] === 'alert').length, 1);
  });

  it('keeps hostile data inert: text only, no markup, no links, no handlers, bidi controls made visible', () => {
    const root = renderOverlap(hostileView());
    for (const e of elements(root)) {
      assert.ok(SAFE_TAGS.has(e.tag), `unexpected element <${e.tag}>`);
      for (const name of Object.keys(e.attrs)) {
        assert.ok(!/^on|^href$|^src$|^style$|^xlink:/i.test(name), `unexpected attribute ${name}`);
      }
      if (e.attrs['data-evidence'] !== undefined) {
        assert.match(e.attrs['data-evidence'], /^\d+$/);
      }
    }
    const all = [...texts(root), ...elements(root).flatMap((e) => Object.values(e.attrs))];
    assert.ok(all.every((t) => !BIDI.test(t)), 'no raw bidi control reaches text or attributes');
    assert.ok(texts(root).some((t) => t.includes('[U+202E]')), 'bidi controls are shown as code points');
    const html = serialize(root);
    // Serialized, the hostile markup is escaped text: every tag of the output is one the renderer made.
    for (const [, tag, attrs] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
      assert.ok(SAFE_TAGS.has(tag!), `serialized <${tag}>`);
      assert.match(attrs!, /^(?:\s[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*$/, `attributes of <${tag}>`);
      const names = [...attrs!.matchAll(/\s([a-zA-Z][a-zA-Z0-9-]*)="[^"]*"/g)].map(([, name]) => name!);
      assert.ok(!names.some((name) => /^on|^href$|^src$|^style$/i.test(name)), names.join(' '));
    }
    for (const hostile of HOSTILE_STRINGS.slice(0, 4)) {
      assert.ok(texts(root).some((t) => t.includes(hostile)), `${hostile} is shown as text`);
    }
  });

  it('refuses attributes that could run code or navigate', () => {
    for (const name of ['onclick', 'onerror', 'href', 'src', 'style', 'xlink:href', 'formaction']) {
      assert.throws(() => h('button', { [name]: 'x' }), /not allowed/);
    }
    assert.equal(inert('a\u202Eb\u0007c\td\ne'), 'a[U+202E]b[U+0007]c\td\ne');
    assert.equal(inert('zero\u200Bwidth\u2060join\uFEFFbom \u0928\u094D\u200D\u092F'), 'zero[U+200B]width[U+2060]join[U+FEFF]bom \u0928\u094D\u200D\u092F');
  });
});

describe('webview message guards', () => {
  it('accepts only well-formed messages from the webview', () => {
    for (const ok of [{ type: 'ready' }, { type: 'copyMarkdown' }, { type: 'openEvidence', id: 3 }]) {
      assert.equal(isFromWebviewMessage(ok), true, JSON.stringify(ok));
    }
    const bad: unknown[] = [null, undefined, 'ready', [], {}, { type: 'openEvidence' }, { type: 'openEvidence', id: '1' }, { type: 'openEvidence', id: -1 }, { type: 'openEvidence', id: 1.5 }, { type: 'openFile', uri: 'file:///etc/passwd' }, { type: 'run', command: 'x' }];
    for (const message of bad) {
      assert.equal(isFromWebviewMessage(message), false, JSON.stringify(message));
    }
  });

  it('accepts only well-formed views and messages in the webview', () => {
    assert.equal(isOverlapView(ORDINARY), true);
    assert.equal(isOverlapView(hostileView()), true);
    assert.equal(isToWebviewMessage({ type: 'show', view: NO_OVERLAP }), true);
    assert.equal(isToWebviewMessage({ type: 'error', message: 'x' }), true);
    assert.equal(isOverlapView({ ...ORDINARY, a: { name: 1 } }), false);
    assert.equal(isOverlapView({ ...ORDINARY, sectors: [{ sector: 's', a: [{ organization: 'o', relation: 'r', evidence: [{ id: 'x', where: '', text: '' }] }], b: [] }] }), false);
    assert.equal(isToWebviewMessage({ type: 'show' }), false);
    assert.equal(isToWebviewMessage({ type: 'error', message: { html: '<b>' } }), false);
  });
});
