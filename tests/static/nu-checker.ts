import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { findJava } from "../../scripts/java.mjs";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Runs the W3C Nu HTML checker (vnu.jar) once over a folder or files and returns its errors as
 * "file:line:column message", with paths relative to `base`.
 */
export async function nuErrors(targets: string[], base: string): Promise<string[]> {
  const java = findJava();
  if (!java)
    throw new Error("No Java runtime: run `npm test`, which finds or installs one, or set JAVA_HOME.");
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  // The checker exits with 1 when it finds errors; its JSON report goes to stderr either way.
  const result = await run(
    java.path,
    ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", ...targets],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout: string; stderr: string; code?: number }) => error);
  const text = result.stderr.trim() || result.stdout.trim();
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(text) as { messages: NuMessage[] };
  } catch {
    throw new Error(`The Nu HTML checker did not answer with JSON:\n${text.slice(0, 2000)}`);
  }
  return report.messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map((m) => {
      const file = m.url ? relative(base, fileURLToPath(m.url)) : "(unknown file)";
      return `${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"} ${m.message}`;
    });
}
