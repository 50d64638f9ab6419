import type { Lang } from "./i18n";
import { pathOf, type Page } from "./routes";

// Long lists (the timeline, the sources) are split across pages so each page fits the first round
// trip. The first page of a list is a normal page; the others name it in `continues`.

/** Whether a date written YYYY, YYYY-MM or YYYY-MM-DD falls within a page's `years`. */
export function inYears(date: string, years: { from: number; to: number } | undefined): boolean {
  const year = Number(date.slice(0, 4));
  return !years || (year >= years.from && year <= years.to);
}

/** The pages of the list a page belongs to: the first page, then those that continue it, by year. */
export function partsOf(page: Page, all: Page[]): Page[] {
  const root = page.data.continues ?? page.data.key;
  return all
    .filter((p) => p.data.lang === page.data.lang && (p.data.key === root || p.data.continues === root))
    .sort((a, b) => (a.data.years?.from ?? 0) - (b.data.years?.from ?? 0) || a.data.order - b.data.order);
}

/** The page of a language that lists a source, by its group and year. */
export function sourcePageOf(
  source: { id: string; data: { group: string; date: string } },
  lang: Lang,
  all: Page[],
): string {
  const lists = all.filter(
    (p) =>
      p.data.lang === lang &&
      p.data.sourceGroups?.some((g) => g === source.data.group) &&
      inYears(source.data.date, p.data.years),
  );
  if (lists.length !== 1) {
    throw new Error(
      `content/sources.yaml: the source "${source.id}" (${source.data.group}, ${source.data.date}) is listed on ${lists.length} ${lang} sources pages; expected exactly one page whose sourceGroups and years cover it.`,
    );
  }
  return pathOf(lists[0] as Page);
}
