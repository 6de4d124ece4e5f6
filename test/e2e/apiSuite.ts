/**
 * Runs the VS Code API suite (test/vscode, compiled to out/test/vscode/index.js) inside code-server's remote
 * extension host. The workbench's smoke-test driver reads `extensionDevelopmentPath` and `extensionTestsPath`
 * from the `payload` URL parameter, runs the suite's `run()`, and reports its log lines and exit code through
 * `codeAutomationLog` and `codeAutomationExit`, which must be exposed on the page before it loads (the mechanism
 * @vscode/test-web uses).
 */
import type { Browser } from 'playwright-core';
import type { CodeServer } from './codeServer';

/** The suite's outcome. */
export interface ApiSuiteResult {
  readonly exitCode: number;
  readonly log: readonly string[];
}

/** Opens `folder` with the extension at `extensionPath` under development and waits for the suite to exit. */
export async function runApiSuite(browser: Browser, server: CodeServer, extensionPath: string, folder: string, timeoutMs: number, echo: (line: string) => void): Promise<ApiSuiteResult> {
  const remote = (path: string): string => `vscode-remote://${server.authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(`${extensionPath}/out/test/vscode/index.js`)],
  ];
  const page = await browser.newPage();
  const log: string[] = [];
  try {
    let reportExit: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
      log.push(line);
      echo(line);
    });
    const url = `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the VS Code API suite did not report an exit code within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return { exitCode: await Promise.race([exit, timeout]), log };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await page.close();
  }
}
