// What the benchmark needs before it can measure anything: a recent enough Node, a browser for
// Lighthouse, Lighthouse itself and the Starlight peer's packages. The last two are installed on first
// use into bench/ only, so the site's own `npm install` never fetches them.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { findChromium } from "../chromium.mjs";
import { LIGHTHOUSE_VERSION, PEER, ROOT, TOOLS, fail, log, npm } from "./context.mjs";

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 18)) {
    fail(
      `Node ${process.versions.node} is too old: Astro 7 and Lighthouse need Node 22.18 or newer.\n` +
        "Run it as `npm run bench`, which uses the site's own Node from node_modules/.bin.",
    );
  }
  if (!existsSync(join(ROOT, "node_modules", "astro"))) {
    fail("The site's dependencies are not installed: run `npm install` first.");
  }
}

/** The browser Lighthouse drives: CHROMIUM_PATH, then Playwright's own, then the system's. */
export async function locateChromium() {
  const found = await findChromium().catch((error) => fail(error.message));
  if (!found) {
    fail(
      "No Chromium was found. Set CHROMIUM_PATH to a Chromium or Chrome executable, or install one " +
        "(`npx playwright install chromium`, or Debian's `apt-get install chromium`).",
    );
  }
  // findChromium leaves the path undefined when Playwright's own browser is the one to use.
  const path = found.path ?? createRequire(import.meta.url)("@playwright/test").chromium.executablePath();
  let version = "unknown";
  try {
    // Debian's wrapper script prints a harmless complaint on stderr; the version is on stdout.
    const out = execFileSync(path, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 20_000,
    });
    version = out.trim() || version;
  } catch {
    // Keep "unknown"; Lighthouse's own user agent string is recorded in the report as well.
  }
  return { path, source: found.source, version };
}

/** The version of a package installed in a node_modules folder, or null when it is not there. */
export function installedVersion(nodeModules, name) {
  const file = join(nodeModules, name, "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : null;
}

/** Lighthouse lives in bench/tools/ so the site's own `npm install` never fetches it. */
export async function ensureLighthouse() {
  const cli = join(TOOLS, "node_modules", "lighthouse", "cli", "index.js");
  if (installedVersion(join(TOOLS, "node_modules"), "lighthouse") === LIGHTHOUSE_VERSION) return cli;
  log(`installing Lighthouse ${LIGHTHOUSE_VERSION} into ${relative(ROOT, TOOLS)}/ (once)...`);
  mkdirSync(TOOLS, { recursive: true });
  await npm(["install", "--prefix", TOOLS, "--no-audit", "--no-fund", `lighthouse@${LIGHTHOUSE_VERSION}`], {
    label: "npm install lighthouse",
  }).catch((error) =>
    fail(`${error.message}\nLighthouse could not be installed: is the npm registry reachable?`),
  );
  if (!existsSync(cli)) fail(`Lighthouse was installed, but ${relative(ROOT, cli)} is missing.`);
  return cli;
}

/** Installs the peer's Astro and Starlight when missing or not at the versions its package.json pins. */
export async function ensurePeerDependencies() {
  const manifestFile = join(PEER, "package.json");
  if (!existsSync(manifestFile))
    fail(`${relative(ROOT, manifestFile)} is missing: the Starlight peer cannot be built.`);
  const { dependencies = {} } = JSON.parse(readFileSync(manifestFile, "utf8"));
  const stale = Object.entries(dependencies).filter(([name, wanted]) => {
    const have = installedVersion(join(PEER, "node_modules"), name);
    return !have || (/^\d/.test(wanted) && have !== wanted);
  });
  if (stale.length === 0) return;
  log(`installing the Starlight peer's dependencies into ${relative(ROOT, PEER)}/node_modules/ (once)...`);
  await npm(["install", "--no-audit", "--no-fund"], {
    cwd: PEER,
    label: "npm install (bench/starlight)",
  }).catch((error) =>
    fail(
      `${error.message}\nThe Starlight peer's dependencies could not be installed: is the npm registry reachable?`,
    ),
  );
}
