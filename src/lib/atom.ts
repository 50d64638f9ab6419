import { locales, t, type Lang } from "./i18n.ts";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

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
    <id>${escape(`${pageUrl}#update-${u.id}`)}</id>
    <title>${escape(u.title)}</title>
    <updated>${u.date.toISOString()}</updated>
    <link rel="alternate" href="${escape(`${pageUrl}#update-${u.id}`)}"/>
    <summary>${escape(u.body.replace(/\s+/g, " ").trim())}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locales[lang].tag}">
  <id>${escape(feedUrl)}</id>
  <title>${escape(`${t(lang, "site.name")}${t(lang, "punct.colon")}${t(lang, "updates.title")}`)}</title>
  <updated>${newest.toISOString()}</updated>
  <link rel="self" href="${escape(feedUrl)}"/>
  <link rel="alternate" href="${escape(pageUrl)}"/>
  <author><name>${escape(t(lang, "site.name"))}</name></author>
${items.join("\n")}
</feed>
`;
}
