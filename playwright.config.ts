import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

const found = await findChromium();
if (!found) {
  throw new Error("No Chromium found. Run `npm test`, which finds or installs one, or set CHROMIUM_PATH.");
}

const port = 4399;
export const baseURL = `http://127.0.0.1:${port}`;

// The browser lane of the test pyramid: once per template and variant (tests/browser/support.ts).
// Unit and static checks run with Node's test runner (scripts/test-lane.mjs).
export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-results/browser.json" }]],
  // Its own folder: Playwright empties it, and test-results/ also holds the other lanes' reports.
  outputDir: "test-results/playwright",
  use: {
    baseURL,
    browserName: "chromium",
    ...devices["Desktop Chrome"],
    launchOptions: { ...(found.path ? { executablePath: found.path } : {}), args: chromiumArgs },
  },
  webServer: {
    // The production build, never the dev server. --ignore-lock keeps preview in the foreground.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
