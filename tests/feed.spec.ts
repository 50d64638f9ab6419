import { expect, test } from "@playwright/test";
import { served } from "./helpers/served";
import { sitemapPaths } from "./helpers/site";

test("the updates feed is well-formed Atom with dated entries and absolute links", async ({
  page,
  request,
}) => {
  const response = await request.get("/updates.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto("/");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror"))
      return { error: doc.querySelector("parsererror")?.textContent ?? "" };
    const entries = [...doc.querySelectorAll("entry")].map((e) => ({
      id: e.querySelector("id")?.textContent ?? "",
      updated: e.querySelector("updated")?.textContent ?? "",
      link: e.querySelector("link")?.getAttribute("href") ?? "",
    }));
    return {
      root: doc.documentElement.localName,
      updated: doc.querySelector("feed > updated")?.textContent ?? "",
      entries,
    };
  }, xml);
  expect(feed).not.toHaveProperty("error");
  expect(feed).toMatchObject({ root: "feed" });
  if (!("entries" in feed)) throw new Error("no entries");
  expect(feed.entries.length).toBeGreaterThanOrEqual(1);
  expect(Number.isNaN(Date.parse(feed.updated ?? ""))).toBe(false);
  for (const entry of feed.entries) {
    expect(entry.link).toMatch(/^https:\/\//);
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
});

for (const path of sitemapPaths()) {
  test(`${path} points feed readers to the updates feed`, async ({ request, baseURL }) => {
    const { doc } = await served(request, baseURL ?? "", path);
    const href = doc
      .querySelector('link[rel="alternate"][type="application/atom+xml"]')
      ?.getAttribute("href");
    expect(href).toMatch(/updates\.xml$/);
  });
}

test("robots.txt points to the sitemap with an absolute address", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
});
