import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { allPaths } from "./helpers/site";

/**
 * The text of <main>, ignoring controls that scripts add (marked `data-enhancement`): what a
 * reader gets without JavaScript must be the same content.
 */
async function mainText(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-enhancement], script, style").forEach((el) => el.remove());
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });
}

for (const path of allPaths()) {
  test(`${path} shows the same main text with JavaScript off`, async ({ browser, page }) => {
    await page.goto(path);
    const withScript = await mainText(page);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScriptPage = await context.newPage();
    await noScriptPage.goto(path);
    const withoutScript = await mainText(noScriptPage);
    await context.close();
    expect(withoutScript.length, "main has text").toBeGreaterThan(50);
    expect(withoutScript).toBe(withScript);
  });
}
