import { expect, test } from "@playwright/test";
import { allPaths } from "./helpers/site";

for (const path of allPaths()) {
  test(`every internal link and #fragment on ${path} resolves`, async ({ page, request, baseURL }) => {
    await page.goto(path);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.filter((h) => new URL(h).origin === baseURL))];
    const problems: string[] = [];
    const idsByPage = new Map<string, Set<string>>();
    for (const href of internal) {
      const url = new URL(href);
      const target = url.pathname;
      if (!idsByPage.has(target)) {
        const response = await request.get(target);
        if (response.status() !== 200) {
          problems.push(`${href} answers ${response.status()}`);
          continue;
        }
        const html = await response.text();
        idsByPage.set(target, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "")));
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPage.get(target)?.has(fragment)) {
        problems.push(`${href}: no element with id "${fragment}" on ${target}`);
      }
    }
    expect(problems, `broken links on ${path}`).toEqual([]);
  });
}
