import { expect, test } from "@playwright/test";
import { served } from "./helpers/served";
import { allPaths } from "./helpers/site";

/** The ids on each page fetched so far, per worker: every page is fetched once, not once per link. */
const idsByPage = new Map<string, Set<string> | number>();

for (const path of allPaths()) {
  test(`every internal link and #fragment on ${path} resolves`, async ({ request, baseURL }) => {
    const { doc, url: here } = await served(request, baseURL ?? "", path);
    const hrefs = doc.querySelectorAll("a[href]").map((a) => new URL(a.getAttribute("href") ?? "", here));
    const internal = hrefs.filter((url) => url.origin === here.origin);
    expect(internal.length, "internal links").toBeGreaterThan(0);
    const problems: string[] = [];
    for (const url of internal) {
      const target = url.pathname;
      if (!idsByPage.has(target)) {
        const page = await served(request, baseURL ?? "", target);
        idsByPage.set(
          target,
          page.status === 200
            ? new Set(page.doc.querySelectorAll("[id]").map((el) => el.getAttribute("id") ?? ""))
            : page.status,
        );
      }
      const ids = idsByPage.get(target);
      if (typeof ids === "number") {
        problems.push(`${url.href} answers ${ids}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids?.has(fragment))
        problems.push(`${url.href}: no element with id "${fragment}" on ${target}`);
    }
    expect([...new Set(problems)], `broken links on ${path}`).toEqual([]);
  });
}
