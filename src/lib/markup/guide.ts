import type { Element, Root } from "hast";
import { classes, elements, isElement, transform } from "./tree.ts";

/** What the guide knows of the pages it gathers: each page's address and the anchor of its part. */
export interface GuideParts {
  /** A page's address → the id of its part in the guide ("opt-out"). */
  anchors: Map<string, string>;
}

/**
 * A page's body made into one part of the guide: its ids prefixed with the part's anchor so they
 * stay unique on the one page, links to it and to the other gathered pages turned into links within
 * the guide, citations pointed at the part's own list of sources, headings one level down (the
 * part's title is the h2), and no navigation between the parts of a list (the guide has its contents). Returns the part and the ids of the sources it cites, in order.
 */
export function guidePart(html: string, path: string, parts: GuideParts): { html: string; cited: string[] } {
  const own = parts.anchors.get(path);
  if (!own) throw new Error(`${path} is not a part of the guide.`);
  const cited: string[] = [];
  const local = (href: string): string => {
    if (href.startsWith("#")) return `#${own}--${href.slice(1)}`;
    if (!href.startsWith("/")) return href;
    const url = new URL(href, "https://guide.invalid");
    if (/^#source-/.test(url.hash)) {
      const id = url.hash.slice("#source-".length);
      if (!cited.includes(id)) cited.push(id);
      return `#${own}--source-${id}`;
    }
    const target = parts.anchors.get(url.pathname);
    if (!target) return href;
    return url.hash ? `#${target}--${url.hash.slice(1)}` : `#${target}`;
  };
  const walk = (node: Root | Element) => {
    // The guide's own contents replace the navigation between the parts of a list.
    node.children = node.children.filter(
      (c) => !(isElement(c, "nav") && classes(c).includes("parts-nav")),
    ) as typeof node.children;
    for (const el of elements(node)) {
      const { id, href } = el.properties;
      if (typeof id === "string") el.properties["id"] = `${own}--${id}`;
      for (const name of ["ariaLabelledBy", "ariaDescribedBy", "ariaControls", "htmlFor"] as const) {
        const value = el.properties[name];
        if (value !== undefined && value !== null) {
          const ids: string[] = String(value)
            .split(/[\s,]+/)
            .filter(Boolean);
          el.properties[name] = ids.map((v) => `${own}--${v}`);
        }
      }
      if (isElement(el, "a") && typeof href === "string" && !el.properties["dataCopyLink"])
        el.properties["href"] = local(href);
      if (isElement(el, "a") && typeof href === "string" && el.properties["dataCopyLink"] !== undefined) {
        el.properties["href"] = `#${own}--${href.slice(1)}`;
      }
      const level = /^h([1-5])$/.exec(el.tagName)?.[1];
      if (level) el.tagName = `h${Number(level) + 1}`;
      walk(el);
    }
  };
  const out = transform(html, walk);
  return { html: out, cited };
}
