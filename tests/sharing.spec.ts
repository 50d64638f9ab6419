import { expect, test } from "@playwright/test";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { distDir, sitemapPaths } from "./helpers/site";

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const absolute = (value: string | null) => expect(value ?? "").toMatch(/^https:\/\/[^/]+\//);

for (const path of sitemapPaths()) {
  test(`${path} has absolute canonical and preview tags, and a 1200×630 preview image under 100 KB`, async ({
    page,
  }) => {
    await page.goto(path);
    const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).first();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    absolute(canonical);
    expect(new URL(canonical ?? "").pathname).toBe(path);
    expect(await meta("og:url").getAttribute("content")).toBe(canonical);
    for (const name of [
      "og:title",
      "og:description",
      "og:type",
      "og:locale",
      "og:locale:alternate",
      "og:site_name",
    ]) {
      expect(await meta(name).getAttribute("content"), name).toBeTruthy();
    }
    expect(await meta("twitter:card").getAttribute("content")).toBe("summary_large_image");
    const image = await meta("og:image").getAttribute("content");
    absolute(image);
    expect(await meta("og:image:width").getAttribute("content")).toBe("1200");
    expect(await meta("og:image:height").getAttribute("content")).toBe("630");
    expect(await meta("og:image:alt").getAttribute("content")).toBeTruthy();
    const file = join(distDir, new URL(image ?? "").pathname);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThanOrEqual(100 * 1024);
  });

  test(`${path} has structured data that parses, with an article and breadcrumbs`, async ({ page }) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
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
