/**
 * The rivalry webview's defences, checked in Chromium inside the panel's content iframe: its CSP is the strict
 * one (nothing by default, scripts only with the nonce, which our one script carries); a script element and an
 * event handler injected without the nonce do not run (Chromium reports a `securitypolicyviolation` instead); and
 * an evidence sentence full of markup, written into the workspace while the panel is open, shows up as text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { waitFor } from './wait';

/** Set on the webview's window by any of the payloads below, should one ever run. */
const RAN_FLAG = 'entityLensPayloadRan';

/**
 * An article whose one sentence the engine takes as evidence that Elon Musk leads SpaceX (so it lands in the
 * overlap with Sam Altman), carrying an image with an event handler, a script breakout and a `javascript:` link.
 */
const HOSTILE_ARTICLE = {
  name: 'hostile-evidence.md',
  text: `# A hostile sentence\n\nMusk leads SpaceX, the rocket company <img src=x onerror="window.${RAN_FLAG}='evidence img'"> </script><script>window.${RAN_FLAG}='evidence script'</script> [click](javascript:window.${RAN_FLAG}='evidence link').\n`,
  /** Text the panel shows when the markup is rendered as text (and not at all when it is parsed). */
  marker: '<img src=x onerror=',
};

/** Chromium's `effectiveDirective` for a blocked script element and for a blocked inline event handler. */
const BLOCKED_DIRECTIVES = ['script-src-elem', 'script-src-attr'];
/** How long the page may take to report the violations of the injected script and handler. */
const VIOLATION_MS = 5_000;

/** What the page reported. */
export interface WebviewSecurityReport {
  readonly policy: string;
  readonly violations: readonly string[];
}

/** Writes the hostile article into `workspace`, waits for the open panel to show it, then checks from inside. */
export async function checkWebviewSecurity(content: FrameLocator, workspace: string, timeoutMs: number): Promise<WebviewSecurityReport> {
  writeFileSync(join(workspace, HOSTILE_ARTICLE.name), HOSTILE_ARTICLE.text);
  const body = content.locator('body');
  // The server sees the new file through its watcher; the visible panel asks again when the index changes.
  await waitFor('the rivalry panel to show the hostile evidence sentence', timeoutMs, async () => {
    const text = await body.innerText({ timeout: 2_000 }).catch(() => '');
    return text.includes(HOSTILE_ARTICLE.marker);
  });
  const page = await body.evaluate(inspectPage, { flag: RAN_FLAG, directives: BLOCKED_DIRECTIVES, timeoutMs: VIOLATION_MS });
  const problems = [
    ...policyProblems(page.policy, page.scriptNonces),
    ...BLOCKED_DIRECTIVES.filter((directive) => !page.violations.includes(directive)).map((directive) => `no ${directive} violation was reported for the injected code`),
    page.ran === null ? undefined : `a payload ran: ${page.ran}`,
    page.parsed.length === 0 ? undefined : `evidence markup was parsed into elements: ${page.parsed.join(', ')}`,
    page.rootText.includes(HOSTILE_ARTICLE.marker) && page.rootText.includes('</script><script>') ? undefined : 'the evidence markup is not shown as text',
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new Error(problems.join('; '));
  }
  // For the step's screenshot.
  await content.locator('button', { hasText: HOSTILE_ARTICLE.marker }).first().scrollIntoViewIfNeeded({ timeout: 5_000 });
  return { policy: page.policy, violations: page.violations };
}

/** Why the policy is not the strict one (one nonce, no fallback), or why our script does not carry its nonce. */
function policyProblems(policy: string, scriptNonces: readonly string[]): string[] {
  const directives = new Map(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name!, values]),
  );
  const problems: string[] = [];
  if (directives.get('default-src')?.join(' ') !== "'none'") {
    problems.push(`default-src is not 'none' in "${policy}"`);
  }
  const scriptSrc = directives.get('script-src') ?? [];
  const nonce = scriptSrc.length === 1 ? /^'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(scriptSrc[0]!)?.[1] : undefined;
  if (!nonce) {
    problems.push(`script-src is not a single nonce in "${policy}"`);
  }
  if (/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/.test(policy)) {
    problems.push(`the policy relaxes itself: "${policy}"`);
  }
  if (nonce && (scriptNonces.length !== 1 || scriptNonces[0] !== nonce)) {
    problems.push(`the panel's script does not carry the policy's nonce (nonces: ${JSON.stringify(scriptNonces)})`);
  }
  return problems;
}

/** What `inspectPage` finds; runs in the webview's content frame. */
interface PageFindings {
  readonly policy: string;
  readonly scriptNonces: string[];
  readonly violations: string[];
  readonly ran: string | null;
  readonly parsed: string[];
  readonly rootText: string;
}

/**
 * Runs inside the content frame (serialized by Playwright, so self-contained): reads the policy, injects a
 * script element and an image with an inline handler, neither with the nonce, and collects the violations.
 */
async function inspectPage(body: HTMLElement, options: { flag: string; directives: string[]; timeoutMs: number }): Promise<PageFindings> {
  const doc = body.ownerDocument;
  const win = doc.defaultView as unknown as Record<string, unknown>;
  const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  // Our bundle only: VS Code's own host script is injected ahead of the policy.
  const scriptNonces = Array.from(doc.querySelectorAll('script[src]')).filter((s) => /rivalry\.js/.test(s.getAttribute('src') ?? '')).map((s) => (s as HTMLScriptElement).nonce ?? '');
  const violations: string[] = [];
  const reported = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, options.timeoutMs);
    doc.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.effectiveDirective);
      if (options.directives.every((d) => violations.includes(d))) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const script = doc.createElement('script');
  script.textContent = `window.${options.flag} = 'injected script';`;
  doc.body.appendChild(script);
  const image = doc.createElement('img');
  image.setAttribute('onerror', `window.${options.flag} = 'injected handler'`);
  image.src = 'x';
  doc.body.appendChild(image);
  await reported;
  const root = doc.getElementById('root');
  const parsed = root ? Array.from(root.querySelectorAll('img, script, iframe, object, embed, a[href], [onerror], [onclick]')).map((e) => e.outerHTML.slice(0, 80)) : ['#root is missing'];
  const ran = win[options.flag];
  return { policy, scriptNonces, violations, ran: ran === undefined ? null : String(ran), parsed, rootText: root?.textContent ?? '' };
}
