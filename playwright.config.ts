import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

const found = await findChromium();
if (!found) {
  throw new Error("No Chromium found. Run `npm test`, which finds or installs one, or set CHROMIUM_PATH.");
}

const port = 4399;
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { ...(found.path ? { executablePath: found.path } : {}), args: chromiumArgs },
  },
  projects: [
    { name: "site", testIgnore: /content-validation/, use: { ...devices["Desktop Chrome"] } },
    // Builds copies of the site with broken content; runs only once the site itself has passed.
    { name: "content", testMatch: /content-validation/, dependencies: ["site"] },
  ],
  webServer: {
    // The production build, never the dev server. --ignore-lock keeps preview in the foreground.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
