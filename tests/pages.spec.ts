import { expect, test } from "@playwright/test";
import { metaContent, served } from "./helpers/served";
import { allPaths, sitemapPaths } from "./helpers/site";

for (const path of sitemapPaths()) {
  test(`${path} answers 200 with one h1, a title, a description and a language`, async ({
    request,
    baseURL,
  }) => {
    const { status, doc } = await served(request, baseURL ?? "", path);
    expect(status, `status of ${path}`).toBe(200);
    expect(doc.querySelectorAll("h1"), "h1 elements").toHaveLength(1);
    expect(doc.querySelector("title")?.text.trim(), "the <title>").toBeTruthy();
    expect(metaContent(doc, "description")?.trim(), "the meta description").toBeTruthy();
    expect(doc.querySelector("html")?.getAttribute("lang")).toMatch(/^(en|fr-CA)$/);
  });
}

test("an unknown address answers 404 with the helpful not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
});

for (const path of allPaths()) {
  test(`${path} has a skip link that moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });
}

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
