import type { APIRoute } from "astro";
import { build } from "esbuild";
import { join } from "node:path";
import { languages, locales } from "../lib/i18n.ts";
import type { OfflinePlan } from "../lib/offline.ts";
import { getSite } from "../lib/site-data.ts";

// The service worker, served from the site's root so it can answer for every page. Each build is a
// version of its own (its cache's name), so a new build replaces what readers kept on their next visit.
export const GET: APIRoute = async () => {
  const site = await getSite();
  const plan: OfflinePlan = {
    version: new Date().toISOString().replace(/\D/g, ""),
    kept: Object.fromEntries(languages.map((lang) => [lang, site.keptOffline(lang)])),
    offline: Object.fromEntries(languages.map((lang) => [locales[lang].prefix, site.offline(lang)])),
  };
  const result = await build({
    // The build runs from the project's root; this route's own file is bundled elsewhere by then.
    entryPoints: [join(process.cwd(), "src", "scripts", "sw.ts")],
    bundle: true,
    write: false,
    format: "iife",
    minify: true,
    target: "es2022",
    define: { __PLAN__: JSON.stringify(plan) },
  });
  return new Response(result.outputFiles[0]?.text ?? "", {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
};
