import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const distDir = join(import.meta.dirname, "..", "..", "dist");

/**
 * Every page the built sitemap lists, as local paths ("/", "/opt-out/"). New pages are covered
 * by the whole-site checks without touching a test.
 */
export function sitemapPaths(): string[] {
  const index = join(distDir, "sitemap-index.xml");
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run \`npm run build\` before the browser tests.`);
  }
  const sitemaps = locs(readFileSync(index, "utf8")).map((u) => join(distDir, new URL(u).pathname));
  const paths = sitemaps.flatMap((file) => locs(readFileSync(file, "utf8")).map((u) => new URL(u).pathname));
  if (paths.length === 0) throw new Error("The sitemap lists no pages.");
  return [...new Set(paths)].sort();
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
}

/** Every page of the site that a reader can reach: the sitemap plus the not-found page. */
export function allPaths(): string[] {
  return [...sitemapPaths(), "/404.html"];
}

/** The most requests a page may make on first load: the page, its script, the icon, and one to spare. */
export const requestBudget = 4;
