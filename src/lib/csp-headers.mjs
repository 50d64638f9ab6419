// After the build, two things. Each page's <meta> policy is narrowed to the hashes of the inline
// scripts and styles that page really has (Astro lists every script it knows on every page), and an
// inline script or style without its hash stops the build. Then dist/_headers (copied from
// public/_headers) gets every hash the pages allow, so a host that sends the header allows exactly
// what the pages' own policies allow.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const kinds = ["script-src", "style-src"];

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

const hashOf = (code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

/** The hashes of the page's inline scripts (not JSON data, which never runs) and styles. */
function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]))
    .map((m) => hashOf(m[2]));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1]));
  return { "script-src": new Set(scripts), "style-src": new Set(styles) };
}

/** The page with its policy's hash lists narrowed to what it uses; throws if something it uses is not allowed. */
export function narrowPolicy(html, file) {
  const meta = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/.exec(html);
  if (!meta) throw new Error(`${file}: expected a <meta http-equiv="content-security-policy"> tag.`);
  const used = inlineHashes(html);
  const policy = meta[2]
    .split(";")
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (!kinds.includes(name)) return directive;
      const missing = [...used[name]].filter((h) => !values.includes(h));
      if (missing.length)
        throw new Error(
          `${file}: an inline ${name === "script-src" ? "script" : "style"} has no hash in the page's policy.`,
        );
      return ` ${[name, ...values.filter((v) => !v.startsWith("'sha") || used[name].has(v))].join(" ")}`;
    })
    .join(";");
  return html.replace(meta[0], `${meta[1]}${policy}${meta[3]}`);
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
        for (const page of htmlFiles(out)) {
          const html = readFileSync(page, "utf8");
          const narrowed = narrowPolicy(html, page);
          if (narrowed !== html) writeFileSync(page, narrowed);
        }
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
