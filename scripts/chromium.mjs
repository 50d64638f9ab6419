// Finds a Chromium to drive, in this order: CHROMIUM_PATH, Playwright's own download, a system
// Chromium. Shared by the Playwright config, the test set-up and the benchmark.
import { existsSync } from "node:fs";

const systemCandidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

/** Flags that keep Chromium quiet and working as root in a container without a network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * @returns {Promise<{ path: string | undefined, source: string } | null>} `path` is undefined
 *   when Playwright's own browser should be used; null when no browser was found.
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.`);
    }
    return { path: fromEnv, source: "CHROMIUM_PATH" };
  }
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: `Playwright's own Chromium (${own})` };
  } catch {
    // Playwright has no browser of its own here; fall through to the system's.
  }
  const system = systemCandidates.find((p) => existsSync(p));
  return system ? { path: system, source: `system Chromium (${system})` } : null;
}
