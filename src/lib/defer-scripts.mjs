// After the build, the site's one script is fetched after the first paint rather than with the page:
// each `<script type="module" src>` becomes a one-line inline module that imports it once a
// frame has been painted, and the page's CSP <meta> gains that line's hash. Everything the script enhances already
// works without it, so the text never waits for it (and neither do the paint metrics).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const external = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

/**
 * The inline module that loads `src` once the first frame has been painted: a frame callback runs
 * before that frame's paint, so the import waits for the callback of the frame after it.
 */
export const loaderFor = (src) =>
  `requestAnimationFrame(()=>requestAnimationFrame(()=>import(${JSON.stringify(src)})))`;

const hashOf = (code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

/** Rewrites one built page; returns the new HTML, or the same HTML when it loads no script. */
export function deferScriptsIn(html, file) {
  const added = [];
  const out = html.replace(external, (_, src) => {
    const code = loaderFor(src);
    added.push(hashOf(code));
    return `<script type="module">${code}</script>`;
  });
  if (added.length === 0) return html;
  const rule = "script-src 'self'";
  if (!out.includes(rule)) throw new Error(`${file}: expected "${rule}" in its content security policy.`);
  return out.replace(rule, [rule, ...new Set(added)].join(" "));
}

/** @returns {import("astro").AstroIntegration} */
export function deferScripts() {
  return {
    name: "defer-scripts",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let changed = 0;
        for (const entry of readdirSync(out, { withFileTypes: true, recursive: true })) {
          if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, "utf8");
          const next = deferScriptsIn(html, file);
          if (next !== html) {
            writeFileSync(file, next);
            changed += 1;
          }
        }
        logger.info(`${changed} pages load their script after the first paint`);
      },
    },
  };
}
