/**
 * URI identity. Clients and Node spell the same file URI differently (VS Code encodes `:` in drive letters and
 * some punctuation that Node leaves alone), so the index keys documents by a normalized form and answers with
 * the URI the client itself used.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The normalized key of a URI: file URIs are re-spelled the way Node spells them; others are unchanged. */
export function uriKey(uri: string): string {
  if (!uri.startsWith('file:')) {
    return uri;
  }
  try {
    return pathToFileURL(fileURLToPath(uri)).href.replace(/^file:\/\/\/([A-Z]):/, (_, d: string) => `file:///${d.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

/** The file URI of a path, in key form. */
export function fileUri(path: string): string {
  return uriKey(pathToFileURL(path).href);
}

/** The path of a file URI, or undefined for other schemes or malformed URIs. */
export function uriPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
