import type { Element, ElementContent, Root, RootContent } from "hast";
import { classes, isElement } from "./tree.ts";

// The text a reader reads, for the reading level: each block on a line of its own (a heading or a
// list item counts as a sentence), without citation numbers, controls, notes on sources, tables and
// the notices the site adds.

const left = new Set(["cite", "copy-link", "report-link", "based-on", "stale-notice", "translation-behind"]);
const block = /^(p|li|h[1-6]|div|section|article|td|dt|dd|figcaption|blockquote)$/;

const skipped = (el: Element) =>
  ["script", "style", "table", "svg", "template"].includes(el.tagName) ||
  classes(el).some((c) => left.has(c)) ||
  el.properties["dataEnhancement"] !== undefined;

export function readableText(node: Root | Element): string {
  const parts: string[] = [];
  const walk = (child: RootContent | ElementContent) => {
    if (child.type === "text") return void parts.push(child.value);
    if (!isElement(child) || skipped(child)) return;
    const isBlock = block.test(child.tagName);
    if (isBlock) parts.push("\n");
    child.children.forEach(walk);
    if (isBlock) parts.push("\n");
  };
  node.children.forEach(walk);
  return parts.join("");
}
