import type { APIRoute } from "astro";
import { atomFeed } from "./atom.ts";
import type { Lang } from "./i18n.ts";
import { getSite, getUpdates } from "./site-data.ts";

/** The route of a language's Atom feed; `path` is the address it is served at. */
export function feedRoute(lang: Lang, path?: string): APIRoute {
  return async ({ site: origin }) => {
    if (!origin) throw new Error("`site` must be set in astro.config.mjs to build the feed.");
    const site = await getSite();
    const updates = await getUpdates(lang);
    const xml = atomFeed({
      lang,
      feedUrl: new URL(path ?? site.feed(lang), origin).href,
      pageUrl: new URL(site.page("updates", lang).path, origin).href,
      entries: updates.map((u) => ({ id: u.id, title: u.data.title, date: u.data.date, body: u.body ?? "" })),
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  };
}
