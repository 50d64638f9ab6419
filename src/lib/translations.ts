import type { Lang } from "./i18n";
import { pathOf, type Page } from "./routes";
import { revisionOf } from "./translation-status";

/** The page with the same key in the other language, if it exists. */
export function counterpartOf(page: Page, all: Page[]): Page | undefined {
  return all.find((p) => p.data.key === page.data.key && p.data.lang !== page.data.lang);
}

/** Whether a French page's recorded revision is older than its English page's file. */
export function isBehind(page: Page, all: Page[]): boolean {
  if (page.data.lang === "en") return false;
  const english = counterpartOf(page, all);
  if (!english?.filePath) return false;
  return page.data.translationOf !== revisionOf(english.filePath);
}

/** Address of every language version of a page, English first, for hreflang links. */
export function alternatesOf(page: Page, all: Page[]): { lang: Lang; href: string }[] {
  const versions = [page, counterpartOf(page, all)].filter((p): p is Page => Boolean(p));
  return versions
    .map((p) => ({ lang: p.data.lang, href: pathOf(p) }))
    .sort((a, b) => (a.lang === "en" ? -1 : b.lang === "en" ? 1 : 0));
}
