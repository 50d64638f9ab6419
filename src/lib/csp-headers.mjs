// After the build, completes dist/_headers (copied from public/_headers): its Content-Security-Policy
// gets every script and style hash the pages' own policies allow, so a host that sends the header
// allows exactly what the pages' <meta> policies allow, the stylesheet written into each page included.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const kinds = ["script-src", "style-src"];

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

/** The hashes in the CSP meta tag of every page under `dir`, by directive. */
export function pageHashes(dir) {
  const found = Object.fromEntries(kinds.map((k) => [k, new Set()]));
  for (const file of htmlFiles(dir)) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
      readFileSync(file, "utf8"),
    );
    if (!csp) throw new Error(`${file}: expected a <meta http-equiv="content-security-policy"> tag.`);
    for (const directive of csp[1].split(";")) {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (kinds.includes(name)) values.filter((v) => v.startsWith("'sha")).forEach((v) => found[name].add(v));
    }
  }
  return found;
}

/** @returns {import("astro").AstroIntegration} */
export function cspHeaders() {
  return {
    name: "csp-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const file = join(out, "_headers");
        let text = readFileSync(file, "utf8");
        const hashes = pageHashes(out);
        for (const kind of kinds) {
          const rule = `${kind} 'self'`;
          if (!text.includes(rule))
            throw new Error(`public/_headers: expected "${rule}" in its Content-Security-Policy.`);
          text = text.replace(rule, [rule, ...[...hashes[kind]].sort()].join(" "));
        }
        writeFileSync(file, text);
        logger.info(
          `_headers: added ${hashes["script-src"].size} script and ${hashes["style-src"].size} style hashes`,
        );
      },
    },
  };
}
