import type { Page } from "@playwright/test";
import { expect, test } from "./support";

// Reading offline: after one visit, the language's main pages and the pages opened are kept; any
// other page shows the offline page in the reader's language.

/** Waits until the worker controls the page and has kept `paths`. */
async function kept(page: Page, paths: string[]) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith("pages-"));
        const lists = await Promise.all(
          names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)),
        );
        return lists.flat();
      }),
    )
    .toEqual(expect.arrayContaining(paths));
}

for (const [lang, visit, keptPaths, missing, heading] of [
  ["en", "/why/", ["/", "/opt-out/", "/checklist/", "/helper/", "/why/"], "/faq/", "You are offline"],
  [
    "fr",
    "/fr/pourquoi/",
    ["/fr/", "/fr/refuser-le-partage/", "/fr/aide-memoire/", "/fr/mon-cas/", "/fr/pourquoi/"],
    "/fr/faq/",
    "Vous êtes hors ligne",
  ],
] as const) {
  test(`${lang}: offline, the kept pages open and another page shows the offline page`, async ({
    page,
    context,
  }) => {
    await page.goto(visit);
    await kept(page, [...keptPaths]);
    const titles = new Map<string, string>();
    for (const path of keptPaths) {
      await page.goto(path);
      titles.set(path, (await page.locator("h1").textContent()) ?? "");
    }
    await context.setOffline(true);
    for (const path of keptPaths) {
      await page.goto(path);
      await expect(page.locator("h1"), path).toHaveText(titles.get(path) ?? "");
    }
    await page.goto(missing);
    await expect(page.locator("h1")).toHaveText(heading);
    await expect(page.locator("html")).toHaveAttribute("lang", `${lang}-CA`);
  });
}

test("a new build's worker deletes what earlier builds kept", async ({ page }) => {
  await page.addInitScript(() => {
    void caches.open("pages-an-earlier-build").then((cache) => cache.put("/", new Response("old page")));
  });
  await page.goto("/");
  await kept(page, ["/"]);
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain("pages-an-earlier-build");
  const version = /version:"(\d+)"/.exec(await (await page.request.get("/sw.js")).text())?.[1];
  expect(await page.evaluate(() => caches.keys())).toEqual([`pages-${version}`]);
});
