/**
 * The extension manifest (package.json) is complete and consistent: no start-up activation, every command has a
 * category and is contributed where a menu names it, and every file the manifest points at exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..', '..');

interface Manifest {
  readonly icon?: string;
  readonly main: string;
  readonly activationEvents?: readonly string[];
  readonly capabilities?: { readonly untrustedWorkspaces?: { readonly supported: boolean | 'limited'; readonly description?: string } };
  readonly contributes: {
    readonly commands: readonly { command: string; title: string; category?: string }[];
    readonly menus: Readonly<Record<string, readonly { command?: string }[]>>;
    readonly jsonValidation: readonly { fileMatch: string | string[]; url: string }[];
    readonly grammars: readonly { scopeName: string; path: string; language?: string; injectTo?: string[] }[];
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('extension manifest', () => {
  it('never activates at start-up', () => {
    // onLanguage, onCommand, onView and onWebviewPanel fire on a user's action; "*", onStartupFinished and
    // workspaceContains fire when a window opens.
    const startup = (manifest.activationEvents ?? []).filter((event) => !/^(onLanguage|onCommand|onView|onWebviewPanel):/.test(event));
    assert.deepEqual(startup, []);
  });

  it('runs in untrusted workspaces with limits, and says which', () => {
    // Restricted Mode: registry links are not made clickable (the server is told `workspaceTrusted`).
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.match(untrusted?.description ?? '', /registry.*links/);
  });

  it('gives every command a category', () => {
    assert.deepEqual(manifest.contributes.commands.filter((c) => !c.category).map((c) => c.command), []);
  });

  it('names only contributed commands in menus', () => {
    const known = new Set(manifest.contributes.commands.map((c) => c.command));
    const named = Object.values(manifest.contributes.menus).flatMap((items) => items.map((item) => item.command).filter((c): c is string => c !== undefined));
    assert.deepEqual(named.filter((command) => !known.has(command)), []);
  });

  it('points at files that exist', () => {
    const paths = [manifest.icon ?? 'media/icon.png', ...manifest.contributes.jsonValidation.map((v) => v.url), ...manifest.contributes.grammars.map((g) => g.path)];
    assert.deepEqual(paths.filter((path) => !existsSync(join(ROOT, path))), []);
  });

  it('validates registries with the schema and colours Markdown and plain text', () => {
    const matches = manifest.contributes.jsonValidation.flatMap((v) => v.fileMatch);
    assert.ok(matches.includes('entities.json') && matches.includes('*.entities.json'), `jsonValidation.fileMatch: ${matches.join(', ')}`);
    assert.ok(manifest.contributes.grammars.some((g) => g.injectTo?.includes('text.html.markdown')));
    assert.ok(manifest.contributes.grammars.some((g) => g.language === 'plaintext'));
  });
});
