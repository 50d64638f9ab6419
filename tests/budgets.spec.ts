import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { expect, test } from "@playwright/test";
import { distDir, sitemapPaths } from "./helpers/site";

// Byte budgets, counted on the built files (deterministic; timings belong to `npm run bench`).
// Everything a page needs to draw its text must fit the first round trip: 14 KB after brotli.
// The number of requests per page is checked with the privacy checks, which watch every request.
const budget = { firstRoundTrip: 14 * 1024, script: 4 * 1024 };

const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The built page and the brotli size of what it needs: its HTML (styles are inline), linked CSS, scripts. */
function weigh(path: string) {
  const html = readFileSync(join(distDir, path, "index.html"));
  const text = html.toString("utf8");
  const linked = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => m[1] ?? "").filter((href) => existsSync(join(distDir, href)));
  const sum = (files: string[]) => files.reduce((n, f) => n + brotli(readFileSync(join(distDir, f))), 0);
  const inlineScripts = [
    ...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1] ?? "")
    .join("");
  // Scripts the page loads directly, and those its inline scripts import after the first paint.
  const scripts = [
    ...linked(/<script[^>]+src="([^"]+)"/g),
    ...[...inlineScripts.matchAll(/import\("([^"]+)"\)/g)]
      .map((m) => m[1] ?? "")
      .filter((src) => existsSync(join(distDir, src))),
  ];
  return {
    html: brotli(html),
    css: sum(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    js: sum(scripts) + (inlineScripts ? brotli(Buffer.from(inlineScripts)) : 0),
    hasScript: scripts.length > 0 || inlineScripts.length > 0,
    interactive: /data-copy-link|<platform-tabs|data-interactive/.test(text),
  };
}

test("every page's HTML and CSS fit the first round trip, and scripts stay small", () => {
  const rows = sitemapPaths().map((path) => ({ path, ...weigh(path) }));
  console.table(
    rows.map((r) => ({ page: r.path, html: r.html, css: r.css, "html+css": r.html + r.css, js: r.js })),
  );
  const over = rows
    .filter((r) => r.html + r.css > budget.firstRoundTrip || r.js > budget.script)
    .map(
      (r) =>
        `${r.path}: HTML+CSS ${r.html + r.css} B (max ${budget.firstRoundTrip}), scripts ${r.js} B (max ${budget.script})`,
    );
  expect(over, "pages over budget (brotli bytes)").toEqual([]);
});

test("pages without interactive parts load no script", () => {
  const needless = sitemapPaths().filter((path) => {
    const page = weigh(path);
    return page.hasScript && !page.interactive;
  });
  expect(needless).toEqual([]);
});
