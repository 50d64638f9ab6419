import { createHash } from "node:crypto";
import { join } from "node:path";
import { build } from "esbuild";
import { features as order, type Feature } from "./markup/features.ts";

/**
 * A page's one script, with only the code for the controls the page has (src/scripts/), written
 * into the page itself: no request of its own, and no code a page does not use. Every page also
 * registers the offline reader. Built once per set of features; `hash` is its CSP hash.
 */
export interface PageScript {
  code: string;
  hash: `sha256-${string}`;
}

const modules: Partial<Record<Feature, string>> = {
  "copy-link": "./copy-link.ts",
  tabs: "./platform-tabs.ts",
  checklist: "./checklist.ts",
  helper: "./helper.ts",
};

const built = new Map<string, Promise<PageScript>>();

async function bundle(features: Feature[]): Promise<PageScript> {
  const imports = [...features.flatMap((f) => modules[f] ?? []), "./offline.ts", "./enhanced.ts"];
  const result = await build({
    stdin: {
      contents: imports.map((m) => `import "${m}";`).join("\n"),
      // The build runs from the project's root, where the scripts are.
      resolveDir: join(process.cwd(), "src", "scripts"),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    target: "es2022",
    legalComments: "none",
  });
  const code = (result.outputFiles[0]?.text ?? "").trim();
  if (!code)
    throw new Error(`src/lib/page-script.ts: the script for [${features.join(", ")}] came out empty.`);
  return { code, hash: `sha256-${createHash("sha256").update(code).digest("base64")}` };
}

/** The script for a page with these features (only those with code count). */
export function pageScript(features: Feature[]): Promise<PageScript> {
  const sorted = order.filter((f) => features.includes(f) && modules[f]);
  const key = sorted.join(",");
  let script = built.get(key);
  if (!script) {
    script = bundle(sorted);
    built.set(key, script);
  }
  return script;
}
