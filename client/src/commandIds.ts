/** Command and view ids, as declared in the manifest (`contributes`). */

/** Restarts the language server. */
export const RESTART_SERVER = 'entityLens.restartServer';
import { SHOW_MENTIONS_COMMAND, SHOW_RIVALRY_OVERLAP_COMMAND } from '../../server/src/protocol';

/** Lists an entity's mentions in a quick pick (also the hover card's command link). */
export const SHOW_MENTIONS = SHOW_MENTIONS_COMMAND;
/** Refreshes the Entities tree view. */
export const REFRESH_ENTITIES = 'entityLens.refreshEntities';
/** The Explorer tree view. */
export const ENTITIES_VIEW = 'entityLens.entities';
/** Compares two people in the rivalry overlap panel (also the person hover card's "Compare with…" link). */
export const SHOW_RIVALRY_OVERLAP = SHOW_RIVALRY_OVERLAP_COMMAND;
/** Lists every acknowledged claim in a quick pick. */
export const LIST_ACKNOWLEDGEMENTS = 'entityLens.listAcknowledgements';
/** Exports the workspace's annotations (brat, JSONL, CoNLL) to a folder the user picks. */
export const EXPORT_ANNOTATIONS = 'entityLens.exportAnnotations';
/** Writes a spelling dictionary of the workspace's names (cSpell, Vale, Harper, LTeX) where the user picks. */
export const WRITE_DICTIONARY = 'entityLens.writeDictionary';
