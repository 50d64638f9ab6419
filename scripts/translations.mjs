// Lists each English page, its revision, and whether its French translation is up to date.
// When you bring a French page up to date, copy the English revision into its `translationOf`.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const base = "content/pages";
const frontmatter = (file) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "") ?? {};
const revision = (file) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);
const files = (lang) =>
  readdirSync(join(base, lang))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => join(base, lang, f));

const french = new Map(files("fr").map((file) => [frontmatter(file).key, file]));
let behind = 0;
for (const file of files("en")) {
  const key = frontmatter(file).key;
  const rev = revision(file);
  const fr = french.get(key);
  const status = !fr ? "no French page" : frontmatter(fr).translationOf === rev ? "up to date" : "BEHIND";
  if (status !== "up to date") behind += 1;
  console.log(`${rev}  ${file}  ->  ${fr ?? "-"}  ${status}`);
}
process.exit(behind && process.argv.includes("--check") ? 1 : 0);
