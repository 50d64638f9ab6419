import { expect, test } from "./helpers/test";
import { allPaths, requestBudget } from "./helpers/site";

for (const path of allPaths()) {
  test(`${path} makes at most ${requestBudget} requests, none beyond this site and no web font, sets no cookie, breaks no security rule and logs no error`, async ({
    page,
    context,
    baseURL,
  }) => {
    const foreign: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      requests.push(`${request.resourceType()} ${url}`);
      if (!url.startsWith(`${baseURL}/`) && !url.startsWith("data:")) foreign.push(url);
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await page.goto(path, { waitUntil: "networkidle" });
    expect(requests.length, requests.join("\n")).toBeLessThanOrEqual(requestBudget);
    expect(
      requests.filter((r) => r.startsWith("font ")),
      "web fonts",
    ).toEqual([]);
    // Scroll to the end so anything loaded lazily is loaded too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(foreign, "requests to other sites").toEqual([]);
    expect(await context.cookies(), "cookies").toEqual([]);
    expect(await page.evaluate(() => document.cookie), "document.cookie").toBe("");
    expect(errors, "console errors").toEqual([]);
  });
}
