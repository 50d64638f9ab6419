// Astro writes only the root not-found page as 404.html; with addresses as folders, the French one
// comes out as fr/404/index.html. Hosts look for fr/404.html (public/_redirects, Cloudflare Pages),
// so the build moves it there.
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** @param {string[]} folders the language folders that have their own not-found page */
export function notFoundPages(folders) {
  /** @type {import("astro").AstroIntegration} */
  const integration = {
    name: "not-found-pages",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const folder of folders) {
          const built = join(out, folder, "404", "index.html");
          if (!existsSync(built))
            throw new Error(`src/pages/${folder}/404.astro: expected the build to write ${built}.`);
          renameSync(built, join(out, folder, "404.html"));
          rmSync(join(out, folder, "404"), { recursive: true });
        }
      },
    },
  };
  return integration;
}
