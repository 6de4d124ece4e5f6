/**
 * The only place analysis types become LSP types. Offsets are UTF-16 code units, as in LSP's default position
 * encoding, and are converted with TextDocument.positionAt/offsetAt, never by hand.
 */
import { DiagnosticSeverity, SymbolKind, type Diagnostic, type Location, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim, EntityKind, InconsistentFigure, RegistryProblem, Span } from '../analysis/index';
import type { SeverityName } from '../protocol';
import { showInvisibles } from '../util/invisibles';

/**
 * The offset of a client position, or undefined when the position is malformed or past the last line. A
 * character past the end of its line means the line end, as LSP specifies.
 */
export function offsetOf(document: TextDocument, position: Position): number | undefined {
  const { line, character } = position ?? {};
  const valid = Number.isInteger(line) && Number.isInteger(character) && line >= 0 && character >= 0 && line < document.lineCount;
  return valid ? document.offsetAt(position) : undefined;
}

/** The range of a span in a document. */
export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The location of a span in a document, with the document's own URI spelling. */
export function spanToLocation(document: TextDocument, span: Span): Location {
  return { uri: document.uri, range: spanToRange(document, span) };
}

/** The LSP severity for a severity setting, or undefined for "off". */
export function toSeverity(name: SeverityName): DiagnosticSeverity | undefined {
  switch (name) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}

/** Diagnostics source of every Entity Lens diagnostic. */
export const DIAGNOSTIC_SOURCE = 'entity-lens';

// Messages quote document and registry text; diagnostics are plain text, so only invisible controls need care.

/** A sourcing diagnostic for a claim. */
export function claimToDiagnostic(document: TextDocument, claim: Claim, severity: DiagnosticSeverity): Diagnostic {
  return { range: spanToRange(document, claim), severity, code: claim.code, source: DIAGNOSTIC_SOURCE, message: showInvisibles(claim.message) };
}

/** A diagnostic for a figure stated differently elsewhere, pointing at the other places. */
export function inconsistentFigureToDiagnostic(
  document: TextDocument,
  finding: InconsistentFigure,
  severity: DiagnosticSeverity,
  documentOf: (key: string) => TextDocument | undefined,
): Diagnostic {
  const relatedInformation = finding.related.flatMap((place) => {
    const other = documentOf(place.uri);
    return other ? [{ location: spanToLocation(other, place), message: showInvisibles(`${finding.entityName}: stated as ${place.text} here`) }] : [];
  });
  return { range: spanToRange(document, finding), severity, code: finding.code, source: DIAGNOSTIC_SOURCE, message: showInvisibles(finding.message), relatedInformation };
}

/** A diagnostic for a problem in a registry file. */
export function registryProblemToDiagnostic(document: TextDocument, problem: RegistryProblem): Diagnostic {
  return { range: spanToRange(document, problem.span), severity: DiagnosticSeverity.Error, code: 'registry', source: DIAGNOSTIC_SOURCE, message: showInvisibles(problem.message) };
}

/** Symbol kinds per entity kind: people as objects, organizations as modules, figures as numbers. */
export function toSymbolKind(kind: EntityKind): SymbolKind {
  return kind === 'person' ? SymbolKind.Object : kind === 'organization' ? SymbolKind.Module : SymbolKind.Number;
}
