import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { citationsIn } from "../../src/lib/citations-in-mdx.ts";
import { sources, timelineEvents } from "./content.ts";
import { allPaths, builtPage, problems, root } from "./site.ts";

/** Every MDX file the site renders, as [path relative to the repository, text]. */
function mdxFiles(): [string, string][] {
  return ["pages", "helper"].flatMap((kind) =>
    readdirSync(join(root, "content", kind), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".mdx"))
      .map((f): [string, string] => [
        `content/${kind}/${f}`,
        readFileSync(join(root, "content", kind, f), "utf8"),
      ]),
  );
}

test("every source is cited at least once, on a page or by a timeline event", () => {
  const cited = new Set([
    ...mdxFiles().flatMap(([file, text]) => citationsIn(text, file).ids),
    ...timelineEvents().flatMap((e) => e.sources),
  ]);
  const unused = sources()
    .filter((s) => !cited.has(s.id))
    .map((s) => s.id);
  assert.deepEqual(unused, [], problems(unused, "sources no page cites"));
});

test("the site has at least 30 sources in the four groups", () => {
  const list = sources();
  assert.ok(list.length >= 30);
  assert.deepEqual(new Set(list.map((s) => s.group)), new Set(["company", "regulators", "news", "advocacy"]));
});

test("every citation links to its source's entry, and every entry links back to a citation", () => {
  const found: string[] = [];
  for (const path of allPaths()) {
    const { doc } = builtPage(path);
    for (const a of doc.querySelectorAll("sup.cite a")) {
      const href = a.getAttribute("href") ?? "";
      const [target, id] = href.split("#");
      // The whole guide lists each part's sources on the page itself.
      const on = target || path;
      if (!id || !builtPage(on).doc.getElementById(id)?.tagName.match(/^LI$/i)) {
        found.push(`${path}: citation ${href} leads nowhere`);
      }
    }
  }
  for (const path of [
    "/sources/",
    "/sources-news-2013-2016/",
    "/sources-news-2017-2026/",
    "/fr/sources/",
    "/fr/sources-presse-2013-2016/",
    "/fr/sources-presse-2017-2026/",
  ]) {
    for (const li of builtPage(path).doc.querySelectorAll("ol.source-list > li")) {
      if (li.querySelectorAll("small a").length === 0) found.push(`${path}#${li.id}: cited nowhere`);
    }
  }
  assert.deepEqual(found, [], problems(found, "citations"));
});

test("every source appears on exactly one sources page of each language", () => {
  const pages = {
    en: ["/sources/", "/sources-news-2013-2016/", "/sources-news-2017-2026/"],
    fr: ["/fr/sources/", "/fr/sources-presse-2013-2016/", "/fr/sources-presse-2017-2026/"],
  };
  for (const [lang, paths] of Object.entries(pages)) {
    const listed = paths.flatMap((p) =>
      builtPage(p)
        .doc.querySelectorAll("ol.source-list > li")
        .map((li) => li.id),
    );
    const expected = sources().map((s) => `source-${s.id}`);
    assert.deepEqual([...listed].sort(), [...expected].sort(), `${lang}: sources listed once each`);
  }
});

test("an archive link is called an archived copy only when it names a timestamped snapshot", () => {
  const found: string[] = [];
  for (const path of ["/sources/", "/fr/sources/", "/sources-news-2013-2016/"]) {
    for (const a of builtPage(path).doc.querySelectorAll('a[href^="https://web.archive.org/"]')) {
      const snapshot = /^\/web\/\d{14}\//.test(new URL(a.getAttribute("href") ?? "").pathname);
      const claims = /^(Archived copy|Copie archivée)$/.test(a.text.trim());
      if (claims !== snapshot) found.push(`${path}: "${a.text.trim()}" for ${a.getAttribute("href")}`);
    }
  }
  assert.deepEqual(found, [], problems(found, "archive links"));
});
