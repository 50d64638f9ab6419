import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { translationStatus } from "../src/lib/translation-status";
import { root } from "./helpers/content";
import { distDir } from "./helpers/site";
import en from "../src/i18n/en.json" with { type: "json" };
import fr from "../src/i18n/fr.json" with { type: "json" };

// The French edition as an equal: every page has its counterpart, the two point at each other, and
// a French page carries the same steps, events, questions and citations as its English page.

interface Edition {
  key: string;
  lang: "en" | "fr";
  path: string;
  html: string;
}

/** Every built content page, read from dist/ by the address its content file gives it. */
function builtPages(): Edition[] {
  return (["en", "fr"] as const).flatMap((lang) => {
    const status = translationStatus(join(root, "content", "pages"));
    const files = lang === "en" ? status.map((s) => s.english) : status.flatMap((s) => s.french ?? []);
    return files.map((file) => {
      const slug = file.replace(/^.*\/|\.mdx$/g, "");
      const prefix = lang === "en" ? "/" : "/fr/";
      const path = slug === "index" ? prefix : `${prefix}${slug}/`;
      const key = status.find((s) => s.english === file || s.french === file)?.key ?? "";
      const built = join(distDir, path, "index.html");
      return { key, lang, path, html: existsSync(built) ? readFileSync(built, "utf8") : "" };
    });
  });
}

const pages = builtPages();
const pairs = [...new Set(pages.map((p) => p.key))].map((key) => ({
  key,
  en: pages.find((p) => p.key === key && p.lang === "en"),
  fr: pages.find((p) => p.key === key && p.lang === "fr"),
}));
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? "");
const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? "";

test("every content page of both languages is in the build", () => {
  expect(pages.filter((p) => !p.html).map((p) => p.path)).toEqual([]);
});

test("both string files have exactly the same keys", () => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
});

test("every English page has a French counterpart", () => {
  const missing = translationStatus(join(root, "content", "pages"))
    .filter((s) => s.status === "missing")
    .map((s) => s.english);
  expect(missing, "English pages without a French page (same `key`) in content/pages/fr/").toEqual([]);
  expect(pages.filter((p) => p.lang === "fr").length).toBe(pages.filter((p) => p.lang === "en").length);
});

test("every French translation is up to date with its English page", () => {
  const behind = translationStatus(join(root, "content", "pages"))
    .filter((s) => s.status === "behind")
    .map(
      (s) =>
        `${s.french} translates an older ${s.english}; bring it up to date, then set translationOf: ${s.revision}`,
    );
  expect(behind).toEqual([]);
});

test("every block of the helper's results has an up-to-date French translation", () => {
  const stale = translationStatus(join(root, "content", "helper"))
    .filter((s) => s.status !== "up to date")
    .map((s) => `${s.english}: French ${s.status}${s.french ? `; set translationOf: ${s.revision}` : ""}`);
  expect(stale).toEqual([]);
});

test("the freshness check fails when an English page changes and its French page does not", () => {
  const copy = mkdtempSync(join(tmpdir(), "pages-"));
  try {
    cpSync(join(root, "content", "pages"), copy, { recursive: true });
    const english = join(copy, "en", "opt-out.mdx");
    writeFileSync(english, readFileSync(english, "utf8") + "\nA new paragraph.\n");
    const behind = translationStatus(copy).filter((s) => s.status === "behind");
    expect(behind.map((s) => s.french)).toEqual([join(copy, "fr", "se-desinscrire.mdx")]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

for (const { key, en: english, fr: french } of pairs) {
  test(`"${key}": both editions have the right lang and link to each other`, () => {
    expect(english && french, `the "${key}" page needs both an English and a French edition`).toBeTruthy();
    if (!english || !french) return;
    expect(english.html).toMatch(/<html lang="en"/);
    expect(french.html).toMatch(/<html lang="fr-CA"/);
    expect(all(english.html, /<a href="([^"]+)"[^>]*class="language-link"/g)).toEqual([french.path]);
    expect(all(french.html, /<a href="([^"]+)"[^>]*class="language-link"/g)).toEqual([english.path]);
  });

  test(`"${key}": hreflang alternates are the same, reciprocal set on both editions`, () => {
    if (!english || !french) throw new Error(`the "${key}" page needs both editions`);
    const links = (html: string) =>
      all(html, /<link rel="alternate" hreflang="([^"]+" href="[^"]+)"/g)
        .map((l) => l.replace(/" href="https?:\/\/[^/]+/, " "))
        .sort();
    const expected = [`en ${english.path}`, `fr-CA ${french.path}`, `x-default ${english.path}`];
    expect(links(english.html)).toEqual(expected);
    expect(links(french.html)).toEqual(expected);
  });

  test(`"${key}": the French edition has the same sections, steps, events, questions and citations`, () => {
    if (!english || !french) throw new Error(`the "${key}" page needs both editions`);
    const shape = (html: string) => {
      const body = article(html);
      return {
        sections: all(body, /<(h2)[ >]/g).length,
        steps: all(body, /<li id="([a-z-]+?)-(?:step|etape)-\d+"/g)
          .map((prefix) => prefix.replace("-reglages", "-settings"))
          .join(" "),
        events: all(body, /<li id="([^"]+)" class="timeline-event/g).join(" "),
        questions: all(body, /class="faq-heading"/g).length,
        citations: [...new Set(all(body, /<sup class="cite"><a [^>]*href="[^"#]*#source-([^"]+)"/g))]
          .sort()
          .join(" "),
      };
    };
    expect(shape(french.html)).toEqual(shape(english.html));
  });

  test(`"${key}": the French edition links only to French pages`, () => {
    if (!french) throw new Error(`the "${key}" page has no French edition`);
    const body = french.html.replace(/<a [^>]*class="language-link"[^>]*>/g, "");
    const english = all(body, /<a [^>]*href="(\/[^"]*)"/g).filter(
      (href) => !href.startsWith("/fr/") && !href.startsWith("/_astro/") && href !== "/fr",
    );
    expect(english, `links from ${french.path} to English addresses`).toEqual([]);
  });
}

test("the sitemap lists every page with its alternates in both languages", () => {
  const sitemap = readFileSync(join(distDir, "sitemap-0.xml"), "utf8");
  for (const { en: english, fr: french } of pairs) {
    if (!english || !french) continue;
    for (const path of [english.path, french.path]) {
      const entry = new RegExp(`<url><loc>[^<]*${path.replace(/\//g, "\\/")}</loc>([\\s\\S]*?)</url>`).exec(
        sitemap,
      );
      expect(entry, `${path} in the sitemap`).toBeTruthy();
      const alternates = all(entry?.[1] ?? "", /hreflang="([^"]+)"/g).sort();
      expect(alternates, `${path}'s hreflang alternates in the sitemap`).toEqual([
        "en",
        "fr-CA",
        "x-default",
      ]);
    }
  }
});

test("the not-found page speaks both languages", () => {
  const html = readFileSync(join(distDir, "404.html"), "utf8");
  expect(html).toMatch(/<section lang="fr-CA"/);
  expect(html).toContain(fr["notFound.title"]);
  expect(html).toContain(en["notFound.title"]);
});
