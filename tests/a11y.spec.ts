import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { allPaths } from "./helpers/site";

const viewports = {
  phone: { width: 320, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

for (const path of allPaths()) {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${path} has no WCAG 2.2 AA violations on a ${name} in ${colorScheme} mode`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
}
