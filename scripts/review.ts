// For the person doing the next review: every page and every "today" statement (the "as of" boxes
// and the helper's result blocks), oldest review first, with the sources each rests on.
// `npm run review`; BUILD_DATE=YYYY-MM-DD counts ages from another day.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parse } from "yaml";
import { citationsIn } from "../src/lib/citations-in-mdx.ts";
import { ageInDays, buildDate, staleAfterDays } from "../src/lib/freshness.ts";
import { frontmatterOf } from "../src/lib/translation-status.ts";

interface Source {
  id: string;
  publisher: string;
  date: string;
  url: string;
}

interface Item {
  reviewed: string;
  where: string;
  what: string;
  sources: string[];
}

const today = buildDate();
const sources = new Map(
  (parse(readFileSync("content/sources.yaml", "utf8")) as Source[]).map((s) => [s.id, s]),
);
const parser = unified().use(remarkParse).use(remarkMdx);

const files = (base: string) =>
  readdirSync(base, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => join(base, f));

const dateOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

interface Node {
  type: string;
  name?: string;
  value?: string;
  attributes?: { name?: string; value?: unknown }[];
  children?: Node[];
  position?: import("unist").Position | undefined;
}

const textOf = (node: Node): string =>
  node.type === "text" || node.type === "inlineCode"
    ? (node.value ?? "")
    : (node.children ?? []).map(textOf).join(" ");

/** The source ids cited inside a node: <Cite id>, <Quote cite>, <BasedOn ids>. */
function citedIn(root: Node): string[] {
  const ids: string[] = [];
  visit(root, (node: Node) => {
    const attribute = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
    if (node.name === "Cite") ids.push(String(attribute("id")));
    if (node.name === "Quote") ids.push(String(attribute("cite")));
    if (node.name === "BasedOn") ids.push(...String(attribute("ids")).split(/\s+/));
  });
  return [...new Set(ids)];
}

/** How many lines the frontmatter takes, so box positions match the file. */
const frontmatterLines = (file: string) =>
  (/^---\n[\s\S]*?\n---\n/.exec(readFileSync(file, "utf8"))?.[0].split("\n").length ?? 1) - 1;

const items: Item[] = [];
for (const file of files("content/pages")) {
  const data = frontmatterOf(file);
  const reviewed = dateOf(data["reviewed"]);
  const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  items.push({ reviewed, where: file, what: `page: ${String(data["title"])}`, sources: [] });
  visit(parser.parse(body) as Node, (node: Node) => {
    const status = node.attributes?.some((a) => a.name === "type" && a.value === "status");
    if (node.type !== "mdxJsxFlowElement" || node.name !== "Callout" || !status) return;
    items.push({
      reviewed,
      where: `${file}, "as of" box at line ${(node.position?.start.line ?? 0) + frontmatterLines(file)}`,
      what: textOf(node).replace(/\s+/g, " ").trim().slice(0, 160),
      sources: citedIn(node),
    });
  });
}
for (const file of files("content/helper")) {
  const data = frontmatterOf(file);
  const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  items.push({
    reviewed: dateOf(data["reviewed"]),
    where: file,
    what: `helper block: ${String(data["summary"])}`,
    sources: [...new Set(citationsIn(body, file).ids)],
  });
}

items.sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.where.localeCompare(b.where));
console.log(
  `Review list, counted from ${today.toISOString().slice(0, 10)}; facts older than ${staleAfterDays} days are marked STALE.\n`,
);
for (const item of items) {
  const age = ageInDays(new Date(item.reviewed), today);
  console.log(
    `${String(age).padStart(4)} days  ${item.reviewed}${age > staleAfterDays ? "  STALE" : ""}  ${item.where}`,
  );
  console.log(`            ${item.what}`);
  for (const id of item.sources) {
    const s = sources.get(id);
    console.log(
      `            - ${id}: ${s ? `${s.publisher}, ${s.date}, ${s.url}` : "not in content/sources.yaml"}`,
    );
  }
}
