// For the sitemap: each page's language versions, read from the content files' frontmatter, so
// pages with different slugs per language (/opt-out/, /fr/se-desinscrire/) are paired by `key`.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { frontmatterOf } from "./translation-status.ts";

const hreflang = { en: "en", fr: "fr-CA" };

/** @returns {Map<string, { url: string, lang: string }[]>} page address -> its language versions */
export function alternatesByPath(site, base = "content/pages") {
  const pages = readdirSync(base).flatMap((lang) =>
    readdirSync(join(base, lang))
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => {
        const file = join(base, lang, f);
        const data = frontmatterOf(file);
        const slug = f.replace(/\.mdx$/, "");
        const prefix = lang === "en" ? "/" : `/${lang}/`;
        return { key: data.key, lang, path: slug === "index" ? prefix : `${prefix}${slug}/` };
      }),
  );
  const map = new Map();
  for (const page of pages) {
    const versions = pages.filter((p) => p.key === page.key);
    if (versions.length < 2) continue;
    const links = versions.map((p) => ({ url: new URL(p.path, site).href, lang: hreflang[p.lang] }));
    const english = versions.find((p) => p.lang === "en");
    if (english) links.push({ url: new URL(english.path, site).href, lang: "x-default" });
    map.set(new URL(page.path, site).href, links);
  }
  return map;
}
