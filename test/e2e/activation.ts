/**
 * Reads how VS Code activated the extension from the extension host's log (`ExtensionService#_doActivateExtension
 * ID, startup: BOOL, activationEvent: 'EVENT'`): the manifest promises no start-up activation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One activation as logged. */
export interface Activation {
  readonly startup: boolean;
  readonly event: string;
}

/** Every logged activation of `extensionId` under a profile's user data directory. */
export function loggedActivations(userDataDir: string, extensionId: string): Activation[] {
  const pattern = new RegExp(`_doActivateExtension ${extensionId.replace(/\./g, '\\.')}, startup: (true|false), activationEvent: '([^']+)'`, 'g');
  return logFiles(join(userDataDir, 'logs')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => ({ startup: match[1] === 'true', event: match[2] })),
  );
}

/** Undefined when the extension was activated, never at start-up and only by a document's language; else why not. */
export function checkActivation(activations: readonly Activation[]): string | undefined {
  if (activations.length === 0) {
    return 'the extension host log shows no activation of the extension';
  }
  const wrong = activations.filter((a) => a.startup || !a.event.startsWith('onLanguage:'));
  return wrong.length > 0 ? `unexpected activation: ${wrong.map((a) => `${a.event} (startup: ${a.startup})`).join(', ')}` : undefined;
}

function logFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? logFiles(path) : name.endsWith('exthost.log') ? [path] : [];
  });
}
