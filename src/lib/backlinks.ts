import { getCollection } from "astro:content";
import { citeAnchor } from "./citations";
import { citedIds } from "./cited-ids";
import type { Lang } from "./i18n";
import { inYears } from "./parts";
import { pagesIn, pathOf } from "./routes";

export interface Backlink {
  title: string;
  href: string;
}

/**
 * For each source id, the pages of one language that cite it, linking to the first citation on
 * each page. A page that shows the timeline cites every source of the events in its years.
 */
export async function backlinks(lang: Lang): Promise<Map<string, Backlink[]>> {
  const pages = pagesIn(await getCollection("pages"), lang);
  const events = await getCollection("timeline");
  const map = new Map<string, Backlink[]>();
  for (const page of pages) {
    const body = page.body ?? "";
    const shown = /<Timeline\b/.test(body) ? events.filter((e) => inYears(e.data.date, page.data.years)) : [];
    const ids = new Set([...citedIds(body), ...shown.flatMap((e) => e.data.sources)]);
    for (const id of ids) {
      const list = map.get(id) ?? [];
      list.push({ title: page.data.navLabel ?? page.data.title, href: `${pathOf(page)}#${citeAnchor(id)}` });
      map.set(id, list);
    }
  }
  return map;
}
