// The verdict. Each goal is judged where a reader would feel it (every run for our own pages, medians
// for the comparison), and each miss says by how much and what caused it, so the report can be acted
// on without opening the raw Lighthouse files. The maintainers' notes in report.md outlive each run.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import {
  CATEGORIES,
  GOALS,
  LIGHTHOUSE_VERSION,
  PEER,
  PRESETS,
  REPORT_JSON,
  REPORT_MD,
  RUNS,
  SITES,
} from "./context.mjs";
import { bytesExact, kB, ms, plural, ratio, requestCount, seconds } from "./format.mjs";
import { median } from "./measure.mjs";
import { installedVersion } from "./setup.mjs";

/**
 * Our pages and presets that miss a goal in at least one run, one line each: `describe` gets the
 * runs that missed it and says by how much and why.
 */
function misses(results, { presets = PRESETS, missed, describe }) {
  const lines = [];
  for (const [path, byPreset] of Object.entries(results.ours)) {
    for (const [preset, { runs }] of Object.entries(byPreset)) {
      if (!presets.includes(preset)) continue;
      const bad = runs.map((r, i) => ({ ...r, n: i + 1 })).filter(missed);
      if (bad.length)
        lines.push(
          `\`${path}\` ${preset}, run${bad.length > 1 ? "s" : ""} ${bad.map((r) => r.n).join(", ")} of ${runs.length}: ${describe(bad)}`,
        );
    }
  }
  return lines;
}

/** "0.92 s" or "0.92–0.97 s": the spread of a metric over some runs. */
function spread(runs, get, format) {
  const values = runs.map(get);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return lo === hi ? format(lo) : `${format(lo).replace(/ \S+$/, "")}–${format(hi)}`;
}

const unique = (lists) => [...new Set(lists.flat())];

/** " (label: a, b)" from what some runs list, or nothing when they list nothing. */
function aside(label, runs, get) {
  const items = unique(runs.map(get));
  return items.length ? ` (${label}: ${items.join(", ")})` : "";
}

/** Starlight's transfer over ours, for each measured page and preset (medians). */
export function ratiosOf(results) {
  const rows = [];
  for (const [path, presets] of Object.entries(results.ours)) {
    for (const [preset, ours] of Object.entries(presets)) {
      const peer = results.peer[path]?.[preset];
      if (!peer) continue;
      rows.push({
        path,
        preset,
        ourBytes: ours.median.bytes,
        peerBytes: peer.median.bytes,
        bytes: ratio(peer.median.bytes, ours.median.bytes),
        requests: ratio(peer.median.requests, ours.median.requests),
        lcp: ratio(peer.median.lcp, ours.median.lcp),
      });
    }
  }
  return rows;
}

/** Each page's byte ratio: that of the preset where it is lowest (unknown counts as lowest). */
function pageRatios(ratios) {
  const byPath = new Map();
  for (const q of ratios) {
    const seen = byPath.get(q.path);
    const keep = seen && (seen.bytes === null || (q.bytes !== null && seen.bytes <= q.bytes));
    if (!keep) byPath.set(q.path, q);
  }
  return [...byPath.values()];
}

