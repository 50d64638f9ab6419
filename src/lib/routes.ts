import type { CollectionEntry } from "astro:content";
import type { Lang } from "./i18n";

export type Page = CollectionEntry<"pages">;

/** The file name of an entry without its language folder: `en/opt-out` gives `opt-out`. */
export function slugOf(page: Page): string {
  return page.id.replace(/^(en|fr)\//, "");
}

/** The address of a page: English unprefixed, French under `/fr/`, always with a trailing slash. */
export function pathOf(page: Page): string {
  const slug = slugOf(page);
  const prefix = page.data.lang === "en" ? "/" : `/${page.data.lang}/`;
  return slug === "index" ? prefix : `${prefix}${slug}/`;
}

/** The catch-all route parameter for a page: its address without slashes (`undefined` for `/`). */
export function routeParam(page: Page): string | undefined {
  const path = pathOf(page).replace(/^\/|\/$/g, "");
  return path === "" ? undefined : path;
}

/** Pages of one language, in navigation order. */
export function pagesIn(all: Page[], lang: Lang): Page[] {
  return all.filter((p) => p.data.lang === lang).sort((a, b) => a.data.order - b.data.order);
}

/**
 * Checks that a page sits in the folder of its own language, so a French file marked `en` cannot
 * take an English address.
 */
export function assertFolderMatchesLang(page: Page): void {
  const folder = page.id.split("/")[0];
  if (folder !== page.data.lang) {
    throw new Error(
      `content/pages/${page.id}.mdx: \`lang\` is "${page.data.lang}" but the file is in content/pages/${folder}/; expected lang "${folder}".`,
    );
  }
}

/**
 * Names the content file behind an address, for error messages: "content/pages/en/opt-out.mdx
 * (/opt-out/)". Components only know the address they are rendered at.
 */
export async function fileAt(pathname: string): Promise<string> {
  const { getCollection } = await import("astro:content");
  const page = (await getCollection("pages")).find((p) => pathOf(p) === pathname);
  return page ? `content/pages/${page.id}.mdx (${pathname})` : pathname;
}

/** The content page shown at an address, for components that depend on their page's frontmatter. */
export async function pageAt(pathname: string): Promise<Page> {
  const { getCollection } = await import("astro:content");
  const page = (await getCollection("pages")).find((p) => pathOf(p) === pathname);
  if (!page) throw new Error(`${pathname}: expected a page from content/pages/ at this address.`);
  return page;
}

/** The address of a page's preview image, built by src/pages/og/[...slug].png.ts. */
export function ogImagePath(page: Page): string {
  return `/og/${page.id}.png`;
}
