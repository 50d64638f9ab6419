import { getCollection, type CollectionEntry } from "astro:content";
import { sourceGroups } from "../content.config";

export { citedIds } from "./cited-ids";

export type Source = CollectionEntry<"sources">;

/**
 * Every source, numbered in the order the sources page lists them (by group, then as written in
 * sources.yaml), so a citation's number is the same on every page and on the sources page.
 */
export async function numberedSources(): Promise<(Source & { number: number })[]> {
  const all = await getCollection("sources");
  const sorted = sourceGroups.flatMap((group) => all.filter((s) => s.data.group === group));
  return sorted.map((source, i) => ({ ...source, number: i + 1 }));
}

/** Looks a source up by id, failing the build with the id and where it was cited when unknown. */
export async function sourceById(id: string, citedFrom: string): Promise<Source & { number: number }> {
  const found = (await numberedSources()).find((s) => s.id === id);
  if (!found) {
    throw new Error(
      `Unknown source id "${id}" cited on ${citedFrom}: expected an id listed in content/sources.yaml.`,
    );
  }
  return found;
}

/** The anchor of a source's entry on the sources page. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The anchor of the first citation of a source on a page, which the sources page links back to. */
export function citeAnchor(id: string): string {
  return `cite-${id}`;
}
