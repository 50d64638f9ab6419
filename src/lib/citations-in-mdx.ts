import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

// The citations of a page, read from its MDX tree: <Cite id>, <Quote cite> and <BasedOn ids>, and
// whether it shows the timeline (whose events cite their own sources).

const parser = unified().use(remarkParse).use(remarkMdx);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}

function attribute(node: JsxNode, name: string, file: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (!found) return undefined;
  if (typeof found.value !== "string") {
    throw new Error(`${file}: <${node.name} ${name}=…> must be a plain string, such as ${name}="source-id".`);
  }
  return found.value;
}

/** The source ids a page's MDX cites, in order of appearance, and whether it shows the timeline. */
export function citationsIn(mdx: string, file: string): { ids: string[]; timeline: boolean } {
  let tree;
  try {
    // A whole file starts with its frontmatter, which is YAML, not MDX.
    tree = parser.parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, ""));
  } catch (error) {
    throw new Error(`${file}: the MDX could not be read: ${(error as Error).message}`, { cause: error });
  }
  const ids: string[] = [];
  let timeline = false;
  visit(tree, (node) => {
    const jsx = node as JsxNode;
    if (jsx.type !== "mdxJsxFlowElement" && jsx.type !== "mdxJsxTextElement") return;
    if (jsx.name === "Cite") ids.push(attribute(jsx, "id", file) ?? "");
    if (jsx.name === "Quote") ids.push(attribute(jsx, "cite", file) ?? "");
    if (jsx.name === "BasedOn") ids.push(...(attribute(jsx, "ids", file) ?? "").split(/\s+/));
    if (jsx.name === "Timeline") timeline = true;
  });
  return { ids: ids.filter(Boolean), timeline };
}
