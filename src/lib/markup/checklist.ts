import { h } from "hastscript";
import type { Element } from "hast";
import { findElement, isElement, textOf, transform } from "./tree.ts";

/**
 * Makes each item of the first list in `html` a tick box named by the item's own text: the item gets
 * the id `${name}-step-N`, a checkbox and its text wrapped in a span the box is labelled by.
 */
export function tickBoxes(html: string, name: string): string {
  return transform(html, (tree) => {
    const list = findElement(tree, (el) => el.tagName === "ol" || el.tagName === "ul");
    if (!list) throw new Error(`<Checklist id="${name}"> must wrap a numbered list (1. 2. 3.).`);
    list.children
      .filter((c): c is Element => isElement(c, "li"))
      .forEach((item, i) => {
        const id = `${name}-step-${i + 1}`;
        if (!textOf(item)) throw new Error(`item ${i + 1} of "${name}" has no text.`);
        const box = h("input", {
          type: "checkbox",
          id: `${id}-box`,
          ariaLabelledby: `${id}-text`,
          dataChecklistBox: "",
        });
        item.properties["id"] = id;
        item.children = [box, { type: "text", value: " " }, h("span", { id: `${id}-text` }, item.children)];
      });
  });
}
