import { expect, test } from "@playwright/test";
import { fleschKincaidGrade } from "../src/lib/readability";

// The text a reader reads: the article, without citation numbers, copy-link controls and "based on" notes.
for (const path of ["/", "/opt-out/"]) {
  test(`the main text of ${path} reads at Flesch-Kincaid grade 8 or lower`, async ({ page }) => {
    await page.goto(path);
    const text = await page.locator("main article").evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll(".cite, .copy-link, .based-on, [data-enhancement], table")
        .forEach((el) => el.remove());
      document.body.append(copy);
      const visible = copy.innerText;
      copy.remove();
      return visible;
    });
    const grade = fleschKincaidGrade(text);
    console.log(`${path}: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
}
