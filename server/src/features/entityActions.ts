/**
 * Corrections of the recognizer on a mention or a selection (issue 6): mark as person or organization, not an
 * entity, same entity as another, set an organization's sector. The simple ones carry their registry edit; the
 * ones that need a choice carry a client command that asks, then sends `entityLens/correctRegistry`.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { applyRegistryCorrection, type EntityRecord, type RegistryCorrection } from '../analysis/index';
import { replaceFileEdit, type EditSupport } from '../lsp/workspaceEdits';
import { SAME_ENTITY_AS_COMMAND, SET_SECTOR_COMMAND, type EntityCommandArgs } from '../protocol';
import { resolvedMentionAt } from '../workspace/lookup';
import { showInvisibles } from '../util/invisibles';
import type { SidecarFile } from '../workspace/sidecarFiles';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';

/** The code action kind of corrections (shown in the light bulb with the quick fixes). */
export const CORRECTION_KIND = `${CodeActionKind.RefactorRewrite}.entityLens`;

/** What a correction is about: a recognized entity, or a selected name the engine missed. */
export interface CorrectionTarget {
  readonly name: string;
  readonly entity?: EntityRecord;
}

/** Selections longer than this are not names. */
const MAX_NAME_LENGTH = 80;

/** The target at a cursor (a person or organization mention) or of a selection (any short, single-line name). */
export function correctionTarget(snapshot: IndexSnapshot, doc: IndexedDocument, start: number, end: number): CorrectionTarget | undefined {
  const found = resolvedMentionAt(snapshot, doc.key, start);
  const mentionHere = found && found.entity.kind !== 'figure' && (start === end || (found.mention.start === start && found.mention.end === end));
  if (found && mentionHere) {
    return { name: found.entity.name, entity: found.entity };
  }
  const selected = doc.document.getText().slice(start, end).trim();
  const usable = selected.length > 1 && selected.length <= MAX_NAME_LENGTH && !/[\r\n]/.test(selected) && /\p{L}/u.test(selected);
  return start !== end && usable ? { name: selected.replace(/['’]s$/, '') } : undefined;
}

/** The corrections offered for a target; `registryFor` gives the registry file a correction of names edits. */
export function entityActions(doc: IndexedDocument, target: CorrectionTarget, registryFor: (names: readonly string[]) => SidecarFile | undefined, support: EditSupport): CodeAction[] {
  const { name, entity } = target;
  const kind = entity?.kind === 'person' || entity?.kind === 'organization' ? entity.kind : undefined;
  const aliases = entity ? entity.aliases.filter((a) => a !== name) : [];
  const actions: CodeAction[] = [];
  // Titles are plain text, but a name's bidirectional controls would reorder the menu entry around it.
  const shown = showInvisibles(name);
  // Looked up once: for a closed registry this reads the file from disk.
  const registry = registryFor([name, ...aliases]);
  const correct = (title: string, correction: RegistryCorrection): void => {
    actions.push(correctionAction(title, correction, registry, support));
  };
  if (kind !== 'person') {
    correct(`Mark "${shown}" as person`, { type: 'setKind', name, kind: 'person', aliases });
  }
  if (kind !== 'organization') {
    correct(`Mark "${shown}" as organization`, { type: 'setKind', name, kind: 'organization', aliases });
  }
  if (entity) {
    correct(`"${shown}" is not an entity`, { type: 'notEntity', name });
  }
  const args: EntityCommandArgs = { uri: doc.document.uri, name, kind, id: entity?.id, aliases };
  actions.push({ title: `"${shown}" is the same entity as…`, kind: CORRECTION_KIND, command: { title: 'Same entity as…', command: SAME_ENTITY_AS_COMMAND, arguments: [args] } });
  if (kind === 'organization') {
    actions.push({ title: `Set sector of "${shown}"…`, kind: CORRECTION_KIND, command: { title: 'Set sector…', command: SET_SECTOR_COMMAND, arguments: [args] } });
  }
  return actions;
}

/** A code action carrying the registry edit of a correction, or disabled with the reason it cannot be made. */
function correctionAction(title: string, correction: RegistryCorrection, file: SidecarFile | undefined, support: EditSupport): CodeAction {
  const edit = registryCorrectionEdit(correction, file, support);
  return 'error' in edit ? { title, kind: CORRECTION_KIND, disabled: { reason: edit.error } } : { title, kind: CORRECTION_KIND, edit: edit.edit };
}

/** The WorkspaceEdit of a correction to a registry file, or why it cannot be made. */
export function registryCorrectionEdit(correction: RegistryCorrection, file: SidecarFile | undefined, support: EditSupport): { edit: ReturnType<typeof replaceFileEdit> } | { error: string } {
  if (!file) {
    return { error: 'Open a folder: corrections are written to its entities.json' };
  }
  const result = applyRegistryCorrection(file.text ?? '', correction);
  if (!result.ok) {
    return { error: result.error };
  }
  return { edit: replaceFileEdit(file.uri, file.text, result.text, file.version, support) };
}
