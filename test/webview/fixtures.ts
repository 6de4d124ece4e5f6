/**
 * View models for the webview tests: a small ordinary overlap, one with nothing shared, and one whose every
 * string is hostile (markup, script end tags, dangerous link schemes, bidirectional controls).
 */
import type { OverlapView } from '../../client/src/webview/messages';
import { HOSTILE_STRINGS } from '../support/hostileText';

/** Two shared sectors, and one sector on each side only. */
export const ORDINARY: OverlapView = {
  a: { name: 'Sam Altman' },
  b: { name: 'Elon Musk' },
  sectors: [
    {
      sector: 'artificial intelligence',
      a: [{ organization: 'OpenAI', relation: 'leads, co-founded', evidence: [{ id: 0, where: 'seeds/a.md:3', text: "OpenAI's Sam Altman went shopping." }] }],
      b: [{ organization: 'xAI', relation: 'founded', evidence: [{ id: 1, where: 'seeds/a.md:25', text: 'Musk founded xAI in 2023.' }] }],
    },
    {
      sector: 'space launch',
      a: [{ organization: 'Stoke Space', relation: 'explored-deal', evidence: [{ id: 2, where: 'seeds/a.md:7', text: 'Altman explored a deal with Stoke Space.' }] }],
      b: [{ organization: 'SpaceX', relation: 'leads', evidence: [] }],
    },
  ],
  onlyA: [{ sector: 'nuclear energy', organizations: [{ organization: 'Helion', relation: 'invested-in', evidence: [] }] }],
  onlyB: [{ sector: 'electric vehicles', organizations: [{ organization: 'Tesla', relation: 'leads', evidence: [{ id: 3, where: 'seeds/b.txt:2', text: 'Musk leads Tesla.' }] }] }],
};

/** Nothing shared; each side has something. */
export const NO_OVERLAP: OverlapView = {
  a: { name: 'Ottoline Barrowcliffe' },
  b: { name: 'Adaeze Thorsby-Nwosu' },
  sectors: [],
  onlyA: [{ sector: 'nuclear energy', organizations: [{ organization: 'Fennimore Atomics', relation: 'leads', evidence: [{ id: 0, where: 'seeds/n.txt:4', text: 'Barrowcliffe leads Fennimore Atomics.' }] }] }],
  onlyB: [{ sector: 'food delivery', organizations: [{ organization: 'Chowrider', relation: 'leads', evidence: [] }] }],
};

// The hostile corpus is shared with the hover, tree view and SARIF tests.
export { BIDI, HOSTILE_STRINGS } from '../support/hostileText';

/** Every string of the view is hostile. */
export function hostileView(): OverlapView {
  const [img, script, js, command, bidi, isolate, quote] = HOSTILE_STRINGS;
  const org = (name: string, id: number) => ({ organization: name, relation: quote, evidence: [{ id, where: js, text: `${script} ${command}` }] });
  return {
    a: { name: img },
    b: { name: bidi },
    sectors: [{ sector: script, a: [org(js, 0)], b: [org(command, 1)] }],
    onlyA: [{ sector: isolate, organizations: [org(img, 2)] }],
    onlyB: [{ sector: quote, organizations: [org(bidi, 3)] }],
  };
}
