import { h } from "hastscript";
import type { Element, Root, RootContent } from "hast";
import type { Lang } from "../i18n.ts";
import { copyLink } from "./copy-link.ts";
import { stepsIn, type Step } from "./steps.ts";
import { classes, isElement, textOf, transform } from "./tree.ts";

/**
 * A heading id as plain ASCII: accents removed and anything but letters, digits and hyphens dropped,
 * so French headings get addresses people can type and share (« Confidentialité » → `confidentialite`).
 */
export function asciiId(id: string): string {
  return id
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

function withLinks(parent: Root | Element, lang: Lang): void {
  const out: RootContent[] = [];
  for (const child of parent.children) {
    const plainHeading =
      isElement(child, "h2", "h3") &&
      typeof child.properties["id"] === "string" &&
      classes(child).length === 0;
    if (plainHeading) {
      const id = asciiId(String(child.properties["id"]));
      child.properties["id"] = id;
      out.push(h("div", { className: ["heading-wrapper"] }, [child, copyLink(id, textOf(child), lang)]));
      continue;
    }
    if (isElement(child)) withLinks(child, lang);
    out.push(child as RootContent);
  }
  parent.children = out as typeof parent.children;
}

/**
 * Shapes a rendered page body: every plain `h2` and `h3` with an id (made plain ASCII) gets a
 * copy-link control beside it, not inside it, so the heading's name stays its own text (headings
 * that carry a class are drawn by components that place their own control). Returns the body and
 * its numbered steps, in order, for the page's HowTo data.
 */
export function shapeBody(html: string, lang: Lang): { html: string; steps: Step[] } {
  let steps: Step[] = [];
  const out = transform(html, (tree) => {
    withLinks(tree, lang);
    steps = stepsIn(tree);
  });
  return { html: out, steps };
}
