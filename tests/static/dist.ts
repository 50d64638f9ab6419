import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The built site that the static checks read. */
export const distDir = join(import.meta.dirname, "..", "..", "dist");

/** Every HTML file in dist/, as paths relative to it ("index.html", "opt-out/index.html"). */
export function htmlFiles(): string[] {
  if (!existsSync(distDir)) throw new Error(`${distDir} is missing: run \`npm run build\` before the static checks.`);
  return readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(distDir, join(e.parentPath, e.name)))
    .sort();
}
