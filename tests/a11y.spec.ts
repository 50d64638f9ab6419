import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";
import { allPaths } from "./helpers/site";

const viewports = {
  phone: { width: 320, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

// One page load per page, then axe in each of the four conditions: a phone and a desktop, light and dark.
for (const path of allPaths()) {
  test(`${path} has no WCAG 2.2 AA violations on a phone or a desktop, in light or dark mode`, async ({
    page,
  }) => {
    // Four full axe runs on the longest pages can take most of the default 30 s on a busy two-core machine.
    test.slow();
    await page.goto(path);
    const summary: string[] = [];
    for (const [name, viewport] of Object.entries(viewports)) {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        // Legacy mode runs axe in the page itself: our pages have no frames, and the default mode opens
        // a second, blank page for every run to merge the frames' results, which doubles the time.
        const results = await new AxeBuilder({ page })
          .setLegacyMode()
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        summary.push(
          ...results.violations.map(
            (v) =>
              `${name}, ${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
          ),
        );
      }
    }
    expect(summary).toEqual([]);
  });
}
