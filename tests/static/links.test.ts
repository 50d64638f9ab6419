import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { officialLinks, sources } from "./content.ts";
import { allPaths, builtPage, fileOf, problems } from "./site.ts";

const origin = "https://site.invalid";

test("every internal link and #fragment on every page resolves", () => {
  const ids = new Map<string, Set<string> | undefined>();
  const idsAt = (path: string) => {
    if (!ids.has(path)) {
      ids.set(
        path,
        existsSync(fileOf(path))
          ? new Set(
              builtPage(path)
                .doc.querySelectorAll("[id]")
                .map((el) => el.id),
            )
          : undefined,
      );
    }
    return ids.get(path);
  };
  const found: string[] = [];
  for (const path of allPaths()) {
    const links = builtPage(path)
      .doc.querySelectorAll("a[href]")
      .map((a) => a.getAttribute("href") ?? "");
    if (links.length === 0) found.push(`${path}: no links at all`);
    for (const href of links) {
      const url = new URL(href, new URL(path, origin));
      if (url.origin !== origin) continue;
      const target = url.pathname;
      const targetIds =
        target.endsWith(".xml") || target.endsWith(".png") ? new Set<string>() : idsAt(target);
      if (!targetIds && !existsSync(fileOf(target))) {
        found.push(`${path}: ${href} leads to no page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !targetIds?.has(fragment))
        found.push(`${path}: ${href} has no element with id "${fragment}"`);
    }
  }
  assert.deepEqual([...new Set(found)], [], problems([...new Set(found)], "broken links"));
});

test("external links point only to listed sources, their archives and official pages", () => {
  const allowed = new Set([
    ...sources().flatMap((s) => [s.url, s.archive, ...(s.url_fr ? [s.url_fr] : [])]),
    ...officialLinks(),
  ]);
  const found = allPaths().flatMap((path) =>
    builtPage(path)
      .doc.querySelectorAll("a[href^='http']")
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => !allowed.has(href))
      .map((href) => `${path}: ${href}`),
  );
  assert.deepEqual(
    found,
    [],
    problems(found, "links to addresses that are not listed sources or official pages"),
  );
});
