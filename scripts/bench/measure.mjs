// The measuring itself. One Lighthouse run is noisy, and a busy machine makes it noisier, so every
// page and preset is run several times, the two sites take turns, and each run keeps both its numbers
// and what explains them (requests, long tasks, shifted elements), for the goals to say why they missed.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { chromiumArgs } from "../chromium.mjs";
import { CATEGORIES, CHILD_ENV, PRESETS, RUNS, RUNS_DIR, SITES, fail, log, run } from "./context.mjs";
import { kB, ms, seconds } from "./format.mjs";

/** One Lighthouse run, in its own process and its own fresh browser, so runs cannot affect each other. */
async function lighthouse(cli, chromium, url, preset, outFile) {
  const args = [
    cli,
    url,
    "--output=json",
    `--output-path=${outFile}`,
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${[...chromiumArgs, "--headless"].join(" ")}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  await run(process.execPath, args, {
    env: { ...CHILD_ENV, CHROME_PATH: chromium.path },
    timeoutMs: 3 * 60_000,
    label: `Lighthouse (${url}, ${preset})`,
  });
  const lhr = JSON.parse(readFileSync(outFile, "utf8"));
  if (lhr.runtimeError)
    fail(
      `Lighthouse could not measure ${url} (${preset}): ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
    );
  return summarize(lhr);
}

/** The numbers the report needs from one Lighthouse report, and what explains them. */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id] ?? {};
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  // Only real transfers count as requests: data: URLs cost no round trip.
  const requests = (audit("network-requests").details?.items ?? []).filter((r) => /^https?:/.test(r.url));
  const pathOf = (url) => (URL.canParse(url) ? new URL(url).pathname + new URL(url).search : url);
  const lost = {};
  for (const c of CATEGORIES) {
    const refs = lhr.categories[c]?.auditRefs ?? [];
    const failing = refs.filter((r) => r.weight > 0 && audit(r.id).score !== null && audit(r.id).score < 1);
    if (failing.length)
      lost[c] = failing.map(
        (r) => `${audit(r.id).title} (${r.id}: ${audit(r.id).displayValue ?? audit(r.id).score})`,
      );
  }
  const lcpNode = (audit("lcp-breakdown-insight").details?.items ?? []).find((i) => i.type === "node");
  return {
    scores,
    fcp: Math.round(audit("first-contentful-paint").numericValue),
    lcp: Math.round(audit("largest-contentful-paint").numericValue),
    tbt: Math.round(audit("total-blocking-time").numericValue),
    cls: Number(audit("cumulative-layout-shift").numericValue.toFixed(4)),
    bytes: Math.round(audit("total-byte-weight").numericValue),
    requests: requests.length,
    resources: requests
      .map((r) => ({ path: pathOf(r.url), type: r.resourceType ?? "Other", bytes: r.transferSize ?? 0 }))
      .sort((a, b) => b.bytes - a.bytes),
    renderBlocking: (audit("render-blocking-insight").details?.items ?? []).map(
      (i) => `\`${pathOf(i.url)}\``,
    ),
    lcpElement: lcpNode
      ? `\`${lcpNode.snippet}\`` + (lcpNode.nodeLabel ? ` ("${lcpNode.nodeLabel.slice(0, 50)}…")` : "")
      : null,
    layoutShifts: (audit("layout-shifts").details?.items ?? []).map(
      (i) => `\`${i.node?.snippet ?? "?"}\` (${i.score})`,
    ),
    longTasks: (audit("long-tasks").details?.items ?? []).map((i) => `${pathOf(i.url)} ${ms(i.duration)}`),
    lost,
    // Lighthouse's measure of how fast the CPU was for this run: lower means slower or busier.
    cpuIndex: lhr.environment?.benchmarkIndex ?? null,
    userAgent: lhr.environment?.hostUserAgent,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** The metrics the report tabulates, and which way is worse for each. */
const METRICS = [
  ...CATEGORIES.map((c) => ({ key: c, get: (r) => r.scores[c], worse: Math.min })),
  { key: "fcp", get: (r) => r.fcp, worse: Math.max },
  { key: "lcp", get: (r) => r.lcp, worse: Math.max },
  { key: "tbt", get: (r) => r.tbt, worse: Math.max },
  { key: "cls", get: (r) => r.cls, worse: Math.max },
  { key: "bytes", get: (r) => r.bytes, worse: Math.max },
  { key: "requests", get: (r) => r.requests, worse: Math.max },
];

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function aggregate(runs) {
  const medianOf = {};
  const worstOf = {};
  for (const m of METRICS) {
    const values = runs.map(m.get);
    medianOf[m.key] = median(values);
    worstOf[m.key] = m.worse(...values);
  }
  return { median: medianOf, worst: worstOf, runs };
}

/** Removes the raw reports of an earlier benchmark, so the folder holds this one's only. */
export function clearRuns() {
  rmSync(RUNS_DIR, { recursive: true, force: true });
}

/**
 * Runs every path, preset and run on each of `sites` (both by default), alternating the sites so a
 * slow moment hurts both alike. Returns the results by site, path and preset.
 */
export async function measure(cli, chromium, servers, paths, sites = ["ours", "peer"]) {
  const results = Object.fromEntries(sites.map((site) => [site, {}]));
  const total = paths.length * PRESETS.length * RUNS * sites.length;
  let done = 0;
  for (const path of paths) {
    for (const preset of PRESETS) {
      const runs = Object.fromEntries(sites.map((site) => [site, []]));
      for (let n = 1; n <= RUNS; n++) {
        for (const site of sites) {
          const dir = join(RUNS_DIR, site);
          mkdirSync(dir, { recursive: true });
          const name = `${path === "/" ? "home" : path.slice(1, -1).replaceAll("/", "_")}-${preset}-${n}.json`;
          // Other work on the machine inflates CPU-bound numbers (TBT above all): note the load.
          const load = Number(os.loadavg()[0].toFixed(1));
          const measureOnce = () =>
            lighthouse(cli, chromium, servers[site].origin + path, preset, join(dir, name));
          // A browser that fails to start or times out now and then is no result: one more try.
          const summary = await measureOnce().catch((error) => {
            log(`${error.message.split("\n")[0]} Trying once more.`);
            return measureOnce();
          });
          runs[site].push({ ...summary, load });
          done++;
          log(
            `[${done}/${total}] ${SITES[site]} ${path} ${preset} run ${n}: ` +
              `${CATEGORIES.map((c) => summary.scores[c]).join("/")}, LCP ${seconds(summary.lcp)}, ` +
              `${kB(summary.bytes)}, ${summary.requests} requests`,
          );
        }
      }
      for (const site of sites) (results[site][path] ??= {})[preset] = aggregate(runs[site]);
    }
  }
  return results;
}
