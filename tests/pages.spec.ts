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
