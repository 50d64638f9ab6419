import assert from "node:assert/strict";
import { test } from "node:test";
import { NodeType, type HTMLElement, type Node } from "node-html-parser";
import { fleschKincaidGrade, kandelMoles } from "../../src/lib/readability.ts";
import { builtPage } from "./site.ts";

const left = (el: HTMLElement) =>
  ["script", "style", "table", "svg"].includes(el.rawTagName?.toLowerCase() ?? "") ||
  ["cite", "copy-link", "based-on", "stale-notice", "translation-behind"].some((c) =>
    el.classList.contains(c),
  ) ||
  el.hasAttribute("data-enhancement");

/** The article's text as a reader reads it: blocks on lines of their own, without citations and controls. */
function readableText(article: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) return void parts.push(node.text);
    if (node.nodeType !== NodeType.ELEMENT_NODE || left(node as HTMLElement)) return;
    const block = /^(p|li|h[1-6]|div|section|td|dt|dd|figcaption|blockquote)$/i.test(
      (node as HTMLElement).rawTagName ?? "",
    );
    if (block) parts.push("\n");
    node.childNodes.forEach(walk);
    if (block) parts.push("\n");
  };
  walk(article);
  return parts.join("");
}

const article = (path: string) => {
  const found = builtPage(path).doc.querySelector("main article");
  if (!found) throw new Error(`${path}: no article`);
  return readableText(found);
};

for (const [path, max] of [
  ["/", 8],
  ["/opt-out/", 7],
] as const) {
  test(`the main text of ${path} reads at Flesch-Kincaid grade ${max} or lower`, () => {
    const grade = fleschKincaidGrade(article(path));
    console.log(`${path}: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    assert.ok(grade <= max, `${path}: grade ${grade.toFixed(1)}`);
  });
}

// Kandel-Moles has Flesch's scale: 60 to 70 is "standard" (grades 8 and 9), so grade 8 or lower is 65 or more.
for (const path of ["/fr/", "/fr/refuser-le-partage/"]) {
  test(`the main text of ${path} scores 65 or more on the Kandel-Moles scale`, () => {
    const score = kandelMoles(article(path));
    console.log(`${path}: Kandel-Moles ${score.toFixed(1)}`);
    assert.ok(score >= 65, `${path}: ${score.toFixed(1)}`);
  });
}
