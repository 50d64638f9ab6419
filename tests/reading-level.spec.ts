import { expect, test, type Page } from "@playwright/test";
import { fleschKincaidGrade, kandelMoles } from "../src/lib/readability";

// The text a reader reads: the article, without citation numbers, copy-link controls and "based on" notes.
async function mainText(page: Page): Promise<string> {
  return page.locator("main article").evaluate((article) => {
    const copy = article.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(".cite, .copy-link, .based-on, [data-enhancement], table")
      .forEach((el) => el.remove());
    document.body.append(copy);
    const visible = copy.innerText;
    copy.remove();
    return visible;
  });
}

for (const path of ["/", "/opt-out/"]) {
  test(`the main text of ${path} reads at Flesch-Kincaid grade 8 or lower`, async ({ page }) => {
    await page.goto(path);
    const grade = fleschKincaidGrade(await mainText(page));
    console.log(`${path}: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
}

// Kandel-Moles has Flesch's scale: 60 to 70 is "standard" (grades 8 and 9), so grade 8 or lower is 65 or more.
const easyFrench = 65;
for (const path of ["/fr/", "/fr/se-desinscrire/"]) {
  test(`the main text of ${path} scores ${easyFrench} or more on the Kandel-Moles scale`, async ({
    page,
  }) => {
    await page.goto(path);
    const score = kandelMoles(await mainText(page));
    console.log(`${path}: Kandel-Moles ${score.toFixed(1)}`);
    expect(score).toBeGreaterThanOrEqual(easyFrench);
  });
}
