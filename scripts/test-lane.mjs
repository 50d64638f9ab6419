// Runs one lane of the test pyramid with Node's test runner: `node scripts/test-lane.mjs unit` runs
// tests/unit/**/*.test.ts. Results go to the terminal and, as TAP, to test-results/<lane>.tap, which
// .ci/run adds up with the browser tests' report.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const lane = process.argv[2];
const dir = join("tests", lane ?? "");
if (!lane || !existsSync(dir)) {
  console.error(
    `Usage: node scripts/test-lane.mjs <lane>, where tests/<lane>/ holds *.test.ts files; got "${lane ?? ""}".`,
  );
  process.exit(2);
}
const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".test.ts"))
  .sort()
  .map((f) => join(dir, f));
if (files.length === 0) {
  console.error(`${dir} has no *.test.ts files.`);
  process.exit(1);
}
mkdirSync("test-results", { recursive: true });
const extra = process.argv.slice(3);
const result = spawnSync(
  process.execPath,
  [
    "--test",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=test-results/${lane}.tap`,
    ...extra,
    ...files,
  ],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
