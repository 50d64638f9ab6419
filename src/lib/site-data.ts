import { getCollection, type CollectionEntry } from "astro:content";
import { sourceGroups } from "./source-groups.ts";
import { buildSite, inYears, type PageRecord, type Site } from "./site.ts";
import { citationsIn } from "./citations-in-mdx.ts";
import { frenchEvents, type EventWords } from "./timeline.ts";
import { revisionOf } from "./translation-status.ts";
import type { Lang } from "./i18n.ts";

// The one place that reads the content collections. Routes call these once per build (the results
// are kept) and hand what each layout and component needs down to it.

export type Source = CollectionEntry<"sources"> & { number: number };

let site: Promise<Site> | undefined;

/** The site model, built once per build from every page's frontmatter. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const pages = await getCollection("pages");
    const english = new Map(pages.filter((p) => p.data.lang === "en").map((p) => [p.data.key, p]));
    return buildSite(
      pages.map((page) => {
        const original = page.data.lang === "en" ? undefined : english.get(page.data.key);
        const behind =
          Boolean(original?.filePath) && page.data.translationOf !== revisionOf(original?.filePath ?? "");
        return {
          id: page.id,
          data: page.data,
          behind,
          revision: page.filePath ? revisionOf(page.filePath) : "",
        };
      }),
    );
  })();
  return site;
}

let sources: Promise<Source[]> | undefined;

/**
 * Every source, numbered in the order the sources pages list them (by group, then as written in
 * sources.yaml), so a citation's number is the same on every page.
 */
export function getSources(): Promise<Source[]> {
  sources ??= getCollection("sources").then((all) =>
    sourceGroups
      .flatMap((group) => all.filter((s) => s.data.group === group))
      .map((source, i) => ({ ...source, number: i + 1 })),
  );
  return sources;
}

/** A source by id; an unknown id fails the build, naming where it was cited and what was expected. */
export async function sourceById(id: string, citedIn: string): Promise<Source> {
  const found = (await getSources()).find((s) => s.id === id);
  if (!found) {
    throw new Error(`${citedIn}: unknown source id "${id}"; expected an id listed in content/sources.yaml.`);
  }
  return found;
}

export interface TimelineEvent {
  id: string;
  date: string;
  sources: string[];
  words: EventWords;
}

/** The timeline's events in date order, with their words in one language. */
export async function getEvents(lang: Lang): Promise<TimelineEvent[]> {
  const all = (await getCollection("timeline")).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const french = lang === "fr" ? frenchEvents(all, await getCollection("timelineFr")) : undefined;
  return all.map((e) => ({
    id: e.id,
    date: e.data.date,
    sources: e.data.sources,
    words: french?.get(e.id) ?? { title: e.data.title, text: e.data.text },
  }));
}

export interface Backlink {
  title: string;
  href: string;
}

let backlinks: Promise<Map<string, Backlink[]>> | undefined;

/**
 * For each source id, the pages of one language that cite it, linking to the first citation on each
 * page. Citations are read from each page's MDX tree; a page that shows the timeline cites every
 * source of the events in its years.
 */
export async function getBacklinks(lang: Lang): Promise<Map<string, Backlink[]>> {
  backlinks ??= (async () => {
    const model = await getSite();
    const entries = await getCollection("pages");
    const events = await getCollection("timeline");
    const map = new Map<string, Backlink[]>();
    for (const page of model.pages) {
      const entry = entries.find((e) => e.id === page.id);
      const found = citationsIn(entry?.body ?? "", page.file);
      const shown = found.timeline ? events.filter((e) => inYears(e.data.date, page.years)) : [];
      const ids = new Set([...found.ids, ...shown.flatMap((e) => e.data.sources)]);
      for (const id of ids) {
        const key = `${page.lang}:${id}`;
        const list = map.get(key) ?? [];
        list.push({ title: page.navLabel, href: `${page.path}#${citeAnchor(id)}` });
        map.set(key, list);
      }
    }
    return map;
  })();
  const all = await backlinks;
  return new Map([...all].filter(([key]) => key.startsWith(`${lang}:`)).map(([key, v]) => [key.slice(3), v]));
}

/** The anchor of a source's entry on the sources page. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The anchor of the first citation of a source on a page, which the sources page links back to. */
export const citeAnchor = (id: string) => `cite-${id}`;

/** The change log of one language, newest first. */
export async function getUpdates(lang: Lang) {
  const all = await getCollection("updates", (u) => u.data.lang === lang);
  return all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** The blocks of the helper's results in one language. */
export function getHelperBlocks(lang: Lang) {
  return getCollection("helper", (b) => b.data.lang === lang);
}

export type { PageRecord, Site };
