/**
 * A minimal test runner for the extension host (no mocha needed): tests run in order, each line is printed with
 * console.log (the workbench forwards it to the e2e runner), and `runTests` rejects if any test failed, which
 * the workbench reports as exit code 1.
 */

/** One named test. */
export interface TestCase {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** Runs the tests in order and prints TAP-like lines plus a closing "N passed, N failed" line. */
export async function runTests(tests: readonly TestCase[]): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    try {
      await test.run();
      passed++;
      console.log(`ok - ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${test.name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`vscode-api: ${passed} passed, ${failed} failed`);
  if (failed > 0) {
    throw new Error(`${failed} of ${tests.length} VS Code API tests failed`);
  }
}
