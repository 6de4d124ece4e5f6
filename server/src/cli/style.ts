/**
 * Terminal styling for the text report: ANSI colours (only when asked for) and aligned tables.
 */

/** A function that decorates a string (identity when colour is off). */
export type Paint = (text: string) => string;

/** The colours and weights the report uses. */
export interface Style {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly heading: Paint;
  readonly person: Paint;
  readonly organization: Paint;
  readonly figure: Paint;
  readonly warning: Paint;
}

const plain: Paint = (text) => text;

function ansi(open: number, close: number): Paint {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

/** Creates a style; with `color` false every paint is the identity. */
export function createStyle(color: boolean): Style {
  if (!color) {
    return { bold: plain, dim: plain, heading: plain, person: plain, organization: plain, figure: plain, warning: plain };
  }
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    heading: (text) => ansi(1, 22)(ansi(4, 24)(text)),
    person: ansi(36, 39),
    organization: ansi(35, 39),
    figure: ansi(32, 39),
    warning: ansi(33, 39),
  };
}

/**
 * Whether to colour stdout: only on a terminal, never with NO_COLOR set (https://no-color.org) or with
 * `--no-color`.
 */
export function wantsColor(stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): boolean {
  return stdoutIsTTY && !noColorFlag && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '');
}

/** A table cell: its text, an optional paint applied after padding, and right alignment for numbers. */
export type Cell = string | { readonly text: string; readonly paint?: Paint; readonly right?: boolean };

/** Number of terminal columns a string takes, counting astral characters (emoji) once. */
function width(text: string): number {
  let n = 0;
  for (const _ of text) {
    n++;
  }
  return n;
}

/** Renders rows with every column but the last padded to its widest cell; each line starts with `indent`. */
export function table(rows: readonly (readonly Cell[])[], indent: string): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cellText(cell)));
    });
  }
  return rows.map((row) => {
    const parts = row.map((cell, i) => {
      const text = cellText(cell);
      const pad = ' '.repeat((widths[i] ?? 0) - width(text));
      const right = typeof cell !== 'string' && cell.right === true;
      if (right) {
        return pad + paintOf(cell)(text);
      }
      return i === row.length - 1 ? paintOf(cell)(text) : paintOf(cell)(text) + pad;
    });
    return (indent + parts.join('  ')).trimEnd();
  });
}

function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

function paintOf(cell: Cell): Paint {
  return typeof cell === 'string' ? plain : (cell.paint ?? plain);
}
