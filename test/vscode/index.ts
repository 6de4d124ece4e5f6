/**
 * Entry point loaded by VS Code as `extensionTestsPath`: `run()` resolves when every test passed and rejects
 * otherwise, which the workbench turns into the run's exit code.
 */
import { runTests } from './harness';
import { tests } from './suite';

/** Runs the VS Code API suite. */
export async function run(): Promise<void> {
  await runTests(tests());
}
