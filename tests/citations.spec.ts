import { expect, test } from "@playwright/test";
import { citedIds } from "../src/lib/cited-ids";
import { contentPages, officialLinks, sources, timelineEvents } from "./helpers/content";
import { served } from "./helpers/served";
import { sitemapPaths } from "./helpers/site";

test("every cited id exists in sources.yaml", () => {
  const known = new Set(sources().map((s) => s.id));
  const unknown = [
    ...contentPages().flatMap(([file, text]) => citedIds(text).map((id) => `${file}: ${id}`)),
    ...timelineEvents().flatMap((e) => e.sources.map((id) => `content/timeline.yaml (${e.id}): ${id}`)),
  ].filter((entry) => !known.has(entry.split(": ").at(-1) ?? ""));
  expect(unknown).toEqual([]);
});

test("every source is cited at least once", () => {
  const cited = new Set([
    ...contentPages().flatMap(([, text]) => citedIds(text)),
    ...timelineEvents().flatMap((e) => e.sources),
  ]);
  expect(
    sources()
      .filter((s) => !cited.has(s.id))
      .map((s) => s.id),
  ).toEqual([]);
});

test("every source has an https original and an archived copy", () => {
  const bad = sources()
    .filter((s) => !s.url?.startsWith("https://") || !s.archive?.startsWith("https://web.archive.org/web/"))
    .map((s) => s.id);
  expect(bad).toEqual([]);
});

test("source ids are unique", () => {
  const ids = sources().map((s) => s.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test("the site has at least 30 sources in the four groups", () => {
  const list = sources();
  expect(list.length).toBeGreaterThanOrEqual(30);
  expect(new Set(list.map((s) => s.group))).toEqual(new Set(["company", "regulators", "news", "advocacy"]));
});

for (const path of sitemapPaths()) {
  test(`external links on ${path} point only to listed sources and official pages`, async ({
    request,
    baseURL,
  }) => {
    const allowed = new Set([...sources().flatMap((s) => [s.url, s.archive]), ...officialLinks()]);
    const { doc, url } = await served(request, baseURL ?? "", path);
    const external = doc
      .querySelectorAll("a[href^='http']")
      .map((a) => a.getAttribute("href") ?? "")
      .filter((h) => !h.startsWith(url.origin));
    expect(external.filter((href) => !allowed.has(href))).toEqual([]);
  });
}
