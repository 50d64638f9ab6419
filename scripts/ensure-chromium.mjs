// Runs before `npm test`: makes sure a Chromium can be found, and says which one will be used.
// If none is found and this is a Debian-like machine where we are root, installs Debian's
// `chromium` package, saying so; otherwise stops with instructions.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

let found = await findChromium();
if (!found) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get (this happens once).");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env,
    });
    found = await findChromium();
  }
}
if (!found) {
  console.error(
    [
      "No Chromium was found for the browser tests.",
      "Do one of these, then run `npm test` again:",
      "  - set CHROMIUM_PATH to a Chromium or Chrome executable;",
      "  - run `npx playwright install chromium` (needs internet access);",
      "  - install your system's package (Debian/Ubuntu: `sudo apt-get install chromium`).",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`Browser tests will use ${found.source}.`);
