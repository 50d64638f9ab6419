// Runs before `npm test`: makes sure a Java runtime can be found for the W3C Nu HTML checker, and
// says which one. If none is found and this is a Debian-like machine where we are root, installs
// Debian's default-jre-headless package, saying so; otherwise stops with instructions.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findJava } from "./java.mjs";

let found = findJava();
if (!found) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(
      "No Java found: installing Debian's default-jre-headless package with apt-get (this happens once).",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "default-jre-headless"], {
      stdio: "inherit",
      env,
    });
    found = findJava();
  }
}
if (!found) {
  console.error(
    [
      "No Java runtime was found for the W3C Nu HTML checker.",
      "Do one of these, then run `npm test` again:",
      "  - set JAVA_HOME to a Java 11 or later installation;",
      "  - install your system's package (Debian/Ubuntu: `sudo apt-get install default-jre-headless`).",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`The HTML checker will use ${found.source}.`);
