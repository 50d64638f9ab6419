import AxeBuilder from "@axe-core/playwright";
import { expect, templates, test, viewports } from "./support";

// One axe run per template and variant: a phone and a desktop, light and dark.
for (const { name, path } of templates) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${name} (${path}) has no WCAG 2.2 AA violations on a ${device} in ${colorScheme} mode`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        // Legacy mode runs axe in the page itself: our pages have no frames, and the default mode
        // opens a second, blank page for every run to merge the frames' results.
        const results = await new AxeBuilder({ page })
          .setLegacyMode()
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
          ),
        ).toEqual([]);
      });
    }
  }
}
