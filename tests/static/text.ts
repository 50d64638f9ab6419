import { NodeType, type HTMLElement, type Node } from "node-html-parser";

// The words of a built page, as a reader meets them: text and the attributes read aloud or shown
// (titles, alt texts, labels, descriptions), each with the language it is marked in.

export interface Words {
  text: string;
  /** The language the words are marked in: the nearest lang attribute. */
  lang: string;
  /** Where they come from: "text", "cite" (the title of a work), or the attribute's name. */
  where: string;
}

const skipped = new Set(["script", "style", "svg", "code"]);
const spoken = ["alt", "title", "aria-label", "placeholder"];
const metaNames = [
  "description",
  "og:title",
  "og:description",
  "og:image:alt",
  "twitter:title",
  "twitter:description",
];

/**
 * Every run of text on a page and every spoken attribute, in document order, with its language.
 * Adjacent text within one block is joined, so a colon after a <strong> label is seen with it.
 */
export function wordsOf(root: HTMLElement): Words[] {
  const out: Words[] = [];
  const pageLang = root.querySelector("html")?.getAttribute("lang") ?? "";
  const walk = (node: Node, lang: string, where = "text") => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const last = out.at(-1);
      const text = node.text;
      if (last && last.where === where && last.lang === lang) last.text += text;
      else out.push({ text, lang, where });
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? "";
    const own = el.getAttribute("lang") ?? lang;
    if (tag === "meta") {
      const name = el.getAttribute("name") ?? el.getAttribute("property") ?? "";
      if (metaNames.includes(name))
        out.push({ text: el.getAttribute("content") ?? "", lang: own, where: name });
      return;
    }
    for (const name of spoken) {
      const value = el.getAttribute(name);
      if (value) out.push({ text: value, lang: own, where: name });
    }
    if (skipped.has(tag)) return;
    const block =
      /^(p|li|h[1-6]|div|section|article|td|th|dt|dd|figcaption|blockquote|title|caption|nav|header|footer|main|ul|ol|dl|figure|br)$/.test(
        tag,
      );
    if (block) out.push({ text: "", lang: own, where: "break" });
    // The title of a work (a source's published title) is quoted as published.
    for (const child of el.childNodes) walk(child, own, tag === "cite" ? "cite" : where);
    if (block) out.push({ text: "", lang: own, where: "break" });
  };
  walk(root, pageLang);
  return out.filter((w) => w.text.trim() !== "");
}

/** The French words of a page: everything not marked as another language. */
export const frenchWords = (root: HTMLElement) => wordsOf(root).filter((w) => w.lang.startsWith("fr"));

/** A few characters either side of a match, for error messages. */
export const around = (text: string, index: number) =>
  JSON.stringify(text.slice(Math.max(0, index - 30), index + 30));
