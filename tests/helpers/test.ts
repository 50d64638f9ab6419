import { test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Waits until the page's script has run, on pages that have one: it loads after the first paint,
 * so a test that uses the enhanced controls must not start before it (src/scripts/enhance.ts).
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
