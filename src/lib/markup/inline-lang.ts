import type { ElementContent, Root, RootContent } from "hast";
import { isElement, parseFragment, toHtml } from "./tree.ts";

/**
 * Text from a data file (a timeline event) as HTML: everything is text except
 * `<span lang="xx">…</span>`, which marks words in another language (an English label on a French
 * page). Any other markup is refused, naming `where`.
 */
export function inlineWithLang(text: string, where: string): string {
  const tree: Root = parseFragment(text);
  const check = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type === "text") continue;
      const span = isElement(node, "span") && Object.keys(node.properties).join() === "lang";
      if (!span || !/^[a-z]{2}(-[A-Z]{2})?$/.test(String(node.properties["lang"]))) {
        throw new Error(
          `${where}: only plain text and <span lang="en">…</span> are allowed; found ${toHtml([node as RootContent])}.`,
        );
      }
      check(node.children);
    }
  };
  check(tree.children);
  return toHtml(tree);
}
