import { expect, test } from "@playwright/test";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { metaContent, served } from "./helpers/served";
import { distDir, sitemapPaths } from "./helpers/site";

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const absolute = (value: string | undefined) => expect(value ?? "").toMatch(/^https:\/\/[^/]+\//);

for (const path of sitemapPaths()) {
  test(`${path} has absolute canonical and preview tags, and a 1200×630 preview image under 100 KB`, async ({
    request,
    baseURL,
  }) => {
    const { doc } = await served(request, baseURL ?? "", path);
    const meta = (name: string) => metaContent(doc, name);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
    absolute(canonical);
    expect(new URL(canonical ?? "").pathname).toBe(path);
    expect(meta("og:url")).toBe(canonical);
    for (const name of [
      "og:title",
      "og:description",
      "og:type",
      "og:locale",
      "og:locale:alternate",
      "og:site_name",
    ]) {
      expect(meta(name), name).toBeTruthy();
    }
    expect(meta("twitter:card")).toBe("summary_large_image");
    const image = meta("og:image");
    absolute(image);
    expect(meta("og:image:width")).toBe("1200");
    expect(meta("og:image:height")).toBe("630");
    expect(meta("og:image:alt")).toBeTruthy();
    const file = join(distDir, new URL(image ?? "").pathname);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThanOrEqual(100 * 1024);
  });

  test(`${path} has structured data that parses, with an article and breadcrumbs`, async ({
    request,
    baseURL,
  }) => {
    const { doc } = await served(request, baseURL ?? "", path);
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => s.text);
    const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
    const article = data.find((d) => d["@type"] === "Article");
    expect(article, "an Article").toBeDefined();
    for (const field of ["headline", "datePublished", "dateModified", "inLanguage", "publisher"]) {
      expect(article?.[field], field).toBeTruthy();
    }
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList");
    expect((crumbs?.itemListElement as unknown[] | undefined)?.length).toBeGreaterThanOrEqual(1);
  });
}

test("the opt-out page describes its steps as a HowTo, each with its own address", async ({ page }) => {
  await page.goto("/opt-out/");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const howTo = blocks.map((t) => JSON.parse(t)).find((d) => d["@type"] === "HowTo");
  expect(howTo?.name).toBeTruthy();
  const steps = howTo?.step as { url: string; text: string }[];
  expect(steps.length).toBeGreaterThanOrEqual(10);
  for (const step of steps) {
    expect(step.url).toMatch(/^https:\/\/[^#]+\/opt-out\/#(iphone|android)(-settings)?-step-\d+$/);
    expect(step.text.length).toBeGreaterThan(10);
    expect(step.text).not.toMatch(/Copy link|Based on/);
  }
});
