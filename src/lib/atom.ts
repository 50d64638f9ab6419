import { getCollection } from "astro:content";
import { t, type Lang } from "./i18n";
import { pathOf } from "./routes";
import { feedPath, updatesIn } from "./updates";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The Atom feed of the site's change log in one language, with absolute links and dates. */
export async function feedResponse(lang: Lang, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("`site` must be set in astro.config.mjs to build the feed.");
  const updates = await updatesIn(lang);
  const page = (await getCollection("pages")).find((p) => p.data.key === "updates" && p.data.lang === lang);
  const pageUrl = new URL(page ? pathOf(page) : "/", site).href;
  const feedUrl = new URL(feedPath(lang), site).href;
  const newest = updates[0]?.data.date ?? new Date(0);
  const entries = updates.map(
    (u) => `  <entry>
    <id>${escape(`${pageUrl}#update-${u.id}`)}</id>
    <title>${escape(u.data.title)}</title>
    <updated>${u.data.date.toISOString()}</updated>
    <link rel="alternate" href="${escape(`${pageUrl}#update-${u.id}`)}"/>
    <summary>${escape((u.body ?? "").replace(/\s+/g, " ").trim())}</summary>
  </entry>`,
  );
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang === "fr" ? "fr-CA" : "en"}">
  <id>${escape(feedUrl)}</id>
  <title>${escape(`${t(lang, "site.name")}: ${t(lang, "updates.title")}`)}</title>
  <updated>${newest.toISOString()}</updated>
  <link rel="self" href="${escape(feedUrl)}"/>
  <link rel="alternate" href="${escape(pageUrl)}"/>
  <author><name>${escape(t(lang, "site.name"))}</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
