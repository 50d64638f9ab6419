import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { brotliCompressSync, constants } from "node:zlib";
import { allPaths, builtPage, distDir, fileOf, problems } from "./site.ts";

// Byte budgets, counted on the built files (deterministic; timings belong to `npm run bench`).
// Everything a page needs to draw its text must fit the first round trip: 14 KB after brotli.
export const budget = { firstRoundTrip: 14 * 1024, script: 4 * 1024, requests: 4, transfer: 25 * 1024 };

const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Scripts and every module they import, as the browser would fetch them. */
function withImports(scripts: string[]): string[] {
  const all = new Set<string>();
  const visit = (src: string) => {
    if (all.has(src) || !existsSync(join(distDir, src))) return;
    all.add(src);
    const code = readFileSync(join(distDir, src), "utf8");
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      visit(new URL(m[1] ?? "", `https://x${src}`).pathname);
  };
  scripts.forEach(visit);
  return [...all];
}

/**
 * A page's HTML (its styles and script are inline), any linked CSS and scripts, after brotli, and
 * its requests. `js` is the page's script, wherever it travels.
 */
function weigh(path: string) {
  const { doc } = builtPage(path);
  const local = (urls: string[]) => urls.filter((u) => u.startsWith("/") && existsSync(join(distDir, u)));
  const css = local(doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute("href") ?? ""));
  const js = withImports(local(doc.querySelectorAll("script[src]").map((s) => s.getAttribute("src") ?? "")));
  const inlineJs = doc
    .querySelectorAll('script[type="module"]')
    .reduce((n, s) => n + brotli(Buffer.from(s.text)), 0);
  // Drawings load lazily, after the text: they count toward the page's transfer, not its first load.
  const eager = local(
    doc.querySelectorAll('img[src]:not([loading="lazy"])').map((i) => i.getAttribute("src") ?? ""),
  );
  const lazy = local(doc.querySelectorAll('img[loading="lazy"]').map((i) => i.getAttribute("src") ?? ""));
  const size = (files: string[]) => files.reduce((n, f) => n + brotli(readFileSync(join(distDir, f))), 0);
  const source = readFileSync(fileOf(path), "utf8");
  const html = brotli(Buffer.from(source));
  // The script comes last and the text is drawn without it: what must arrive in the first round
  // trip is the page up to it.
  const script = doc.querySelector('script[type="module"]');
  const beforeScript = script ? source.slice(0, script.range[0]) + source.slice(script.range[1]) : source;
  return {
    path,
    html,
    firstFlight: brotli(Buffer.from(beforeScript)),
    css: size(css),
    js: size(js) + inlineJs,
    requests: 1 + css.length + js.length + eager.length,
    transfer: html + size(css) + size(js) + size(eager) + size(lazy),
    drawings: lazy.length,
  };
}

// The whole guide on one page is for saving and printing, not for the first round trip.
const guides = ["/guide/", "/fr/guide/"];

test("every page's text and styles fit the first round trip, its script stays small and it needs few requests", () => {
  const rows = allPaths().map(weigh);
  console.table(
    rows.map((r) => ({ page: r.path, "text+css": r.firstFlight + r.css, js: r.js, requests: r.requests })),
  );
  const over = rows
    .filter(
      (r) =>
        (r.firstFlight + r.css > budget.firstRoundTrip && !guides.includes(r.path)) ||
        r.js > budget.script ||
        r.requests > budget.requests,
    )
    .map(
      (r) =>
        `${r.path}: page before its script, with CSS, ${r.firstFlight + r.css} B (max ${budget.firstRoundTrip}), script ${r.js} B (max ${budget.script}), ${r.requests} requests (max ${budget.requests})`,
    );
  assert.deepEqual(over, [], problems(over, "pages over budget (brotli bytes)"));
});

test("with its drawings, no page transfers more than 25 KB, and the opt-out pages have theirs", () => {
  const rows = allPaths()
    .filter((p) => !guides.includes(p))
    .map(weigh);
  const over = rows.filter((r) => r.transfer > budget.transfer).map((r) => `${r.path}: ${r.transfer} B`);
  assert.deepEqual(over, [], problems(over, `pages over ${budget.transfer} B with their drawings (brotli)`));
  for (const path of ["/opt-out/", "/fr/refuser-le-partage/"]) {
    assert.ok((rows.find((r) => r.path === path)?.drawings ?? 0) >= 6, `${path} shows the drawn screens`);
  }
});

/** The class names a stylesheet's selectors name (`.a`, `.sm\:px-6`), outside at-rule preludes. */
export function selectorClasses(css: string): Set<string> {
  const found = new Set<string>();
  for (const [, prelude = ""] of css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{};]+)\{/g)) {
    if (prelude.trim().startsWith("@")) continue;
    for (const [, name = ""] of prelude.matchAll(/\.(-?[_a-zA-Z](?:\\.|[\w-])*)/g))
      found.add(name.replace(/\\(.)/g, "$1"));
  }
  return found;
}

test("the stylesheet has a rule for no class that no page or script uses", () => {
  const used = new Set<string>();
  const css = new Set<string>();
  for (const path of allPaths()) {
    const { doc } = builtPage(path);
    for (const el of doc.querySelectorAll("[class]"))
      for (const name of (el.getAttribute("class") ?? "").split(/\s+/)) used.add(name);
    for (const style of doc.querySelectorAll("style")) css.add(style.text);
    // Scripts add classes of their own (a tab list, a chosen panel): any word in them counts.
    const scripts = doc.querySelectorAll("script:not([type='application/ld+json'])");
    const external = withImports(scripts.map((s) => s.getAttribute("src") ?? "").filter(Boolean));
    for (const code of [
      ...scripts.map((s) => s.text),
      ...external.map((f) => readFileSync(join(distDir, f), "utf8")),
    ])
      for (const [word] of code.matchAll(/[\w-]+/g)) used.add(word);
  }
  const unused = [...css]
    .flatMap((text) => [...selectorClasses(text)])
    .filter((name, i, all) => !used.has(name) && all.indexOf(name) === i);
  assert.deepEqual(
    unused,
    [],
    problems(unused, "classes styled but used nowhere (words Tailwind found in code or comments?)"),
  );
});
