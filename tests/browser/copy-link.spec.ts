import { expect, test } from "./support";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a step's copy-link puts its absolute address on the clipboard and says so", async ({
  page,
  baseURL,
}) => {
  await page.goto("/opt-out/");
  await page.locator("#iphone-step-2 a.copy-link").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/opt-out/#iphone-step-2`);
  await expect(page.getByRole("status")).toHaveText("Link copied to the clipboard");
});

test("without JavaScript a copy-link is a plain link to its target", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/opt-out/");
  await page.locator("#android-step-1 a.copy-link").click();
  await expect(page).toHaveURL(/\/opt-out\/#android-step-1$/);
  await context.close();
});
