import { h } from "hastscript";
import type { Element, Root, RootContent } from "hast";
import { t, type Lang } from "../i18n.ts";
import { copyLink } from "./copy-link.ts";
import { featuresIn, type Feature } from "./features.ts";
import { readableText } from "./readable-text.ts";
import { stepsIn, type Step } from "./steps.ts";
import { classes, elements, isElement, textOf, transform } from "./tree.ts";

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
 * its numbered steps, in order, for the page's HowTo data, its text as a reader reads it, and what
 * its script has to enhance.
 */
export function shapeBody(
  html: string,
  lang: Lang,
  report?: (item: string, describedBy: string) => Element,
): { html: string; steps: Step[]; text: string; features: Feature[] } {
  let steps: Step[] = [];
  let text = "";
  let features: Feature[] = [];
  const out = transform(html, (tree) => {
    withLinks(tree, lang);
    if (report) addReportLinks(tree, lang, report);
    steps = stepsIn(tree);
    text = readableText(tree);
    features = featuresIn(tree);
  });
  return { html: out, steps, text, features };
}

/**
 * An "Is this still right?" link on each step, each "as of" box and each answer of the FAQ, described
 * for screen readers by the item it is about (its heading, or the step itself). A box without an id
 * gets one from its place on the page (`as-of-1`), so a report can name it.
 */
function addReportLinks(
  tree: Root,
  lang: Lang,
  report: (item: string, describedBy: string) => Element,
): void {
  let boxes = 0;
  const walk = (node: Root | Element) => {
    for (const el of elements(node)) {
      const id = typeof el.properties["id"] === "string" ? el.properties["id"] : undefined;
      if (el.properties["dataCallout"] === "status") {
        boxes += 1;
        const item = id ?? `${t(lang, "status.id")}-${boxes}`;
        el.properties["id"] = item;
        const heading = elements(el)[0];
        if (heading) heading.properties["id"] = `${item}-title`;
        el.children.splice(
          heading ? el.children.indexOf(heading) + 1 : 0,
          0,
          h("p", { className: ["report"] }, [report(item, heading ? `${item}-title` : item)]),
        );
      } else if (el.tagName === "li" && id && isElement(node) && insideSteps.has(node)) {
        el.children.push({ type: "text", value: " " }, report(id, id));
      } else if (el.tagName === "section" && id && classes(el).includes("faq-question")) {
        const question = elements(el).find((c) => /^h[2-4]$/.test(c.tagName));
        const after = elements(el).find((c) => classes(c).includes("copy-link")) ?? question;
        el.children.splice(
          after ? el.children.indexOf(after) + 1 : 0,
          0,
          { type: "text", value: " " },
          report(id, typeof question?.properties["id"] === "string" ? question.properties["id"] : id),
        );
      }
      if (el.tagName === "div" && classes(el).includes("steps"))
        for (const list of elements(el)) insideSteps.add(list);
      walk(el);
    }
  };
  const insideSteps = new Set<Element>();
  walk(tree);
}
