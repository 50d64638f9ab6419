import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const copied = [
  "astro.config.mjs",
  "package.json",
  "tsconfig.json",
  ".htmlvalidate.json",
  "src",
  "content",
  "public",
];

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * Builds a scratch copy of the site with one extra or replaced file under `content/`, and returns
 * whether the build passed and everything it printed. The real tree is never written to.
 */
export async function buildWithPage(
  pagePath: string,
  body: string,
  extra: Record<string, string> = {},
  options: { validate?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "site-build-"));
  try {
    for (const name of copied) cpSync(join(root, name), join(dir, name), { recursive: true });
    linkDependencies(dir);
    writeFileSync(join(dir, "content", "pages", pagePath), body);
    for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
    // The Node that runs the tests runs the build too, whatever `node` the PATH would find.
    const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");
    const build = await run(process.execPath, [astro, "build"], dir);
    if (!build.ok || !options.validate) return build;
    // The same HTML check the site's tests make, on the scratch build.
    const validator = join(root, "node_modules", "html-validate", "bin", "html-validate.mjs");
    const check = await run(process.execPath, [validator, "dist"], dir);
    return { ok: check.ok, output: build.output + check.output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Links each installed package into the scratch copy, but not the caches Astro and Vite keep in
 * `node_modules/.astro` and `node_modules/.vite`: builds running side by side must not share them.
 */
function linkDependencies(dir: string): void {
  const from = join(root, "node_modules");
  const to = join(dir, "node_modules");
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (name === ".astro" || name === ".vite") continue;
    symlinkSync(join(from, name), join(to, name));
  }
}
