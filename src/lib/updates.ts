import { getCollection } from "astro:content";
import type { Lang } from "./i18n";

/** The site's change log in one language, newest first. */
export async function updatesIn(lang: Lang) {
  const all = await getCollection("updates", (u) => u.data.lang === lang);
  return all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** The address of the Atom feed of a language. */
export function feedPath(lang: Lang): string {
  return lang === "en" ? "/updates.xml" : `/${lang}/updates.xml`;
}
