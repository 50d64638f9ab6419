import type { APIRoute } from "astro";
import { buildDate } from "./freshness.ts";
import { languages, type Lang } from "./i18n.ts";
import {
  asJson,
  sourcesCsv,
  sourcesData,
  timelineData,
  type Publication,
  type SourcesData,
} from "./open-data.ts";
import { getEvents, getSite, getSources, sourceAnchor } from "./site-data.ts";

// The routes of the open data files (src/pages/data/): they read the content through site-data.ts
// and hand it to the pure code in open-data.ts.

const jsonType = "application/json; charset=utf-8";

async function publication(origin: URL | undefined): Promise<Publication> {
  if (!origin) throw new Error("`site` must be set in astro.config.mjs to build the open data files.");
  const site = await getSite();
  const home = Object.fromEntries(languages.map((lang) => [lang, site.home(lang)])) as Record<Lang, string>;
  return { origin, generated: buildDate(), home };
}

/** The route of a language's timeline.json. */
export function timelineRoute(lang: Lang): APIRoute {
  return async ({ site: origin }) => {
    const site = await getSite();
    const events = (await getEvents(lang)).map((e) => ({
      id: e.id,
      date: e.date,
      sources: e.sources,
      title: e.words.title,
      text: e.words.text,
    }));
    const data = timelineData(
      lang,
      events,
      site.parts(site.page("timeline", lang)),
      await publication(origin),
    );
    return new Response(asJson(data), { headers: { "Content-Type": jsonType } });
  };
}

async function sources(origin: URL | undefined): Promise<SourcesData> {
  const site = await getSite();
  return sourcesData(
    await getSources(),
    (source, lang) =>
      `${site.sourcePage({ id: source.id, group: source.data.group, date: source.data.date }, lang).path}#${sourceAnchor(source.id)}`,
    await publication(origin),
  );
}

/** The route of sources.json. */
export const sourcesJsonRoute: APIRoute = async ({ site: origin }) =>
  new Response(asJson(await sources(origin)), { headers: { "Content-Type": jsonType } });

/** The route of sources.csv. */
export const sourcesCsvRoute: APIRoute = async ({ site: origin }) =>
  new Response(sourcesCsv(await sources(origin)), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });

/** The route of a JSON Schema, whose `$id` is its address on the site. */
export function schemaRoute(schema: (origin: URL) => object): APIRoute {
  return ({ site: origin }) => {
    if (!origin) throw new Error("`site` must be set in astro.config.mjs to build the open data schemas.");
    return new Response(asJson(schema(origin)), { headers: { "Content-Type": "application/schema+json" } });
  };
}
