import type { Page } from "@playwright/test";
import { expect, requestBudget, templates, test } from "./support";

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

for (const { name, path } of templates) {
  test(`${name}: the same main text shows with JavaScript off`, async ({ browser, page }) => {
    await page.goto(path);
    const withScript = await mainText(page);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(path);
    const withoutScript = await mainText(noScript);
    await context.close();
    expect(withoutScript.length, "main has text").toBeGreaterThan(50);
    expect(withoutScript).toBe(withScript);
  });

  test(`${name}: at most ${requestBudget} requests, none elsewhere, no web font, no cookie, no error, no CSP violation`, async ({
    page,
    context,
    baseURL,
  }) => {
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(`${r.resourceType()} ${r.url()}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().includes("404 (Not Found)")) errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    await page.goto(path, { waitUntil: "networkidle" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(requests.length, requests.join("\n")).toBeLessThanOrEqual(requestBudget);
    expect(requests.filter((r) => !r.includes(` ${baseURL}/`) && !r.includes(" data:"))).toEqual([]);
    expect(requests.filter((r) => r.startsWith("font "))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`${name}: the skip link is the first stop and moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test(`${name}: in print, the menu and the page's controls are hidden and every panel shows`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header nav")).toBeHidden();
    await expect(page.locator("[role=tablist], .copy-link").first()).toBeHidden();
    for (const panel of await page.locator(".platform-panel").all()) await expect(panel).toBeVisible();
  });
}

test("an unknown address answers 404 with the helpful not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
});

// While a long page is still arriving it can be shorter than the window; when it grows past it, a
// classic scrollbar appears. The layout must not move sideways then (a layout shift on desktop).
// Playwright hides scrollbars by default, so this test starts a browser that shows them.
test("the centred layout does not move when the page becomes long enough to scroll", async ({
  playwright,
  baseURL,
}, testInfo) => {
  const browser = await playwright.chromium.launch({
    ...testInfo.project.use.launchOptions,
    ignoreDefaultArgs: ["--hide-scrollbars"],
  });
  try {
    const page = await browser.newPage({
      ...(baseURL ? { baseURL } : {}),
      viewport: { width: 1280, height: 800 },
    });
    await page.goto("/");
    const left = () => page.locator("main").evaluate((main) => main.getBoundingClientRect().left);
    const scrolling = await left();
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await page.evaluate(() => {
      for (const child of document.querySelectorAll("main > *, footer")) (child as HTMLElement).hidden = true;
    });
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    expect(await left()).toBe(scrolling);
  } finally {
    await browser.close();
  }
});
