import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { allStates, blocksOf, helperBase, pathOfState, type HelperState } from "../src/lib/helper";
import { sitemapPaths } from "./helpers/site";
import en from "../src/i18n/en.json" with { type: "json" };
import fr from "../src/i18n/fr.json" with { type: "json" };

// "What applies to me?": every path through the questions, in both languages, by following links
// (JavaScript off), by mouse and by keyboard (JavaScript on).

const strings = { en, fr } as const;
const results = allStates().filter((s) => !s.next);
const label = (lang: "en" | "fr", key: string) => (strings[lang] as Record<string, string>)[key] ?? key;

test("the results cover every combination of answers", () => {
  // Who used WhatsApp before answers all four questions (3 × 2 × 3 ways after the first answer);
  // who joined later skips the second (2 × 3 ways).
  expect(results).toHaveLength(3 * 2 * 3 + 2 * 3);
  const paths = results.map((s) => pathOfState(s, "en"));
  expect(new Set(paths).size).toBe(results.length);
  const listed = new Set(sitemapPaths());
  for (const lang of ["en", "fr"] as const) {
    const missing = results.map((s) => pathOfState(s, lang)).filter((p) => !listed.has(p));
    expect(missing, `${lang} results missing from the sitemap`).toEqual([]);
  }
});

/** Checks that the page shows the result of `state`: its heading and the titles of its blocks. */
async function expectResult(page: Page, state: HelperState, lang: "en" | "fr") {
  await expect(page).toHaveURL(new RegExp(`${pathOfState(state, lang)}$`));
  await expect(page.locator("h1")).toHaveText(label(lang, "helper.result"));
  const headings = await page.locator('main section[aria-labelledby^="block-"] h2').allTextContents();
  expect(headings).toHaveLength(blocksOf(state).length);
  const ids = await page
    .locator('main section[aria-labelledby^="block-"]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute("aria-labelledby")?.replace("block-", "")));
  expect(ids).toEqual(blocksOf(state));
  // The short answer comes first: one line per block, each linking to its block.
  const short = page.locator('section[aria-labelledby="helper-short"] li a');
  expect(await short.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
    blocksOf(state).map((key) => `#block-${key}`),
  );
}

for (const lang of ["en", "fr"] as const) {
  test(`${lang}: without JavaScript, every combination is reached by following links`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const state of results) {
      await page.goto(helperBase[lang]);
      for (const { question, answer } of state.given) {
        const heading = page.locator(question.id === "before" ? "#helper-question" : "h1");
        await expect(heading).toHaveText(label(lang, question.label));
        await page.getByRole("link", { name: label(lang, answer.label), exact: true }).click();
      }
      await expectResult(page, state, lang);
    }
    await context.close();
  });

  test(`${lang}: with JavaScript, answers update the page in place, move focus and are announced`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const state of results) {
      await page.goto(helperBase[lang]);
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
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

  test(`${lang}: by keyboard alone, every combination is reached and Start again resets the flow`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(helperBase[lang]);
    for (const state of results) {
      for (const { answer } of state.given) {
        await page.getByRole("link", { name: label(lang, answer.label), exact: true }).focus();
        await page.keyboard.press("Enter");
        await expect(page.locator("h1")).toBeFocused();
      }
      await expectResult(page, state, lang);
      await page.getByRole("link", { name: label(lang, "helper.restart") }).focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${helperBase[lang]}$`));
      await expect(page.locator("#helper-question")).toHaveText(label(lang, "helper.before"));
    }
  });

  test(`${lang}: the back button returns to the previous question`, async ({ page }) => {
    await page.goto(helperBase[lang]);
    const first = allStates()[0]?.next;
    await page.getByRole("link", { name: label(lang, first?.answers[0]?.label ?? ""), exact: true }).click();
    await expect(page.locator("h1")).toHaveText(label(lang, "helper.choice"));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${helperBase[lang]}$`));
    await expect(page.locator("#helper-question")).toHaveText(label(lang, "helper.before"));
  });

  test(`${lang}: a result's address reproduces the result when opened directly`, async ({ page }) => {
    for (const state of results) {
      await page.goto(pathOfState(state, lang));
      await expectResult(page, state, lang);
    }
  });
}

test("a result links to the exact opt-out steps or today's options, and to the checklist", async ({
  page,
}) => {
  const state = results.find((s) => s.given.some((g) => g.answer.block === "canada")) as HelperState;
  await page.goto(pathOfState(state, "en"));
  const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toContain("/opt-out/#what-you-can-do-today");
  expect(hrefs).toContain("/checklist/");
});
