// `npm run bench`: measures this site against a peer made with Starlight, Astro's documentation
// theme, from the same content, and writes bench/report.md and bench/report.json.
//
// What it does, in order (the parts live in scripts/bench/):
//   1. installs what it needs on first use, into bench/ only: Lighthouse into bench/tools/, and the
//      peer's Astro + Starlight into bench/starlight/node_modules/ (never into the site's package.json);
//   2. builds the site (`astro build` into bench/.work/dist/site/; the repository's dist/ is left alone);
//   3. turns each built page's <main> into a Starlight page and builds that peer (bench/starlight/);
//   4. serves both builds on 127.0.0.1 with brotli, as a CDN would, and runs Lighthouse on the same
//      paths, mobile and desktop presets, several runs each;
//   5. judges the results against the site's performance goals and writes the two reports.
//
// Options, by environment: CHROMIUM_PATH (the browser to drive), BENCH_RUNS (runs per page and
// preset; 3 by default), BENCH_PATHS (a comma-separated list of paths to measure instead of the usual
// four and the guide). Raw Lighthouse reports are kept in bench/.work/dist/lighthouse/.
import { relative } from "node:path";
import { BenchError, PEER_OUT, REPORT_JSON, REPORT_MD, ROOT, SITE_OUT, log } from "./bench/context.mjs";
import { clearRuns, measure } from "./bench/measure.mjs";
import { buildPeer, writePeerContent } from "./bench/peer.mjs";
import { judge, machine, printSummary, ratiosOf, writeReports } from "./bench/report.mjs";
import { startServer } from "./bench/server.mjs";
import { checkNode, ensureLighthouse, ensurePeerDependencies, locateChromium } from "./bench/setup.mjs";
import { buildSite, builtPages, pathsToMeasure } from "./bench/site.mjs";

async function main() {
  const started = Date.now();
  checkNode();
  const chromium = await locateChromium();
  log(`Chromium: ${chromium.version}, ${chromium.source}`);
  const cli = await ensureLighthouse();
  await ensurePeerDependencies();

  // The servers start first: each build needs its server's address as its public address.
  const servers = { ours: await startServer(SITE_OUT), peer: await startServer(PEER_OUT) };
  try {
    await buildSite(servers.ours.origin);
    const pagesGiven = writePeerContent(builtPages(SITE_OUT));
    await buildPeer(servers.peer.origin);
    servers.ours.precompress();
    servers.peer.precompress();

    const { paths, skipped, ownPaths } = pathsToMeasure();
    clearRuns();
    const results = await measure(cli, chromium, servers, paths);
    // The whole guide: ours alone, reported apart from the goals it is exempt from.
    const guide = ownPaths.length ? (await measure(cli, chromium, servers, ownPaths, ["ours"])).ours : {};
    const ratios = ratiosOf(results);
    const goals = judge(results, ratios);
    const durationS = Math.round((Date.now() - started) / 1000);
    writeReports({
      date: new Date().toISOString(),
      machineInfo: machine(chromium, results),
      paths,
      skipped,
      results,
      guide,
      ratios,
      goals,
      pagesGiven,
      durationS,
    });
    printSummary(ratios, goals);
    log(`wrote ${relative(ROOT, REPORT_MD)} and ${relative(ROOT, REPORT_JSON)} in ${durationS} s.`);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof BenchError ? error.message : error.stack}`);
  process.exit(1);
});
