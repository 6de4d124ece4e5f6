/**
 * Text from documents shown in quick picks. Quick-pick labels and descriptions render `$(name)` as an icon, and
 * a bidirectional override would reorder what the reader sees, so names, reasons and previews are shown with
 * icon syntax escaped and invisible controls as "[U+XXXX]", as in hovers and the tree view.
 */
import { showInvisibles } from '../../server/src/util/invisibles';

// VS Code's own escape for icon syntax in labels (a backslash before `$(`), leaving escaped ones as they are.
const ICON = /(\\)?\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/gi;

/** The text, inert in a quick pick: no icons, no invisible controls. */
export function pickText(text: string): string {
  return showInvisibles(text).replace(ICON, (match, escaped: string | undefined) => (escaped ? match : `\\${match}`));
}
