/** Command and view ids, as declared in the manifest (`contributes`). */

/** Restarts the language server. */
export const RESTART_SERVER = 'entityLens.restartServer';
import { SHOW_MENTIONS_COMMAND } from '../../server/src/protocol';

/** Lists an entity's mentions in a quick pick (also the hover card's command link). */
export const SHOW_MENTIONS = SHOW_MENTIONS_COMMAND;
/** Refreshes the Entities tree view. */
export const REFRESH_ENTITIES = 'entityLens.refreshEntities';
/** The Explorer tree view. */
export const ENTITIES_VIEW = 'entityLens.entities';
