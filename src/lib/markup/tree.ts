import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { rehype } from "rehype";

// Markup is shaped as a tree, never with patterns over strings: components hand their rendered
// slot to one of these functions, which parse it as an HTML fragment, change the tree and write it
// back (the way Starlight's Steps and Tabs components do).

const fragment = rehype().data("settings", { fragment: true });

/** Parses an HTML fragment, lets `change` work on its tree, and writes the tree back as HTML. */
export function transform(html: string, change: (tree: Root) => void): string {
  const tree = fragment.parse(html);
  change(tree);
  return fragment.stringify(tree);
}

/** Parses an HTML fragment into a tree. */
export function parseFragment(html: string): Root {
  return fragment.parse(html);
}

/** Writes a tree (or a list of nodes) back as HTML. */
export function toHtml(nodes: Root | RootContent[]): string {
  return fragment.stringify(Array.isArray(nodes) ? { type: "root", children: nodes } : nodes);
}

export const isElement = (node: unknown, ...names: string[]): node is Element =>
  typeof node === "object" &&
  node !== null &&
  (node as Element).type === "element" &&
  (names.length === 0 || names.includes((node as Element).tagName));

/** The element children of a node. */
export const elements = (node: { children: (ElementContent | RootContent)[] }): Element[] =>
  node.children.filter((c): c is Element => isElement(c));

/**
 * The text of a node as a reader sees it, with its whitespace collapsed; no-break spaces are kept,
 * since French typography puts them before colons and inside guillemets.
 */
export const textOf = (node: Root | Element | ElementContent): string =>
  toString(node as Element)
    .replace(/[ \t\n\r\f]+/g, " ")
    .replace(/^ | $/g, "");

/** The class names of an element. */
export function classes(node: Element): string[] {
  const value = node.properties["className"];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : String(value).split(/\s+/);
}

/** The first element, depth first, that satisfies `test`. */
export function findElement(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return undefined;
}
