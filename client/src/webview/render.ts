/**
 * The rivalry overlap view as a plain element tree (see tree.ts): a heading and the Markdown export button, the
 * diagram, a table of shared sectors with both sides' organizations, relations and evidence, and what each side
 * has on its own. When nothing overlaps it says so plainly and shows both sides. Evidence sentences are buttons
 * carrying only an id (`data-evidence`); the extension maps the id back to a file and range.
 */
import { renderDiagram } from './diagram';
import type { OrganizationView, OverlapView, SideSectorView } from './messages';
import { h, type ElementNode } from './tree';

/** The `data-action` of the "Copy as Markdown" button. */
export const COPY_MARKDOWN_ACTION = 'copy-markdown';

/** Renders the whole view. */
export function renderOverlap(view: OverlapView): ElementNode {
  const { a, b, sectors } = view;
  const count = sectors.length;
  return h(
    'main',
    { class: 'rivalry' },
    h('header', { class: 'toolbar' },
      h('h1', {}, `Rivalry overlap: ${a.name} and ${b.name}`),
      h('button', { type: 'button', class: 'action', 'data-action': COPY_MARKDOWN_ACTION }, 'Copy as Markdown'),
    ),
    count === 0
      ? [
          h('p', { class: 'summary none', role: 'status' }, `No overlap: ${a.name} and ${b.name} share no sector in these documents.`),
          h('h2', {}, 'What each side has'),
          sideSection(a.name, view.onlyA),
          sideSection(b.name, view.onlyB),
        ]
      : [
          h('p', { class: 'summary', role: 'status' }, `${a.name} and ${b.name} compete in ${count} ${count === 1 ? 'sector' : 'sectors'}.`),
          h('figure', { class: 'diagram-figure' }, renderDiagram(view), h('figcaption', {}, 'Organizations of each person and the sectors they share. The table below lists the same with evidence.')),
          sectorTable(view),
          notShared(view),
        ],
  );
}

/** Renders an error (a name that matches nobody after an index change, a failed request). */
export function renderError(message: string): ElementNode {
  return h('main', { class: 'rivalry' }, h('p', { class: 'error', role: 'alert' }, message));
}

function sectorTable(view: OverlapView): ElementNode {
  return h(
    'table',
    { class: 'sectors' },
    h('caption', {}, 'Shared sectors'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Sector'), h('th', { scope: 'col' }, view.a.name), h('th', { scope: 'col' }, view.b.name))),
    h('tbody', {}, view.sectors.map((sector) =>
      h('tr', {}, h('th', { scope: 'row' }, sector.sector), h('td', {}, organizationList(sector.a)), h('td', {}, organizationList(sector.b))),
    )),
  );
}

function notShared(view: OverlapView): ElementNode | undefined {
  if (view.onlyA.length === 0 && view.onlyB.length === 0) {
    return undefined;
  }
  return h('section', { class: 'not-shared' }, h('h2', {}, 'Not shared'), sideSection(view.a.name, view.onlyA), sideSection(view.b.name, view.onlyB));
}

function sideSection(person: string, sectors: readonly SideSectorView[]): ElementNode {
  return h(
    'section',
    { class: 'side' },
    h('h3', {}, person),
    sectors.length === 0
      ? h('p', { class: 'empty' }, `No sector found in the text for ${person}.`)
      : h('ul', { class: 'side-sectors' }, sectors.map((sector) => h('li', {}, h('span', { class: 'sector-name' }, sector.sector), organizationList(sector.organizations)))),
  );
}

function organizationList(organizations: readonly OrganizationView[]): ElementNode {
  return h('ul', { class: 'organizations' }, organizations.map((org) =>
    h('li', {},
      h('span', { class: 'organization' }, org.organization),
      ' ',
      h('span', { class: 'relation' }, `(${org.relation})`),
      org.evidence.length > 0 && h('ul', { class: 'evidence' }, org.evidence.map((e) =>
        h('li', {}, h('button', { type: 'button', class: 'evidence-link', 'data-evidence': e.id, title: `Open ${e.where} with the sentence selected` },
          h('span', { class: 'where' }, e.where),
          ' ',
          h('q', { class: 'sentence' }, e.text),
        )),
      )),
    ),
  ));
}
