/**
 * Finds every regular expression written in the project's TypeScript sources, for the ReDoS audit
 * (regex.test.ts). Uses the TypeScript compiler's parser rather than a text search, so regexes inside strings or
 * comments are not mistaken for code, and `/` division is never mistaken for a regex. Not a test file itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** One regular expression found in the sources. */
export interface FoundRegex {
  /** "server/src/analysis/names.ts:42", relative to the repository root. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  /** How it was written: a literal, or `new RegExp('...')` / `RegExp('...')` with a string-literal source. */
  readonly form: 'literal' | 'constructor';
}

/** A `RegExp(...)` call whose source is computed (a template or a variable): listed so that none goes unseen. */
export interface DynamicRegex {
  readonly where: string;
  readonly expression: string;
}

/** All `.ts` files under `dir`, recursively, sorted (skips .d.ts). */
export function typeScriptFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      found.push(...typeScriptFiles(full));
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      found.push(full);
    }
  }
  return found;
}

/** Extracts the regexes of one file. `root` makes the reported paths relative. */
export function regexesOf(file: string, root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const where = (node: ts.Node): string =>
    `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sourceFile);
      const slash = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1), form: 'literal' });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ where: where(node), source: pattern.text, flags: flags?.text ?? '', form: 'constructor' });
      } else if (pattern) {
        dynamic.push({ where: where(node), expression: node.getText(sourceFile).slice(0, 160) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}
