import type { Lang } from "./i18n.ts";

/** What the site knows of a source, as content/sources.yaml gives it. */
export interface SourceData {
  publisher: string;
  title: string;
  url: string;
  archive: string;
  lang: string;
  note?: string | undefined;
  publisher_fr?: string | undefined;
  title_fr?: string | undefined;
  note_fr?: string | undefined;
  url_fr?: string | undefined;
}

/**
 * Whether a Wayback Machine address names a snapshot (a 14-digit timestamp, which someone opened and
 * confirmed) or only asks the archive for its copies of an address (a year or nothing), which finds
 * a copy only where one exists. Only the first is called an archived copy.
 */
export function archiveKind(address: string): "snapshot" | "lookup" {
  const path = new URL(address).pathname;
  const stamp = path.split("/")[2] ?? "";
  return /^\d{14}$/.test(stamp) ? "snapshot" : "lookup";
}

/** A source as a page of one language shows it: its French fields on French pages, where given. */
export function sourceIn(source: SourceData, lang: Lang) {
  const fr = lang === "fr";
  const title = fr && source.title_fr ? source.title_fr : source.title;
  return {
    publisher: fr ? (source.publisher_fr ?? source.publisher) : source.publisher,
    title,
    /** The language the title is written in. */
    titleLang: fr && source.title_fr ? "fr" : source.lang,
    note: fr ? source.note_fr : source.note,
    /** The original, in the page's language where a version in it exists. */
    url: fr ? (source.url_fr ?? source.url) : source.url,
    /** The original in its own language, when the link above is a French version. */
    otherUrl: fr && source.url_fr ? source.url : undefined,
    archive: source.archive,
    archiveKind: archiveKind(source.archive),
  };
}
