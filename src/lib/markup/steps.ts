import type { Element, Root } from "hast";
import { classes, elements, findElement, isElement, textOf, transform } from "./tree.ts";

export interface Step {
  id: string;
  /** The step's text without its "based on" note, citations, copy-link and report links. */
  text: string;
}

/** A copy of an element without the descendants that carry one of `names` as a class. */
function without(node: Element, names: string[]): Element {
  return {
    ...node,
    children: node.children
      .filter((c) => !(isElement(c) && classes(c).some((name) => names.includes(name))))
      .map((c) => (isElement(c) ? without(c, names) : c)),
  };
}

/**
 * Gives each item of the first list in `html` the id `${prefix}-${word}-N` (`iphone-step-2`,
 * `iphone-etape-2`) and appends `control(id, n)` to it (its copy-link and report links). Nested lists are left
 * alone. Throws when there is no list, when an item has no text, or when an item already has an id.
 */
export function numberSteps(
  html: string,
  {
    prefix,
    word,
    control,
  }: { prefix: string; word: string; control: (id: string, n: number) => Element | Element[] },
): string {
  return transform(html, (tree) => {
    const list = findElement(tree, (el) => el.tagName === "ol" || el.tagName === "ul");
    if (!list) throw new Error(`<Steps prefix="${prefix}"> must wrap a numbered list (1. 2. 3.).`);
    elements(list)
      .filter((item) => item.tagName === "li")
      .forEach((item, i) => {
        const n = i + 1;
        if (item.properties["id"]) throw new Error(`step ${n} of "${prefix}" already has an id.`);
        if (!textOf(item)) throw new Error(`step ${n} of "${prefix}" has no text.`);
        const id = `${prefix}-${word}-${n}`;
        item.properties["id"] = id;
        for (const el of [control(id, n)].flat()) item.children.push({ type: "text", value: " " }, el);
      });
  });
}

/** The numbered steps of a page, in document order: the items of each `.steps` list. */
export function stepsIn(tree: Root | Element): Step[] {
  const found: Step[] = [];
  const walk = (node: Root | Element) => {
    for (const child of elements(node)) {
      if (child.tagName === "div" && classes(child).includes("steps")) {
        const list = elements(child).find((el) => el.tagName === "ol" || el.tagName === "ul");
        for (const item of list ? elements(list).filter((el) => el.tagName === "li") : []) {
          found.push({
            id: String(item.properties["id"]),
            text: textOf(without(item, ["based-on", "cite", "copy-link", "report-link"])),
          });
        }
      } else {
        walk(child);
      }
    }
  };
  walk(tree);
  return found;
}
