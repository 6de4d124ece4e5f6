/**
 * The overlap diagram as SVG drawn from the data: person A -> A's organizations -> shared sectors <- B's
 * organizations <- person B. Built as a plain tree (see tree.ts); the SVG carries a text alternative in its
 * `aria-label` and `<title>`, and the table next to it holds the same facts for every reader.
 */
import type { OrganizationView, OverlapView } from './messages';
import { s, type ElementNode } from './tree';

const BOX_WIDTH = 150;
const BOX_HEIGHT = 30;
const COLUMN_GAP = 50;
const ROW_GAP = 14;
const PADDING = 8;
/** Longer labels are shortened in the box; the full name is in the node's `<title>`. */
const MAX_LABEL = 22;

type Column = 0 | 1 | 2 | 3 | 4;

interface Box {
  readonly key: string;
  readonly label: string;
  readonly kind: 'person' | 'organization' | 'sector';
  readonly column: Column;
  readonly row: number;
  readonly rows: number;
}

/** A one-paragraph text alternative of the diagram. */
export function diagramSummary(view: OverlapView): string {
  const names = (orgs: readonly OrganizationView[]): string => orgs.map((o) => o.organization).join(', ');
  const parts = view.sectors.map((sector) => `${sector.sector}: ${view.a.name} through ${names(sector.a)}; ${view.b.name} through ${names(sector.b)}`);
  return `Diagram of the sectors where ${view.a.name} and ${view.b.name} compete. ${parts.join('. ')}.`;
}

/** The diagram, or undefined when there is no shared sector to draw. */
export function renderDiagram(view: OverlapView): ElementNode | undefined {
  if (view.sectors.length === 0) {
    return undefined;
  }
  const orgsA = unique(view.sectors.flatMap((sector) => sector.a.map((o) => o.organization)));
  const orgsB = unique(view.sectors.flatMap((sector) => sector.b.map((o) => o.organization)));
  const rows = Math.max(orgsA.length, orgsB.length, view.sectors.length);
  const column = (col: Column, kind: Box['kind'], labels: readonly string[]): Box[] =>
    labels.map((label, row) => ({ key: `${col}:${label}`, label, kind, column: col, row, rows: labels.length }));
  const boxes = [
    ...column(0, 'person', [view.a.name]),
    ...column(1, 'organization', orgsA),
    ...column(2, 'sector', view.sectors.map((sector) => sector.sector)),
    ...column(3, 'organization', orgsB),
    ...column(4, 'person', [view.b.name]),
  ];
  const find = (col: Column, label: string): Box => boxes.find((b) => b.key === `${col}:${label}`)!;
  const edges: Array<[Box, Box]> = [
    ...orgsA.map((org): [Box, Box] => [find(0, view.a.name), find(1, org)]),
    ...view.sectors.flatMap((sector) => sector.a.map((o): [Box, Box] => [find(1, o.organization), find(2, sector.sector)])),
    ...view.sectors.flatMap((sector) => sector.b.map((o): [Box, Box] => [find(3, o.organization), find(2, sector.sector)])),
    ...orgsB.map((org): [Box, Box] => [find(4, view.b.name), find(3, org)]),
  ];
  const width = 5 * BOX_WIDTH + 4 * COLUMN_GAP + 2 * PADDING;
  const height = rows * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + 2 * PADDING;
  const summary = diagramSummary(view);
  return s(
    'svg',
    { class: 'diagram', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': summary, focusable: 'false' },
    s('title', {}, summary),
    s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' }, s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }))),
    s('g', { class: 'edges', 'aria-hidden': 'true' }, edges.map(([from, to]) => edge(from, to, rows))),
    s('g', { class: 'nodes', 'aria-hidden': 'true' }, boxes.map((box) => node(box, rows))),
  );
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Top-left corner of a box: columns left to right, each column centred vertically. */
function origin(box: Box, rows: number): { x: number; y: number } {
  const offset = ((rows - box.rows) * (BOX_HEIGHT + ROW_GAP)) / 2;
  return { x: PADDING + box.column * (BOX_WIDTH + COLUMN_GAP), y: PADDING + offset + box.row * (BOX_HEIGHT + ROW_GAP) };
}

// An arrow from the facing side of `from` to the facing side of `to` (right to left, or left to right for B).
function edge(from: Box, to: Box, rows: number): ElementNode {
  const a = origin(from, rows);
  const b = origin(to, rows);
  const rightward = from.column < to.column;
  const x1 = rightward ? a.x + BOX_WIDTH : a.x;
  const x2 = rightward ? b.x : b.x + BOX_WIDTH;
  return s('line', { class: 'edge', x1, y1: a.y + BOX_HEIGHT / 2, x2, y2: b.y + BOX_HEIGHT / 2, 'marker-end': 'url(#arrow)' });
}

function node(box: Box, rows: number): ElementNode {
  const { x, y } = origin(box, rows);
  // By code point, so that a shortened label never ends in half a surrogate pair.
  const chars = [...box.label];
  const label = chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}\u2026` : box.label;
  return s(
    'g',
    { class: `node ${box.kind}` },
    s('title', {}, box.label),
    s('rect', { x, y, width: BOX_WIDTH, height: BOX_HEIGHT, rx: box.kind === 'sector' ? 15 : 4 }),
    s('text', { x: x + BOX_WIDTH / 2, y: y + BOX_HEIGHT / 2, 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, label),
  );
}