/** Every goal with whether it was met and, when it was not, a line for each page that missed it. */
export function judge(results, ratios) {
  const goals = [];
  const add = (id, goal, details, { judged = true, why, summary } = {}) =>
    goals.push({
      id,
      goal,
      passed: details.length === 0 && judged,
      ...(summary ? { summary } : {}),
      details,
      ...(details.length && why ? { why } : {}),
    });

  add(
    "lighthouse-100",
    "Lighthouse 100 in all four categories in every run",
    misses(results, {
      missed: (r) => CATEGORIES.some((c) => r.scores[c] < 100),
      describe: (bad) =>
        CATEGORIES.filter((c) => bad.some((r) => r.scores[c] < 100))
          .map(
            (c) =>
              `${c} ${spread(bad, (r) => r.scores[c], String)}${aside("points lost on", bad, (r) => r.lost[c] ?? [])}`,
          )
          .join("; "),
    }),
  );

  add(
    "lcp-mobile",
    `LCP at most ${GOALS.lcpMobileMs / 1000} s on the mobile preset (every run)`,
    misses(results, {
      presets: ["mobile"],
      missed: (r) => r.lcp > GOALS.lcpMobileMs,
      describe: (bad) =>
        `LCP ${spread(bad, (r) => r.lcp, seconds)}, FCP ${spread(bad, (r) => r.fcp, seconds)}, ` +
        `${spread(bad, (r) => r.requests, requestCount)}` +
        `${aside("largest element", bad, (r) => r.lcpElement ?? [])}` +
        `${aside("render-blocking", bad, (r) => r.renderBlocking)}`,
    }),
    {
      why:
        "The mobile preset simulates a slow 4G link (150 ms round trips, 1.6 Mb/s) and a 4× slower CPU. " +
        "Lighthouse counts every request that started before the largest element was painted (an icon, " +
        "a manifest, a script) as a cost of that paint: each adds at least a round trip.",
    },
  );

  add(
    "cls-tbt-zero",
    "CLS 0 and TBT 0 in every run",
    misses(results, {
      missed: (r) => r.cls > 0 || r.tbt > 0,
      describe: (bad) =>
        `CLS ${spread(bad, (r) => r.cls, String)}${aside("shifted", bad, (r) => r.layoutShifts)}, ` +
        `TBT ${spread(bad, (r) => r.tbt, ms)}${aside("long tasks", bad, (r) => r.longTasks)}`,
    }),
  );

  const { path: tbtPath, preset: tbtPreset } = GOALS.medianTbtZero;
  const tbtOf = results.ours[tbtPath]?.[tbtPreset];
  const medianRun = tbtOf && [...tbtOf.runs].sort((a, b) => a.tbt - b.tbt)[Math.floor(tbtOf.runs.length / 2)];
  add(
    "tbt-median-zero",
    `TBT 0 on \`${tbtPath}\` ${tbtPreset} in the median run`,
    tbtOf && tbtOf.median.tbt > 0
      ? [
          `\`${tbtPath}\` ${tbtPreset}: median TBT ${ms(tbtOf.median.tbt)} of ${plural(tbtOf.runs.length, "run")} ` +
            `(${spread(tbtOf.runs, (r) => r.tbt, ms)})` +
            aside("long tasks in the median run", [medianRun], (r) => r.longTasks),
        ]
      : [],
    { judged: Boolean(tbtOf) },
  );

  add(
    "bytes-per-page",
    `Total first-load transfer at most ${GOALS.maxBytes / 1000} kB (${GOALS.maxBytes.toLocaleString("en")} bytes) per page (every run)`,
    misses(results, {
      missed: (r) => r.bytes > GOALS.maxBytes,
      describe: (bad) =>
        `${spread(bad, (r) => r.bytes, bytesExact)}` +
        aside("largest", bad.slice(-1), (r) =>
          r.resources.slice(0, 4).map((res) => `\`${res.path}\` ${kB(res.bytes)}`),
        ),
    }),
  );

  const pages = pageRatios(ratios);
  add(
    "vs-starlight",
    `Starlight sends at least ${GOALS.minPeerByteRatio}× our bytes on every measured page (medians; a page's ratio is that of its lower preset)`,
    pages
      .filter((q) => q.bytes === null || q.bytes < GOALS.minPeerByteRatio)
      .map(
        (q) =>
          `\`${q.path}\`: Starlight sends ${q.bytes ?? "?"}× our bytes (${q.preset}: ${kB(q.peerBytes)} against ${kB(q.ourBytes)})`,
      ),
    {
      judged: pages.length > 0,
      summary: pages.map((q) => `\`${q.path}\` ${q.bytes ?? "?"}×`).join(", "),
    },
  );
  return goals;
}

/** How fast the CPU was across every run (Lighthouse's benchmark index), to tell a slow machine from a slow page. */
function cpuSpeed(results) {
  const all = Object.values(results).flatMap((byPath) =>
    Object.values(byPath).flatMap((byPreset) => Object.values(byPreset).flatMap((r) => r.runs)),
  );
  const values = all.map((r) => r.cpuIndex).filter((v) => typeof v === "number");
  if (values.length === 0) return null;
  return { median: Math.round(median(values)), min: Math.min(...values), max: Math.max(...values) };
}

/** The machine, browser and Lighthouse the numbers were taken with. */
export function machine(chromium, results) {
  const lighthouseRun = Object.values(Object.values(results.ours)[0])[0].runs[0];
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromium.version,
    chromiumSource: chromium.source,
    chromiumUserAgent: lighthouseRun?.userAgent ?? null,
    lighthouse: lighthouseRun?.lighthouseVersion ?? LIGHTHOUSE_VERSION,
    cpuIndex: cpuSpeed(results),
  };
}

