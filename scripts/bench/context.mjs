// What every part of the benchmark shares: where things live, what is measured and against which
// goals, and how child processes are run. The folders are chosen so the benchmark never touches the
// site's own package.json or dist/, and the children so they never fall back to the system's older Node.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BENCH = join(ROOT, "bench");
export const TOOLS = join(BENCH, "tools"); // Lighthouse, installed on demand
export const PEER = join(BENCH, "starlight"); // the Starlight peer's project
// Everything built or measured goes under bench/.work/dist/: Prettier's ignore rules skip any dist/
// folder, and TypeScript's `**/*` (astro check) skips folders whose names start with a dot.
const WORK = join(BENCH, ".work", "dist");
export const SITE_OUT = join(WORK, "site"); // our build, kept apart from the repository's own dist/
export const PEER_OUT = join(WORK, "starlight");
export const RUNS_DIR = join(WORK, "lighthouse"); // raw Lighthouse JSON, one file per run
export const REPORT_MD = join(BENCH, "report.md");
export const REPORT_JSON = join(BENCH, "report.json");

export const LIGHTHOUSE_VERSION = "13.5.0";
/** BENCH_PATHS="/opt-out/,/fr/" measures only those (and skips the guide unless it is named). */
const chosen = process.env.BENCH_PATHS?.split(",")
  .map((p) => p.trim())
  .filter(Boolean);
const DEFAULT_PATHS = ["/", "/opt-out/", "/timeline/", "/fr/"];
/** The whole guide on one page: measured on this site only (Starlight has no such page), outside the byte goals. */
const GUIDE_PATHS = ["/guide/", "/fr/guide/"];
export const PATHS = chosen ? chosen.filter((p) => !GUIDE_PATHS.includes(p)) : DEFAULT_PATHS;
export const OWN_PATHS = chosen ? chosen.filter((p) => GUIDE_PATHS.includes(p)) : GUIDE_PATHS;
export const PRESETS = ["mobile", "desktop"];
export const RUNS = Number(process.env.BENCH_RUNS) || 3;
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
export const SITES = { ours: "This site", peer: "Starlight peer" };

/** The goals from the issue. "kB" is 1,000 bytes, the stricter reading of "15 KB". */
export const GOALS = {
  lcpMobileMs: 800,
  maxBytes: 15_000,
  minPeerByteRatio: 5,
  // The one page and preset whose median run must show no blocking time at all.
  medianTbtZero: { path: "/opt-out/", preset: "mobile" },
};

/** Children get the site's own Node (Astro 7 needs >= 22.12) before the system's older one. */
export const CHILD_ENV = {
  ...process.env,
  PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH}`,
  // Astro would otherwise try to send usage data to a host this machine cannot reach.
  ASTRO_TELEMETRY_DISABLED: "1",
};

export class BenchError extends Error {}

/** Stops the benchmark with a message that says what is missing and what to do. */
export function fail(message) {
  throw new BenchError(message);
}

export function log(message) {
  console.log(`bench: ${message}`);
}

/** Every file under a folder, at any depth. */
export function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Runs a command and resolves with its output. The output is captured rather than shown, so the
 * console stays readable; it is printed when the command fails, because that is when it matters.
 * Async on purpose: the benchmark's own servers must keep answering while Lighthouse runs.
 */
export function run(command, args, { cwd = ROOT, env = CHILD_ENV, timeoutMs = 15 * 60_000, label } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new BenchError(`${label ?? command}: could not start (${error.message}).`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolvePromise(output);
      const tail = output.trim().split("\n").slice(-40).join("\n");
      const why = signal
        ? `was stopped (${signal}${signal === "SIGKILL" ? ", time limit" : ""})`
        : `exited with ${code}`;
      reject(new BenchError(`${label ?? command} ${why}. Its last output:\n${tail}`));
    });
  });
}

/**
 * Runs npm. Under `npm run bench`, npm tells us where its own script is (npm_execpath): running it
 * with this Node keeps npm on Node 24 too. Otherwise the `npm` on PATH is used.
 */
export function npm(args, options) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args], options);
  return run("npm", args, options);
}

/** Runs the Astro CLI of a project with this Node, so the system's older Node is never used. */
export function astro(projectDir, args, label) {
  const cli = join(projectDir, "node_modules", "astro", "bin", "astro.mjs");
  if (!existsSync(cli))
    fail(`${label}: Astro is not installed in ${projectDir} (no ${relative(ROOT, cli)}).`);
  return run(process.execPath, [cli, ...args], { cwd: projectDir, label });
}
