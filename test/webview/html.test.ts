/**
 * The rivalry webview's HTML shell and the extension-side model: a strict CSP with a fresh nonce, one external
 * script and no inline code, data only in an escaped attribute; evidence ids mapped to places on the extension
 * side; Markdown export with escaped names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RivalryOverlapResult } from '../../server/src/protocol';
import { escapeMarkdown, overlapMarkdown, toOverlapModel } from '../../client/src/rivalryModel';
import { contentSecurityPolicy, createNonce, renderShell } from '../../client/src/webviewHtml';
import { hostileView, NO_OVERLAP, ORDINARY } from './fixtures';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function shell(initial: unknown, nonce = createNonce()): { html: string; nonce: string } {
  const html = renderShell({ cspSource: CSP_SOURCE, scriptUri: `${CSP_SOURCE}/ext/client/dist/webview/rivalry.js`, styleUri: `${CSP_SOURCE}/ext/client/media/rivalry.css`, nonce, initial, title: 'Rivalry Overlap' });
  return { html, nonce };
}

function unescapeAttribute(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('rivalry webview HTML shell', () => {
  it('sets the strict CSP with the nonce, and loads one external script carrying it', () => {
    const { html, nonce } = shell(ORDINARY);
    const policy = `default-src 'none'; style-src ${CSP_SOURCE}; img-src ${CSP_SOURCE}; script-src 'nonce-${nonce}';`;
    assert.equal(contentSecurityPolicy(CSP_SOURCE, nonce), policy);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${policy}">`), html);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]![2], '', 'no inline script code');
    assert.match(scripts[0]![1]!, new RegExp(`nonce="${nonce.replace(/[+/]/g, '\\$&')}"`));
    assert.match(scripts[0]![1]!, /src="[^"]+\/client\/dist\/webview\/rivalry\.js"/);
    assert.ok(!/\son[a-z]+=|style=/i.test(html), 'no inline handlers or styles');
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, createNonce));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) {
      assert.equal(Buffer.from(nonce, 'base64').length, 16);
    }
  });

  it('puts hostile initial data only in an escaped data attribute, which reads back exactly', () => {
    const view = hostileView();
    const { html } = shell(view);
    // The hostile data made no element: the shell's tags are all there is.
    const tags = [...html.matchAll(/<([!a-zA-Z]+)/g)].map(([, tag]) => tag);
    assert.deepEqual(tags, ['!DOCTYPE', 'html', 'head', 'meta', 'meta', 'meta', 'link', 'title', 'body', 'div', 'script']);
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    const value = /data-initial="([^"]*)"/.exec(html)![1]!;
    assert.deepEqual(JSON.parse(unescapeAttribute(value)), view);
  });
});

describe('rivalry panel model', () => {
  const range = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 30 } });
  const result: RivalryOverlapResult = {
    a: { id: 'person:a', name: 'Ada [Brennock]' },
    b: { id: 'person:b', name: 'Bo <b>' },
    sectors: [{
      sector: 'space launch',
      a: [{ organization: 'Kestrel', relation: 'leads', evidence: [{ path: '/w/a.md', line: 2, text: 'Ada leads Kestrel.', uri: 'file:///w/a.md', range: range(2) }] }],
      b: [{ organization: 'Tern | Orbital', relation: 'owns', evidence: [{ path: '/w/b.md', line: 9, text: 'Bo owns *Tern*.', uri: 'file:///w/b.md', range: range(9) }] }],
    }],
    onlyA: [],
    onlyB: [{ sector: 'robotics', organizations: [{ organization: 'Gearloft', relation: 'invested-in', evidence: [{ path: '/w/c.md', line: 0, text: 'Bo backed Gearloft.', uri: 'file:///w/c.md', range: range(0) }] }] }],
  };

  it('gives the webview evidence ids and keeps the places on the extension side', () => {
    const { view, targets } = toOverlapModel(result, (uri) => uri.replace('file:///w/', ''));
    assert.deepEqual(view.sectors[0]!.a[0]!.evidence, [{ id: 0, where: 'a.md:3', text: 'Ada leads Kestrel.' }]);
    assert.deepEqual(view.onlyB[0]!.organizations[0]!.evidence[0], { id: 2, where: 'c.md:1', text: 'Bo backed Gearloft.' });
    assert.deepEqual(targets, [{ uri: 'file:///w/a.md', range: range(2) }, { uri: 'file:///w/b.md', range: range(9) }, { uri: 'file:///w/c.md', range: range(0) }]);
    assert.ok(!JSON.stringify(view).includes('file:///'), 'no URIs reach the webview');
  });

  it('copies as Markdown with a table, evidence and escaped names', () => {
    const markdown = overlapMarkdown(toOverlapModel(result, (uri) => uri.replace('file:///w/', '')).view);
    assert.match(markdown, /^# Rivalry overlap: Ada \\\[Brennock\\\] and Bo \\<b\\>$/m);
    assert.match(markdown, /^\| space launch \| Kestrel \(leads\) \| Tern \\\| Orbital \(owns\) \|$/m);
    assert.match(markdown, /^- space launch, Bo \\<b\\>, Tern \\\| Orbital: "Bo owns \\\*Tern\\\*\." \(b\.md:10\)$/m);
    assert.match(markdown, /^\*\*Bo \\<b\\>\*\* also has: robotics \(Gearloft\)$/m);
    assert.match(overlapMarkdown(NO_OVERLAP), /No overlap: Ottoline Barrowcliffe and Adaeze Thorsby-Nwosu share no sector/);
    assert.match(overlapMarkdown(ORDINARY), /\| artificial intelligence \| OpenAI \(leads, co-founded\) \| xAI \(founded\) \|/);
    assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert(1)\\>');
  });
});
