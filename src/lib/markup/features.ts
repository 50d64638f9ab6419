import type { Element, Root } from "hast";
import { classes, findElement } from "./tree.ts";

/**
 * The parts of a page that need code or styles of their own, read from the page's tree, so a page
 * carries only what it uses. Every control works without the script: copy-link controls are plain
 * links, platform tabs show every panel, a checklist ticks and the helper follows links; the script
 * adds copying, tabs, remembered ticks and answers shown in place.
 */
export type Feature = "copy-link" | "steps" | "tabs" | "checklist" | "helper" | "screen" | "sources";

const tests: Record<Feature, (el: Element) => boolean> = {
  "copy-link": (el) => el.properties["dataCopyLink"] !== undefined,
  steps: (el) => classes(el).includes("steps"),
  tabs: (el) => el.tagName === "platform-tabs",
  checklist: (el) => el.properties["dataChecklist"] !== undefined,
  helper: (el) => classes(el).includes("helper"),
  screen: (el) => el.tagName === "figure" && classes(el).includes("screen"),
  sources: (el) => classes(el).includes("source-list"),
};

/** Every feature, in the one order a page's script and styles are put together. */
export const features = Object.keys(tests) as Feature[];

/** The features a tree has. */
export function featuresIn(tree: Root | Element): Feature[] {
  return features.filter((feature) => findElement(tree, tests[feature]));
}

/** The features of several trees (the parts of the guide), each once, in the one order. */
export function union(lists: Iterable<Feature>[]): Feature[] {
  const all = new Set(lists.flatMap((list) => [...list]));
  return features.filter((f) => all.has(f));
}
