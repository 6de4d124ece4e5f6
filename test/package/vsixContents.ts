/**
 * Reads the file list of a `.vsix` (a zip) from its central directory and checks it against what the installed
 * extension needs. Shared by the package test and the e2e runner, which checks the minified package it installs.
 */
import { readFileSync } from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** The entry names of a zip file, in central-directory order. */
export function listZip(path: string): string[] {
  const zip = readFileSync(path);
  // The end record is at least 22 bytes and may be followed by a comment of up to 64 KB.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) {
    throw new Error(`${path} is not a zip file (no end of central directory record)`);
  }
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
      throw new Error(`${path}: broken central directory at entry ${i}`);
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** What may ship: the bundles, media, grammars, the registry schema and the docs (see .vscodeignore). */
const ALLOWED: readonly RegExp[] = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/client\/dist\/[\w./-]+\.js$/,
  /^extension\/client\/media\/[\w.-]+\.(css|png|svg)$/,
  /^extension\/server\/dist\/server\.js$/,
  /^extension\/media\/(icon\.png|screenshots\/[\w-]+\.png)$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/schemas\/[\w.-]+\.schema\.json$/,
];

/** What must ship for the extension to work. */
const REQUIRED: readonly string[] = [
  'extension/package.json',
  'extension/LICENSE.txt',
  'extension/client/dist/extension.js',
  'extension/server/dist/server.js',
  'extension/media/icon.png',
  'extension/schemas/entities.schema.json',
  'extension/syntaxes/prose.injection.tmLanguage.json',
  'extension/syntaxes/plaintext.tmLanguage.json',
];

/** Problems with a package's entry list: files that should not ship and files that are missing. Empty when clean. */
export function checkVsixEntries(names: readonly string[]): string[] {
  const unexpected = names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name))).map((name) => `should not ship: ${name}`);
  const missing = REQUIRED.filter((name) => !names.includes(name)).map((name) => `missing: ${name}`);
  return [...unexpected, ...missing];
}
