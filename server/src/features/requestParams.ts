/**
 * Shape checks of the params of our own requests (protocol.ts) and of code actions, which read more than a
 * document and a position. Each returns the params typed, or throws InvalidParams naming the bad field.
 */
import type { CodeActionContext, CodeActionParams } from 'vscode-languageserver';
import type { AcknowledgeClaimParams, CorrectRegistryParams, DictionaryFormat, EntitiesParams, ExportFormat, RegistryCorrectionDto, RivalryOverlapParams } from '../protocol';
import { documentUri, fields, invalidParams, oneOf, optionalBoolean, optionalString, optionalStrings, rangeOf, stringField } from './params';

const ENTITY_KINDS = ['person', 'organization'] as const;
const CORRECTION_TYPES = ['setKind', 'notEntity', 'sameAs', 'setSector'] as const;
const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'jsonl', 'conll'];
const DICTIONARY_FORMATS: readonly DictionaryFormat[] = ['cspell', 'vale', 'harper', 'ltex'];

/** `textDocument/codeAction`: diagnostics are matched by their code and range, so each needs a range. */
export function codeActionParams(params: unknown): CodeActionParams {
  const p = fields(params);
  const context = fields(p['context'], 'context');
  const diagnostics = context['diagnostics'];
  if (!Array.isArray(diagnostics)) {
    throw invalidParams('context.diagnostics must be a list');
  }
  diagnostics.forEach((d, i) => rangeOf(fields(d, `context.diagnostics[${i}]`)['range'], `context.diagnostics[${i}].range`));
  optionalStrings(context, 'only', 'context.only');
  return { textDocument: { uri: documentUri(params) }, range: rangeOf(p['range']), context: context as unknown as CodeActionContext };
}

/** `entityLens/entities`: every field is optional, and no params at all asks for the whole index. */
export function entitiesParams(params: unknown): EntitiesParams {
  if (params === undefined || params === null) {
    return {};
  }
  const p = fields(params);
  return { uri: optionalString(p, 'uri'), id: optionalString(p, 'id'), includeMentions: optionalBoolean(p, 'includeMentions') };
}

/** `entityLens/rivalryOverlap`: two names or ids. */
export function rivalryOverlapParams(params: unknown): RivalryOverlapParams {
  const p = fields(params);
  return { a: stringField(p, 'a'), b: stringField(p, 'b') };
}

/** `entityLens/acknowledgeClaim`. */
export function acknowledgeClaimParams(params: unknown): AcknowledgeClaimParams {
  const p = fields(params);
  return { uri: stringField(p, 'uri'), code: stringField(p, 'code'), sentence: stringField(p, 'sentence'), reason: stringField(p, 'reason') };
}

/** `entityLens/correctRegistry`: the correction's fields depend on its type. */
export function correctRegistryParams(params: unknown): CorrectRegistryParams {
  const p = fields(params);
  return { uri: stringField(p, 'uri'), correction: correction(p['correction']) };
}

function correction(value: unknown): RegistryCorrectionDto {
  const c = fields(value, 'correction');
  const type = oneOf(c, 'type', CORRECTION_TYPES, 'correction.type');
  const name = stringField(c, 'name', 'correction.name');
  const aliases = (): string[] | undefined => optionalStrings(c, 'aliases', 'correction.aliases');
  switch (type) {
    case 'setKind':
      return { type, name, kind: oneOf(c, 'kind', ENTITY_KINDS, 'correction.kind'), aliases: aliases() };
    case 'notEntity':
      return { type, name };
    case 'sameAs':
      return { type, name, target: stringField(c, 'target', 'correction.target'), targetKind: oneOf(c, 'targetKind', ENTITY_KINDS, 'correction.targetKind'), aliases: aliases() };
    case 'setSector':
      return { type, name, sector: stringField(c, 'sector', 'correction.sector') };
  }
}

/** `entityLens/exportAnnotations`. */
export function exportParams(params: unknown): { readonly format: ExportFormat } {
  return { format: oneOf(fields(params), 'format', EXPORT_FORMATS) };
}

/** `entityLens/dictionary`. */
export function dictionaryParams(params: unknown): { readonly format: DictionaryFormat; readonly lang?: string } {
  const p = fields(params);
  return { format: oneOf(p, 'format', DICTIONARY_FORMATS), lang: optionalString(p, 'lang') };
}
