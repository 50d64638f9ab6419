import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { revisionOf, translationStatus } from "../../src/lib/translation-status.ts";
import { allStates, pathOfState } from "../../src/lib/helper.ts";
import { builtPage, distDir, problems, root, sitemapPaths, type BuiltPage } from "./site.ts";

// The French edition as an equal: every page has its counterpart, the two point at each other, and
// a French page carries the same sections, steps, events, questions and citations as its English page.

const status = translationStatus(join(root, "content", "pages"));
const pathOf = (file: string) => {
  const slug = file.replace(/^.*\/|\.mdx$/g, "");
  const prefix = file.includes("/fr/") ? "/fr/" : "/";
  return slug === "index" ? prefix : `${prefix}${slug}/`;
};
const pairs = status.map((s) => ({
  key: s.key,
  en: pathOf(s.english),
  fr: s.french ? pathOf(s.french) : undefined,
}));

test("every English page has a French counterpart, and every French translation is up to date", () => {
  const missing = status.filter((s) => s.status === "missing").map((s) => s.english);
  assert.deepEqual(
    missing,
    [],
    problems(missing, "English pages without a French page (same `key`) in content/pages/fr/"),
  );
  const behind = [...status, ...translationStatus(join(root, "content", "helper"))]
    .filter((s) => s.status === "behind")
    .map(
      (s) =>
        `${s.french} translates an older ${s.english}; bring it up to date, then set translationOf: ${s.revision}`,
    );
  assert.deepEqual(behind, [], problems(behind, "translations behind their English page"));
});

test("the freshness check finds a French page whose English page changed", () => {
  const copy = mkdtempSync(join(tmpdir(), "pages-"));
  try {
    cpSync(join(root, "content", "pages"), copy, { recursive: true });
    const english = join(copy, "en", "opt-out.mdx");
    const french = join(copy, "fr", "refuser-le-partage.mdx");
    // Bring the copy's French page up to date with its English page, then change the English page.
    writeFileSync(
      french,
      readFileSync(french, "utf8").replace(/^translationOf: .*$/m, `translationOf: ${revisionOf(english)}`),
    );
    const status = () => translationStatus(copy).find((s) => s.french === french)?.status;
    assert.equal(status(), "up to date");
    writeFileSync(english, `${readFileSync(english, "utf8")}\nA new paragraph.\n`);
    assert.equal(status(), "behind");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

const alternates = (page: BuiltPage) =>
  page.doc
    .querySelectorAll('link[rel="alternate"][hreflang]')
    .map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href") ?? "").pathname}`)
    .sort();
const languageLink = (page: BuiltPage) =>
  page.doc.querySelectorAll("a.language-link").map((a) => a.getAttribute("href"));

test("each pair of pages, and each step of the helper, link to each other with the same hreflang set", () => {
  const helper = allStates().map((s) => ({
    key: "helper view",
    en: pathOfState(s, "en"),
    fr: pathOfState(s, "fr") as string | undefined,
  }));
  const found: string[] = [];
  for (const { key, en, fr } of [...pairs, ...helper]) {
    if (!fr) continue;
    const expected = [`en-CA ${en}`, `fr-CA ${fr}`, `x-default ${en}`];
    for (const [path, other] of [
      [en, fr],
      [fr, en],
    ] as const) {
      const page = builtPage(path);
      if (JSON.stringify(alternates(page)) !== JSON.stringify(expected))
        found.push(`${path} (${key}): hreflang ${alternates(page).join(", ")}`);
      if (JSON.stringify(languageLink(page)) !== JSON.stringify([other]))
        found.push(`${path}: language link ${languageLink(page).join(", ")}`);
    }
  }
  assert.deepEqual(found, [], problems(found, "alternates"));
});

test("the sitemap lists every address that has a counterpart with its alternates", () => {
  const sitemap = readFileSync(join(distDir, "sitemap-0.xml"), "utf8");
  const entries = new Map(
    [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      new URL(m[1] ?? "").pathname,
      [...(m[2] ?? "").matchAll(/hreflang="([^"]+)"/g)].map((h) => h[1]).sort(),
    ]),
  );
  const withCounterpart = new Set(
    sitemapPaths().filter((p) => builtPage(p).doc.querySelector("a.language-link")),
  );
  const found = [...withCounterpart].filter(
    (p) => JSON.stringify(entries.get(p)) !== JSON.stringify(["en-CA", "fr-CA", "x-default"]),
  );
  assert.deepEqual(found, [], problems(found, "sitemap entries without their alternates"));
  assert.equal(withCounterpart.size, entries.size, "every address in the sitemap has a counterpart");
});

test("a French page has the same sections, steps, events, questions and citations as its English page", () => {
  const shape = (path: string) => {
    const article = builtPage(path).doc.querySelector("article");
    return {
      sections: article?.querySelectorAll("h2").length,
      steps: article
        ?.querySelectorAll(".steps li[id]")
        .map((li) => li.id.replace(/-(step|etape)-/, "-n-").replace("-reglages", "-settings"))
        .join(" "),
      events: article
        ?.querySelectorAll("li.timeline-event")
        .map((li) => li.id)
        .join(" "),
      questions: article?.querySelectorAll(".faq-heading").length,
      citations: [
        ...new Set(
          article?.querySelectorAll("sup.cite a").map((a) => (a.getAttribute("href") ?? "").split("#")[1]),
        ),
      ]
        .sort()
        .join(" "),
    };
  };
  const found = pairs
    .filter((p) => p.fr)
    .filter((p) => JSON.stringify(shape(p.en)) !== JSON.stringify(shape(p.fr ?? "")))
    .map(
      (p) =>
        `${p.fr} differs from ${p.en}: ${JSON.stringify(shape(p.fr ?? ""))} vs ${JSON.stringify(shape(p.en))}`,
    );
  assert.deepEqual(found, [], problems(found, "French pages that differ in shape"));
});

test("French pages link only to French pages", () => {
  // The open data files (/data/) are not pages: one address each, whichever language links to them.
  const found = sitemapPaths()
    .filter((p) => p.startsWith("/fr/"))
    .flatMap((path) =>
      builtPage(path)
        .doc.querySelectorAll("a[href^='/']:not(.language-link)")
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => !href.startsWith("/fr/") && !href.startsWith("/data/"))
        .map((href) => `${path}: ${href}`),
    );
  assert.deepEqual(found, [], problems(found, "links from French pages to English addresses"));
});

test("each not-found page speaks its language first, then the other", () => {
  const en = builtPage("/404.html").doc;
  const fr = builtPage("/fr/404.html").doc;
  assert.equal(en.querySelector("html")?.getAttribute("lang"), "en-CA");
  assert.equal(fr.querySelector("html")?.getAttribute("lang"), "fr-CA");
  assert.equal(en.querySelector("h1")?.text.trim(), "Page not found");
  assert.equal(fr.querySelector("h1")?.text.trim(), "Page introuvable");
  assert.ok(
    en.querySelector('section[lang="fr-CA"] a[href="/fr/"]'),
    "the English page has a French section",
  );
  assert.ok(fr.querySelector('section[lang="en-CA"] a[href="/"]'), "the French page has an English section");
  assert.ok(fr.querySelector('nav a[href="/fr/refuser-le-partage/"]'), "the French page has the French menu");
});
