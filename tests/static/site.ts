import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

// Reading the built site for the static checks: every page once, no server, no browser.

export const root = join(import.meta.dirname, "..", "..");
export const distDir = join(root, "dist");

function must(file: string): string {
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` before the static checks.`);
  return readFileSync(file, "utf8");
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");

/** Every address the built sitemap lists, as local paths ("/", "/opt-out/"). */
export function sitemapPaths(): string[] {
  const sitemaps = locs(must(join(distDir, "sitemap-index.xml"))).map((u) =>
    join(distDir, new URL(u).pathname),
  );
  const paths = sitemaps.flatMap((file) => locs(must(file)).map((u) => new URL(u).pathname));
  if (paths.length === 0) throw new Error("The sitemap lists no pages.");
  return [...new Set(paths)].sort();
}

/** The not-found pages, one per language. */
export const notFoundPaths = ["/404.html", "/fr/404.html"];

/** The pages shown offline for a page the browser did not keep, one per language. */
export const offlinePaths = ["/offline/", "/fr/hors-ligne/"];

/** Every page a reader can reach: the sitemap plus the not-found and offline pages. */
export function allPaths(): string[] {
  return [...sitemapPaths(), ...notFoundPaths, ...offlinePaths];
}

/** The built file of an address: "/x/" is dist/x/index.html, "/404.html" is dist/404.html. */
export function fileOf(path: string): string {
  return join(distDir, path.endsWith("/") ? `${path}index.html` : path);
}

export interface BuiltPage {
  path: string;
  html: string;
  doc: HTMLElement;
}

const cache = new Map<string, BuiltPage>();

/** A built page, parsed once per test file. */
export function builtPage(path: string): BuiltPage {
  let page = cache.get(path);
  if (!page) {
    const html = must(fileOf(path));
    page = { path, html, doc: parse(html) };
    cache.set(path, page);
  }
  return page;
}

/** Every HTML file in dist/, as paths relative to it. */
export function htmlFiles(): string[] {
  must(join(distDir, "index.html"));
  return readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(distDir, join(e.parentPath, e.name)))
    .sort();
}

/** The language of a page from its address. */
export const langOfPath = (path: string): "en" | "fr" => (path.startsWith("/fr/") ? "fr" : "en");

/** The content of the first <meta> with this name or property. */
export function metaContent(doc: HTMLElement, name: string): string | undefined {
  return doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content");
}

/** Collects problems and fails once, listing them all. */
export function problems(list: string[], what: string): string {
  return `${what}:\n${list.join("\n")}`;
}
