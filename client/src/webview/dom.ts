/**
 * Turns the view tree (tree.ts) into DOM nodes: elements with createElement / createElementNS, text with text
 * nodes. Nothing is ever parsed as HTML, so data stays text whatever it contains.
 */
import type { ViewNode } from './tree';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The DOM node for a view node. */
export function toDom(doc: Document, node: ViewNode): Node {
  if (typeof node === 'string') {
    return doc.createTextNode(node);
  }
  const element = node.svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    element.setAttribute(name, value);
  }
  for (const child of node.children) {
    element.appendChild(toDom(doc, child));
  }
  return element;
}
