/**
 * `entityLens/rivalryOverlap`: where the businesses of two people meet (DESIGN.md §3, §6). The engine's result
 * is converted by hand into the protocol's DTOs; every evidence sentence carries its document URI and range, so
 * that the client can open the file with the sentence selected.
 */
import { LSPErrorCodes, ResponseError, type Disposable, type Range } from 'vscode-languageserver';
import { computeRivalryOverlap, OverlapNameError, type OverlapOrganization, type OverlapResult } from '../analysis/index';
import { spanToRange } from '../lsp/convert';
import { RivalryOverlapRequest, type OverlapOrganizationDto, type RivalryOverlapParams, type RivalryOverlapResult } from '../protocol';
import { uriPath } from '../util/uri';
import type { IndexSnapshot } from '../workspace/snapshot';
import type { FeatureContext } from './context';
import { rivalryOverlapParams } from './requestParams';

/** Where the language server places an evidence sentence. */
interface LspPlace {
  readonly path: string;
  readonly line: number;
  readonly uri: string;
  readonly range: Range;
}

/** Computes the overlap of `params.a` and `params.b` on a snapshot. Throws a ResponseError for unknown names. */
export function provideRivalryOverlap(snapshot: IndexSnapshot, params: RivalryOverlapParams): RivalryOverlapResult {
  const docs = snapshot.keys().map((key) => snapshot.get(key)!);
  const input = {
    documents: docs.map((d) => ({ uri: d.key, text: d.document.getText(), analysis: d.analysis })),
    workspace: snapshot.workspace,
    registry: snapshot.registry,
    locate: (key: string, start: number, end: number): LspPlace => {
      const { document } = snapshot.get(key)!;
      const range = spanToRange(document, { start, end });
      return { path: uriPath(document.uri) ?? document.uri, line: range.start.line, uri: document.uri, range };
    },
  };
  try {
    return toDto(computeRivalryOverlap(input, params.a, params.b));
  } catch (error) {
    if (error instanceof OverlapNameError) {
      // The message names the nearest people ("did you mean ..."), which the client shows as is.
      throw new ResponseError(LSPErrorCodes.RequestFailed, error.message, { suggestions: error.suggestions });
    }
    throw error;
  }
}

/** Registers `entityLens/rivalryOverlap`. */
export function registerRivalryOverlap(ctx: FeatureContext): Disposable {
  return ctx.connection.onRequest(RivalryOverlapRequest, async (raw, token) => {
    const params = rivalryOverlapParams(raw);
    const snapshot = await ctx.index.snapshot(token);
    if (!snapshot || token.isCancellationRequested) {
      throw cancelled();
    }
    return provideRivalryOverlap(snapshot, params);
  });
}

/** An overlap has no meaningful empty answer, so a cancelled request is answered with RequestCancelled. */
function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The rivalry overlap request was cancelled.');
}

function toDto(result: OverlapResult<LspPlace>): RivalryOverlapResult {
  const side = (s: { sector: string; organizations: readonly OverlapOrganization<LspPlace>[] }) => ({ sector: s.sector, organizations: s.organizations.map(organizationDto) });
  return {
    a: { id: result.a.id, name: result.a.name },
    b: { id: result.b.id, name: result.b.name },
    sectors: result.sectors.map((s) => ({ sector: s.sector, a: s.a.map(organizationDto), b: s.b.map(organizationDto) })),
    onlyA: result.onlyA.map(side),
    onlyB: result.onlyB.map(side),
  };
}

function organizationDto(org: OverlapOrganization<LspPlace>): OverlapOrganizationDto {
  const evidence = org.evidence.map((e) => ({ path: e.path, line: e.line, text: e.text, uri: e.uri, range: e.range }));
  return { organization: org.organization, relation: org.relation, evidence };
}
