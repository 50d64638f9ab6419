import type { Page } from "@playwright/test";
import { expect, test } from "./support";
import { allStates, blocksOf, helperBase, pathOfState, type HelperState } from "../../src/lib/helper.ts";
import en from "../../src/i18n/en.json" with { type: "json" };
import fr from "../../src/i18n/fr.json" with { type: "json" };

// "What applies to me?" with JavaScript: the next question or the result replaces the current one
// in place. Every path by following links is checked on the built pages (tests/static/helper.test.ts).

const strings = { en, fr } as const;
const results = allStates().filter((s) => !s.next);
const label = (lang: "en" | "fr", key: string) => (strings[lang] as Record<string, string>)[key] ?? key;

/** Checks that the page shows the result of `state`: its heading and its blocks, in order. */
async function expectResult(page: Page, state: HelperState, lang: "en" | "fr") {
  await expect(page).toHaveURL(new RegExp(`${pathOfState(state, lang)}$`));
  await expect(page.locator("h1")).toHaveText(label(lang, "helper.result"));
  const prefix = `${label(lang, "helper.blockId")}-`;
  const ids = await page
    .locator(`main section[aria-labelledby^="${prefix}"]`)
    .evaluateAll(
      (sections, p) => sections.map((s) => s.getAttribute("aria-labelledby")?.slice(p.length)),
      prefix,
    );
  expect(ids).toEqual(blocksOf(state));
}

// One result per language: the longest path, and the path that skips the second question.
const chosen = [
  results.find((s) => s.given.length === 4),
  results.find((s) => s.given.length === 3),
] as HelperState[];

for (const lang of ["en", "fr"] as const) {
  test(`${lang}: by mouse, the answers replace the question in place, move focus and say the new heading`, async ({
    page,
  }) => {
    for (const state of chosen) {
      await page.goto(helperBase[lang]);
      await page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
      for (const { answer } of state.given) {
        await page.getByRole("link", { name: label(lang, answer.label), exact: true }).click();
        await expect(page.locator("h1")).toBeFocused();
        await expect(page.locator("#announcer")).toHaveText((await page.locator("h1").textContent()) ?? "");
      }
      await expectResult(page, state, lang);
      // The same document: the flow never reloaded the page.
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    }
  });
}

test("by keyboard alone, a result is reached and Start again resets the flow", async ({ page }) => {
  const state = chosen[0] as HelperState;
  await page.goto(helperBase.en);
  for (const { answer } of state.given) {
    await page.getByRole("link", { name: label("en", answer.label), exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("h1")).toBeFocused();
  }
  await expectResult(page, state, "en");
  await page.getByRole("link", { name: label("en", "helper.restart") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${helperBase.en}$`));
  await expect(page.locator("#helper-question")).toHaveText(label("en", "helper.before"));
});

test("the back button returns to the previous question", async ({ page }) => {
  await page.goto(helperBase.fr);
  const first = allStates()[0]?.next;
  await page.getByRole("link", { name: label("fr", first?.answers[0]?.label ?? ""), exact: true }).click();
  await expect(page.locator("h1")).toHaveText(label("fr", "helper.choice"));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${helperBase.fr}$`));
  await expect(page.locator("#helper-question")).toHaveText(label("fr", "helper.before"));
});
