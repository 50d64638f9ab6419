import { expect, test } from "./support";

// The same checks on the English page and its French counterpart, whose step ids use « etape ».
const editions = [
  { path: "/opt-out/", home: "/", word: "step", nav: "Main" },
  { path: "/fr/refuser-le-partage/", home: "/fr/", word: "etape", nav: "Menu principal" },
];

for (const { path, home, word, nav } of editions) {
  test(`${path}: without JavaScript, both platforms' steps are visible with their headings`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const platforms = [
      { name: "iphone", label: "iPhone" },
      { name: "android", label: "Android" },
    ];
    for (const { name, label } of platforms) {
      await expect(page.getByRole("heading", { name: label, exact: true })).toBeVisible();
      await expect(page.locator(`#${name} li[id^="${name}-${word}-"]`).first()).toBeVisible();
    }
    await expect(page.getByRole("tab")).toHaveCount(0);
    await context.close();
  });

  test(`${path}: with JavaScript, the platforms become tabs that switch by mouse`, async ({ page }) => {
    await page.goto(path);
    const iphone = page.getByRole("tab", { name: "iPhone" });
    const android = page.getByRole("tab", { name: "Android" });
    await expect(iphone).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("#iphone")).toBeVisible();
    await expect(page.locator("#android")).toBeHidden();
    await android.click();
    await expect(android).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("#android")).toBeVisible();
    await expect(page.locator("#iphone")).toBeHidden();
  });

  test(`${path}: the tabs follow the keyboard: arrows, Home and End`, async ({ page }) => {
    await page.goto(path);
    const iphone = page.getByRole("tab", { name: "iPhone" });
    const android = page.getByRole("tab", { name: "Android" });
    await iphone.focus();
    await page.keyboard.press("ArrowRight");
    await expect(android).toBeFocused();
    await expect(android).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel", { name: "Android" })).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(iphone).toBeFocused();
    await page.keyboard.press("End");
    await expect(android).toBeFocused();
    await page.keyboard.press("Home");
    await expect(iphone).toHaveAttribute("aria-selected", "true");
  });

  test(`${path}: #android in the address opens the Android steps`, async ({ page }) => {
    await page.goto(`${path}#android`);
    await expect(page.getByRole("tab", { name: "Android" })).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("#android")).toBeVisible();
  });

  test(`${path}: a step's address opens its platform and scrolls to the step`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${path}#android-${word}-2`);
    const step = page.locator(`#android-${word}-2`);
    await expect(step).toBeVisible();
    await expect(step).toBeInViewport();
  });

  test(`${path}: the platform chosen is remembered on the next page load`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole("tab", { name: "Android" }).click();
    await page.goto(home);
    await page.goto(path);
    await expect(page.getByRole("tab", { name: "Android" })).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("#android")).toBeVisible();
  });

  test(`${path}: in print, every platform panel shows and the tab list is hidden`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#iphone")).toBeVisible();
    await expect(page.locator("#android")).toBeVisible();
    await expect(page.getByRole("tablist")).toBeHidden();
    await expect(page.getByRole("navigation", { name: nav })).toBeHidden();
  });

  test(`${path}: every step has an id, a copy-link control and a based-on note`, async ({ page }) => {
    await page.goto(path);
    const items = page.locator(`li[id*="-${word}-"]`);
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    const problems = await items.evaluateAll((lis) =>
      lis
        .filter(
          (li) => !li.querySelector(`a.copy-link[href="#${li.id}"]`) || !li.querySelector(".based-on .cite"),
        )
        .map((li) => li.id),
    );
    expect(problems).toEqual([]);
  });
}
