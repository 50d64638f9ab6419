import { locales, t, type Lang } from "./i18n.ts";
import { escapeXml } from "./xml.ts";

export interface FeedEntry {
  id: string;
  title: string;
  date: Date;
  /** The entry's text, as written (Markdown). */
  body: string;
}

/** The Atom feed of the site's change log in one language, with absolute links and dates. */
export function atomFeed({
  lang,
  feedUrl,
  pageUrl,
  entries,
}: {
  lang: Lang;
  feedUrl: string;
  pageUrl: string;
  entries: FeedEntry[];
}): string {
  const newest = entries[0]?.date ?? new Date(0);
  const items = entries.map(
    (u) => `  <entry>
    <id>${escapeXml(`${pageUrl}#update-${u.id}`)}</id>
    <title>${escapeXml(u.title)}</title>
    <updated>${u.date.toISOString()}</updated>
    <link rel="alternate" href="${escapeXml(`${pageUrl}#update-${u.id}`)}"/>
    <summary>${escapeXml(u.body.replace(/\s+/g, " ").trim())}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locales[lang].tag}">
  <id>${escapeXml(feedUrl)}</id>
  <title>${escapeXml(`${t(lang, "site.name")}${t(lang, "punct.colon")}${t(lang, "updates.title")}`)}</title>
  <updated>${newest.toISOString()}</updated>
  <link rel="self" href="${escapeXml(feedUrl)}"/>
  <link rel="alternate" href="${escapeXml(pageUrl)}"/>
  <author><name>${escapeXml(t(lang, "site.name"))}</name></author>
${items.join("\n")}
</feed>
`;
}
