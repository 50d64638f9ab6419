// This site's side of the comparison. It is built by the benchmark itself, with the local server's
// address as its public one, so what Lighthouse reads (canonical links, robots.txt, the sitemap) points
// where it is served, and so the repository's own dist/ is never replaced behind the developer's back.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { OWN_PATHS, PATHS, PEER_OUT, ROOT, SITE_OUT, astro, fail, filesUnder, log } from "./context.mjs";

/**
 * Builds the site with its public address set to the local server's, so canonical links, the
 * sitemap and robots.txt point where Lighthouse looks, as they would on the real host.
 */
export async function buildSite(origin) {
  log("building the site...");
  rmSync(SITE_OUT, { recursive: true, force: true });
  await astro(ROOT, ["build", "--site", origin, "--outDir", SITE_OUT], "astro build (site)");
  if (!existsSync(join(SITE_OUT, "index.html")))
    fail(`The site's build has no index.html in ${relative(ROOT, SITE_OUT)}/.`);
}

/**
 * Every page of a directory-format build: each index.html, with the address it is served at.
 * Not-found pages (404.html, fr/404.html) are not addresses of their own and are left out.
 */
export function builtPages(outDir) {
  return filesUnder(outDir)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => {
      const rel = relative(outDir, dirname(file)).split(sep).join("/");
      return { path: rel ? `/${rel}/` : "/", html: readFileSync(file, "utf8") };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The paths to measure: those of PATHS that the site's build has (the others are skipped, and
 * said so). The peer must have every one of them, or the comparison would be of different pages.
 * `ownPaths` (the whole guide) are measured on this site only; the build must have them.
 */
export function pathsToMeasure() {
  const built = (p) => existsSync(join(SITE_OUT, p, "index.html"));
  const paths = PATHS.filter(built);
  const skipped = PATHS.filter((p) => !paths.includes(p));
  if (skipped.length) log(`skipping ${skipped.join(", ")}: not in the site's build.`);
  const missingInPeer = paths.filter((p) => !existsSync(join(PEER_OUT, p, "index.html")));
  if (missingInPeer.length)
    fail(`The Starlight peer's build lacks ${missingInPeer.join(", ")}, which the site has.`);
  const missingGuide = OWN_PATHS.filter((p) => !built(p));
  if (missingGuide.length)
    fail(`The site's build lacks ${missingGuide.join(", ")}, the whole guide the benchmark reports on.`);
  return { paths, skipped, ownPaths: OWN_PATHS };
}
