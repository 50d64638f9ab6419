import { test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Waits until the page's script has run, on pages that have one: it runs once the page is parsed,
 * so a test that uses the enhanced controls must not start before it (src/scripts/enhanced.ts).
 */
export async function enhanced(page: Page): Promise<void> {
  if ((await page.locator('script[type="module"]').count()) === 0) return;
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
}

/** Playwright's `test`, whose `page.goto` also waits for the page's enhancements. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page["goto"]>) => {
      const response = await goto(...args);
      await enhanced(page);
      return response;
    };
    await use(page);
  },
});

/** One page of each template the site has, in each language where the template differs. */
export const templates = [
  { name: "home", path: "/" },
  { name: "home, French", path: "/fr/" },
  { name: "article", path: "/what-changed/" },
  { name: "steps", path: "/opt-out/" },
  { name: "steps, French", path: "/fr/refuser-le-partage/" },
  { name: "questions", path: "/faq/" },
  { name: "list part", path: "/timeline-2018-2026/" },
  { name: "sources", path: "/sources-news-2017-2026/" },
  { name: "helper question", path: "/helper/" },
  { name: "helper result", path: "/fr/mon-cas/ancien/refuse/facebook/canada/" },
  { name: "checklist", path: "/checklist/" },
  { name: "not found", path: "/no-such-page/" },
  { name: "whole guide", path: "/guide/" },
  { name: "offline page", path: "/fr/hors-ligne/" },
] as const;

export const viewports = {
  phone: { width: 320, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

/** The most requests a page may make on first load: the page, a drawing or two, and one to spare. */
export const requestBudget = 4;
