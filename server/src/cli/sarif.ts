/**
 * SARIF 2.1.0 output of `entity-lens check`, for code-scanning services (GitHub's upload-sarif) and SARIF
 * viewers. One run; the driver lists every rule with its help; each result has a 1-based region with columns in
 * UTF-16 code units (`columnKind`), an artifact URI relative to the working directory (`%SRCROOT%`), and a
 * partial fingerprint from the sentence text, so that a finding keeps its identity when lines move.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { replaceInvisibles, showInvisibles } from '../util/invisibles';
import type { Finding, Place } from './checkFindings';
import { RULES, type Severity, type SeverityOrOff } from './checkRules';

/** The schema URI written into the log. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base id that relative artifact URIs are resolved against. */
const SRCROOT = '%SRCROOT%';

/** The fingerprint key: bump the version if the way it is computed changes. */
const FINGERPRINT_KEY = 'entityLensSentence/v1';

/** What the log needs besides the findings. */
export interface SarifOptions {
  readonly toolVersion: string;
  /** The working directory (absolute): relative paths are relative to it. */
  readonly cwd: string;
  /** The effective severity of each code (rules' default configuration). */
  readonly severities: ReadonlyMap<string, SeverityOrOff>;
}

/** Builds the SARIF log object (serialize it with JSON.stringify). */
export function buildSarif(findings: readonly Finding[], options: SarifOptions): object {
  const root = pathToFileURL(options.cwd).href;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(options) },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results: withFingerprints(findings).map(([finding, fingerprint]) => result(finding, fingerprint)),
      },
    ],
  };
}

function driver(options: SarifOptions): object {
  return {
    name: 'entity-lens',
    version: options.toolVersion,
    rules: RULES.map((rule) => {
      const severity = options.severities.get(rule.id) ?? rule.defaultSeverity;
      return {
        id: rule.id,
        name: camelName(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.help },
        help: { text: rule.help, markdown: rule.helpMarkdown },
        defaultConfiguration: severity === 'off' ? { enabled: false, level: 'none' } : { level: level(severity) },
      };
    }),
  };
}

function result(finding: Finding, fingerprint: string): object {
  const ruleIndex = RULES.findIndex((r) => r.id === finding.code);
  return {
    ruleId: finding.code,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: level(finding.severity),
    message: plainMessage(finding.message),
    locations: [{ physicalLocation: physicalLocation(finding) }],
    ...(finding.related.length > 0
      ? { relatedLocations: finding.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r), message: plainMessage(`${r.text} here`) })) }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
}

function physicalLocation(place: Place): object {
  return {
    artifactLocation: artifactLocation(place),
    region: {
      startLine: place.line,
      startColumn: place.column,
      endLine: place.endLine,
      endColumn: place.endColumn,
      snippet: { text: place.text },
    },
  };
}

/** A URI relative to the working directory when the path is inside it; the absolute file URI otherwise. */
function artifactLocation(place: Place): object {
  const inside = !place.path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(place.path);
  return inside ? { uri: place.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT } : { uri: place.uri };
}

/**
 * A plain-text message quoting document text. SARIF viewers read `[text](target)` in one as an embedded link
 * (SARIF 2.1.0, 3.11.6), so literal brackets are escaped with a backslash (and a backslash just before one);
 * invisible controls are shown as code points ("[U+202E]").
 */
function plainMessage(text: string): { text: string } {
  return { text: showInvisibles(text).replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, '\\$&') };
}

/**
 * The log as JSON text. Markup-significant characters, the line separators U+2028/9 and invisible controls are
 * written as \u escapes: the same JSON to any parser, but a log pasted into an HTML page or a script cannot close
 * the element it sits in, and a snippet's bidirectional controls cannot reorder the log in a terminal or editor.
 */
export function serializeSarif(log: object): string {
  const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return replaceInvisibles(JSON.stringify(log, null, 2).replace(/[<>&\u2028\u2029]/g, escape), escape);
}

/** SARIF has no separate "info" or "hint": both are notes. */
function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/**
 * A hash of the file, code, cue and sentence text, plus an occurrence counter for the rare sentence that repeats
 * in one file: stable under edits elsewhere in the file, unlike line-based fingerprints.
 */
function withFingerprints(findings: readonly Finding[]): Array<[Finding, string]> {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = createHash('sha256').update([finding.path, finding.code, finding.text, finding.sentence].join('\u0000')).digest('hex').slice(0, 32);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [finding, `${base}:${n}`];
  });
}

/** "hedged-claim" -> "HedgedClaim", the conventional form of a rule's `name`. */
function camelName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase());
}
