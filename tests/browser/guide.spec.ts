import { expect, test } from "./support";

test("the whole guide prints as a booklet: each part on a new page, addresses after outside links", async ({
  page,
}) => {
  await page.goto("/guide/");
  await page.emulateMedia({ media: "print" });
  const parts = page.locator("section.guide-part");
  expect(await parts.count()).toBeGreaterThanOrEqual(9);
  expect(await parts.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual(
    Array(await parts.count()).fill("page"),
  );
  const link = page.locator('main a[href^="https://"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain(await link.getAttribute("href"));
});

test("a link inside the guide to another of its parts stays on the page", async ({ page }) => {
  await page.goto("/guide/");
  const link = page.locator('section.guide-part a[href^="#opt-out"]').first();
  await link.click();
  await expect(page).toHaveURL(/\/guide\/#opt-out/);
});
