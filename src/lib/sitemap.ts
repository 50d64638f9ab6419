import { escapeXml } from "./xml.ts";
import type { Address } from "./site.ts";

/**
 * The sitemap of every address the site model lists. Each address that has a version in the other
 * language names every version with hreflang, plus x-default for the English one.
 */
export function sitemapXml(addresses: Address[], origin: URL): string {
  const abs = (path: string) => escapeXml(new URL(path, origin).href);
  const urls = addresses.map(({ path, alternates }) => {
    const english = alternates.find((a) => a.lang === "en");
    const links = [
      ...alternates.map(
        (a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${abs(a.href)}"/>`,
      ),
      ...(english ? [`<xhtml:link rel="alternate" hreflang="x-default" href="${abs(english.href)}"/>`] : []),
    ];
    return `<url><loc>${abs(path)}</loc>${links.join("")}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The sitemap index, pointing to the one sitemap. */
export function sitemapIndexXml(sitemaps: string[], origin: URL): string {
  const entries = sitemaps.map(
    (path) => `<sitemap><loc>${escapeXml(new URL(path, origin).href)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
