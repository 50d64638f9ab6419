import { h } from "hastscript";
import { findElement, transform } from "./tree.ts";

/** Puts `caption` as the caption of the one table in `html`; throws when there is no table. */
export function captionTable(html: string, caption: string): string {
  return transform(html, (tree) => {
    const table = findElement(tree, (el) => el.tagName === "table");
    if (!table) throw new Error("<FactTable> must wrap a Markdown table.");
    table.children.unshift(h("caption", caption));
  });
}
