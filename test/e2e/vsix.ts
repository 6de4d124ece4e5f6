/**
 * The package under test: `npm run package` must have produced entity-lens.vsix (minified bundles), and its
 * contents must pass the same check as the package test.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkVsixEntries, listZip } from '../package/vsixContents';

/** Returns the .vsix path after checking its contents; throws when it is missing or unclean. */
export function checkPackage(root: string, log: (line: string) => void): string {
  const vsix = join(root, 'entity-lens.vsix');
  if (!existsSync(vsix)) {
    throw new Error(`${vsix} not found: run "npm run package" first (npm run test:e2e does)`);
  }
  const names = listZip(vsix);
  const problems = checkVsixEntries(names);
  if (problems.length > 0) {
    throw new Error(`entity-lens.vsix is not clean:\n  ${problems.join('\n  ')}`);
  }
  log(`entity-lens.vsix: ${names.length} files, ${(statSync(vsix).size / 1024).toFixed(0)} KB`);
  return vsix;
}
