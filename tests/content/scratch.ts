import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// One scratch copy of the site for every bad-input case: each case writes its broken files, runs
// the cheapest step that shows the error (a content sync, or a build when the error comes from
// rendering), and puts the files back. The real tree is never written to.

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

export interface Run {
  ok: boolean;
  output: string;
}

export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), "site-content-"));

  constructor() {
    for (const name of copied) cpSync(join(root, name), join(this.dir, name), { recursive: true });
    // Every installed package, but not the caches Astro and Vite keep in node_modules.
    const from = join(root, "node_modules");
    mkdirSync(join(this.dir, "node_modules"));
    for (const name of readdirSync(from)) {
      if (name !== ".astro" && name !== ".vite")
        symlinkSync(join(from, name), join(this.dir, "node_modules", name));
    }
  }

  /** Writes `files` (path → text), runs `step`, then restores what was there before. */
  async with<T>(files: Record<string, string>, step: () => Promise<T>): Promise<T> {
    const before = new Map<string, string | undefined>();
    for (const [path, text] of Object.entries(files)) {
      const file = join(this.dir, path);
      before.set(file, existsSync(file) ? readFileSync(file, "utf8") : undefined);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    try {
      return await step();
    } finally {
      for (const [file, text] of before) {
        if (text === undefined) unlinkSync(file);
        else writeFileSync(file, text);
      }
    }
  }

  /** The text of a file of the site as it is now. */
  read(path: string): string {
    return readFileSync(join(this.dir, path), "utf8");
  }

  /** Loads and validates the content collections, without rendering a page. */
  sync(): Promise<Run> {
    return this.run(join(root, "node_modules", "astro", "bin", "astro.mjs"), ["sync"]);
  }

  /** Builds the whole site into the scratch copy's dist/. */
  build(env: Record<string, string> = {}): Promise<Run> {
    return this.run(join(root, "node_modules", "astro", "bin", "astro.mjs"), ["build"], env);
  }

  /** Runs html-validate over the scratch build. */
  validate(): Promise<Run> {
    return this.run(join(root, "node_modules", "html-validate", "bin", "html-validate.mjs"), ["dist"]);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
    return new Promise((resolve) => {
      // The Node that runs the tests runs the step too, whatever `node` the PATH would find.
      const child = spawn(process.execPath, [script, ...args], {
        cwd: this.dir,
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      });
      let output = "";
      child.stdout.on("data", (d) => (output += String(d)));
      child.stderr.on("data", (d) => (output += String(d)));
      child.on("close", (code) => resolve({ ok: code === 0, output }));
    });
  }
}

/** Frontmatter for a test page, with `fields` replacing the defaults (undefined removes one). */
export function page(fields: Record<string, unknown> = {}, body = "Some text.\n"): string {
  const all: Record<string, unknown> = {
    title: "A test page",
    description: "A short description.",
    lang: "en",
    key: "broken",
    reviewed: "2026-12-04",
    order: 99,
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

/** The import line an MDX page needs for the site's components. */
export const components =
  'import { BasedOn, Callout, Cite, Faq, Question, Steps } from "../../../src/components/mdx";\n\n';