/** A maintainer's notes survive a new run: everything under "## Notes" in the old report is kept. */
function keptNotes() {
  const placeholder =
    "_For the maintainers: where a goal is missed, say here why, and whether it is accepted or being worked on. " +
    "This section is kept when the report is written again._\n";
  if (!existsSync(REPORT_MD)) return placeholder;
  const old = readFileSync(REPORT_MD, "utf8");
  const at = old.search(/^## Notes[ \t]*$/m);
  return at === -1 ? placeholder : old.slice(at).replace(/^## Notes[ \t]*\n+/, "") || placeholder;
}

/** One sentence with the numbers that matter most: typical transfer and requests of each site. */
function headline(results) {
  const medians = (site, key) =>
    median(
      Object.values(results[site]).flatMap((byPreset) =>
        Object.values(byPreset).map((agg) => agg.median[key]),
      ),
    );
  const [ours, peer] = [medians("ours", "bytes"), medians("peer", "bytes")];
  return (
    `Typical page (median over pages and presets): this site sends ${kB(ours)} in ${plural(Math.round(medians("ours", "requests")), "request")}, ` +
    `Starlight ${kB(peer)} in ${plural(Math.round(medians("peer", "requests")), "request")} (${ratio(peer, ours)}×). ` +
    `Mobile LCP: ${seconds(median(Object.values(results.ours).map((p) => p.mobile.median.lcp)))} against ` +
    `${seconds(median(Object.values(results.peer).map((p) => p.mobile.median.lcp)))}.`
  );
}

function cell(agg, key, format = (v) => v) {
  const m = format(agg.median[key]);
  const w = format(agg.worst[key]);
  return m === w ? `${m}` : `${m} (${w})`;
}

/** The whole guide: this site only, outside the goals (it is meant to be saved or printed whole). */
function guideTable(guide) {
  const rows = [
    "| Path | Preset | Perf. | A11y | Best pr. | SEO | LCP | TBT | Transfer | Requests |",
    "| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const [path, presets] of Object.entries(guide)) {
    for (const [preset, agg] of Object.entries(presets)) {
      rows.push(
        `| \`${path}\` | ${preset} | ${CATEGORIES.map((c) => cell(agg, c)).join(" | ")} | ${cell(agg, "lcp", seconds)} | ` +
          `${cell(agg, "tbt", (v) => `${Math.round(v)} ms`)} | ${cell(agg, "bytes", kB)} | ${cell(agg, "requests", (v) => String(Math.round(v)))} |`,
      );
    }
  }
  return rows.join("\n");
}

function resultsTable(results) {
  const rows = [
    "| Site | Path | Preset | Perf. | A11y | Best pr. | SEO | FCP | LCP | TBT | CLS | Transfer | Requests |",
    "| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const site of ["ours", "peer"]) {
    for (const [path, presets] of Object.entries(results[site])) {
      for (const [preset, agg] of Object.entries(presets)) {
        rows.push(
          `| ${SITES[site]} | \`${path}\` | ${preset} | ${CATEGORIES.map((c) => cell(agg, c)).join(" | ")} | ` +
            `${cell(agg, "fcp", seconds)} | ${cell(agg, "lcp", seconds)} | ${cell(agg, "tbt", (v) => `${Math.round(v)} ms`)} | ` +
            `${cell(agg, "cls", (v) => v.toFixed(3))} | ${cell(agg, "bytes", kB)} | ${cell(agg, "requests", (v) => String(Math.round(v)))} |`,
        );
      }
    }
  }
  return rows.join("\n");
}

export function writeReports({
  date,
  machineInfo,
  paths,
  skipped,
  results,
  guide,
  ratios,
  goals,
  pagesGiven,
  durationS,
}) {
  const json = {
    date,
    durationSeconds: durationS,
    machine: machineInfo,
    settings: {
      paths,
      skipped,
      guidePaths: Object.keys(guide),
      presets: PRESETS,
      runs: RUNS,
      categories: CATEGORIES,
      goals: GOALS,
      server: "node:http, brotli quality 11",
    },
    peer: { generator: "@astrojs/starlight", pages: pagesGiven },
    goals,
    ratios,
    results,
    guide,
  };
  // Every run's browser and Lighthouse version are the same and already under `machine`.
  const perRunOnly = new Set(["userAgent", "lighthouseVersion"]);
  writeFileSync(
    REPORT_JSON,
    `${JSON.stringify(json, (key, value) => (perRunOnly.has(key) ? undefined : value), 2)}\n`,
  );

  const passed = goals.filter((g) => g.passed).length;
  const md = [
    "# Benchmark: this site against a Starlight build of the same content",
    "",
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${date.slice(0, 16).replace("T", " ")} UTC, in ${Math.round(durationS / 60)} min. ` +
      `Goals met: **${passed} of ${goals.length}**.`,
    "",
    headline(results),
    "",
    "## Machine",
    "",
    `- CPU: ${machineInfo.cpu}, ${machineInfo.cores} cores; memory: ${machineInfo.memoryGiB} GiB; ${machineInfo.os}`,
    `- Node ${machineInfo.node}; Lighthouse ${machineInfo.lighthouse}`,
    `- Browser: ${machineInfo.chromium}; found as ${machineInfo.chromiumSource}`,
    ...(machineInfo.cpuIndex
      ? [
          `- CPU speed during the runs (Lighthouse's benchmark index; higher is faster, and on a quiet machine it ` +
            `varies by a few per cent): median ${machineInfo.cpuIndex.median}, ` +
            `from ${machineInfo.cpuIndex.min} to ${machineInfo.cpuIndex.max}. Lighthouse scales the slowed-down ` +
            `CPU of its mobile preset from the real one, so a busy machine shows as longer tasks (TBT) and later paints.`,
        ]
      : []),
    "",
    "## Goals",
    "",
    "| Goal | Result |",
    "| --- | --- |",
    ...goals.map(
      (g) => `| ${g.goal} | ${g.passed ? "passed" : "**missed**"}${g.summary ? ` (${g.summary})` : ""} |`,
    ),
    "",
    ...goals
      .filter((g) => !g.passed)
      .flatMap((g) => [
        `### Missed: ${g.goal}`,
        "",
        ...(g.details.length ? g.details : ["No run to judge."]).map((d) => `- ${d}`),
        "",
        ...(g.why ? [g.why, ""] : []),
      ]),
    "## Results",
    "",
    `Each cell: the median of ${plural(RUNS, "run")}, and in brackets the worst run when it differs. ` +
      "Transfer is Lighthouse's total byte weight (bodies as sent, brotli, plus headers); 1 kB = 1,000 bytes.",
    "",
    resultsTable(results),
    "",
    "## Starlight / this site",
    "",
    "Medians; above 1 means Starlight sends or takes more.",
    "",
    "| Path | Preset | Transfer | Requests | LCP |",
    "| --- | --- | --: | --: | --: |",
    ...ratios.map(
      (q) =>
        `| \`${q.path}\` | ${q.preset} | ${q.bytes ?? "–"}× | ${q.requests ?? "–"}× | ${q.lcp ?? "–"}× |`,
    ),
    "",
    ...(Object.keys(guide).length
      ? [
          "## The whole guide",
          "",
          "Every article on one page, to save or print: exempt from the first-load budget and from the goals, and " +
            "not compared (Starlight has no such page). Same presets and runs as above; medians, worst run in brackets.",
          "",
          guideTable(guide),
          "",
        ]
      : []),
    "## How it was measured",
    "",
    `- Paths: ${paths.map((p) => `\`${p}\``).join(", ")}.` +
      (skipped.length ? ` Skipped, not in the build: ${skipped.map((p) => `\`${p}\``).join(", ")}.` : ""),
    `- Lighthouse's mobile (default: simulated slow 4G, 4× CPU slowdown) and desktop presets, ${plural(RUNS, "run")} each, every run in a fresh headless Chromium.`,
    "- Both builds are served from 127.0.0.1 by a small Node server: brotli (quality 11) for text, long caching for `/_astro/`, HTTP/1.1. " +
      "A `_headers` file in the build is not applied: on a CDN its headers would be sent once and then compressed by HTTP/2.",
    "- Both are built with their public address set to the local server's, so canonical links and robots.txt point where they are served.",
    `- The peer: a stock Starlight ${installedVersion(join(PEER, "node_modules"), "@astrojs/starlight") ?? ""} site (bench/starlight/). ` +
      `Each of our ${pagesGiven} built pages becomes a Starlight page at the same address with the same title, description and \`<main>\` content ` +
      "(our h1, scripts and copy-link buttons left out; Starlight adds its own). Pages under `/xx/` in another language become a Starlight locale.",
    "- Files a page fetches after it has loaded count when Lighthouse sees them before it stops: Starlight fetches its " +
      "search code when the browser is first idle, which some runs miss. Medians smooth this out; the worst run shows it.",
    "- Goals about our site are judged on every run, except the TBT goal on one page, which is judged on the median run; the comparison with Starlight on medians.",
    "",
    "## Notes",
    "",
    keptNotes().trimEnd(),
    "",
  ].join("\n");
  writeFileSync(REPORT_MD, md);
}

/** The ratios and the verdict on the console, for whoever ran the benchmark by hand. */
export function printSummary(ratios, goals) {
  console.log("");
  for (const q of ratios) {
    console.log(
      `  ${q.path} ${q.preset}: Starlight/ours bytes ${q.bytes}×, requests ${q.requests}×, LCP ${q.lcp}×`,
    );
  }
  for (const g of goals) {
    console.log(`  ${g.passed ? "passed" : "MISSED"}: ${g.goal}${g.summary ? ` (${g.summary})` : ""}`);
    for (const d of g.details) console.log(`      ${d}`);
    if (g.why) console.log(`      ${g.why}`);
  }
}
