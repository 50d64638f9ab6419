// After the build, two things, both read from the parsed HTML. Each page's <meta> policy keeps only
// the hashes of the inline scripts and styles that page really has: Astro lists the hash of every
// script it could emit (its island loaders among them) on every page, which costs each page about
// 300 bytes of the first round trip, and it must not allow more than it needs. Then dist/_headers
// (copied from public/_headers, read by Netlify and Cloudflare Pages) gets the Content-Security-Policy:
// the same directives as the pages' policies, every hash any page allows, and the directives only a
// header can carry.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rehype } from "rehype";
import { visit } from "unist-util-visit";
import { formatPolicy, headerOnlyDirectives, parsePolicy } from "./csp.mjs";

const parser = rehype();

/** The page's <meta http-equiv> values by name: its policy, or the refresh of a redirect page. */
export function httpEquivs(html) {
  const found = new Map();
  visit(parser.parse(html), "element", (node) => {
    const equiv = node.properties?.httpEquiv;
    const name = Array.isArray(equiv) ? equiv.join(" ") : equiv;
    if (node.tagName === "meta" && name)
      found.set(String(name).toLowerCase(), String(node.properties.content));
  });
  return found;
}

const hashOf = (code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
const textOf = (node) => node.children.map((c) => (c.type === "text" ? c.value : "")).join("");

/**
 * The page with its policy's script and style hashes narrowed to those of its own inline scripts
 * (not JSON data, which never runs) and styles. The <meta> element is rewritten in place, at the
 * offsets the parser gives; the rest of the page is left byte for byte. Throws, naming the file,
 * when the page uses an inline script or style its policy does not allow.
 */
export function narrowPolicy(html, file) {
  const used = { "script-src": new Set(), "style-src": new Set() };
  let meta;
  visit(parser.parse(html), "element", (node) => {
    const type = String(node.properties?.type ?? "");
    if (node.tagName === "script" && !node.properties?.src && !/json/.test(type))
      used["script-src"].add(hashOf(textOf(node)));
    if (node.tagName === "style") used["style-src"].add(hashOf(textOf(node)));
    const equiv = node.properties?.httpEquiv;
    if (node.tagName === "meta" && String(equiv).toLowerCase() === "content-security-policy") meta = node;
  });
  if (!meta) return html;
  const policy = parsePolicy(String(meta.properties.content));
  for (const [name, hashes] of Object.entries(used)) {
    const values = policy.get(name) ?? [];
    const missing = [...hashes].filter((h) => !values.includes(h));
    if (missing.length)
      throw new Error(
        `${file}: an inline ${name === "script-src" ? "script" : "style"} has no hash in the page's policy.`,
      );
    policy.set(
      name,
      values.filter((v) => !v.startsWith("'sha") || hashes.has(v)),
    );
  }
  const { start, end } = meta.position;
  const escaped = formatPolicy(policy).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return `${html.slice(0, start.offset)}<meta http-equiv="content-security-policy" content="${escaped}">${html.slice(end.offset)}`;
}

/** The union of the pages' policies, plus the header-only directives. */
export function headerPolicy(policies) {
  const union = new Map();
  for (const policy of policies) {
    for (const [name, values] of parsePolicy(policy)) {
      const seen = union.get(name) ?? [];
      union.set(name, [...seen, ...values.filter((v) => !seen.includes(v))]);
    }
  }
  for (const [name, values] of parsePolicy(headerOnlyDirectives.join(";"))) union.set(name, values);
  return formatPolicy(union);
}

/** `_headers` with the policy added to its `/*` rule; throws if the file already sets one. */
export function withPolicy(headers, policy) {
  if (headers.split("\n").some((line) => /^\s+content-security-policy:/i.test(line))) {
    throw new Error(
      "public/_headers: the Content-Security-Policy is written by the build; remove it from the file.",
    );
  }
  const lines = headers.split("\n");
  const rule = lines.findIndex((line) => line.trim() === "/*");
  if (rule < 0) throw new Error("public/_headers: expected a /* rule to add the Content-Security-Policy to.");
  lines.splice(rule + 1, 0, `  Content-Security-Policy: ${policy}`);
  return lines.join("\n");
}

/** @returns {import("astro").AstroIntegration} */
export function securityHeaders() {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile() && e.name.endsWith(".html"))
          .map((e) => join(e.parentPath, e.name));
        // Every page has a policy; a page that has moved only sends the reader on.
        const policies = pages.flatMap((file) => {
          const html = readFileSync(file, "utf8");
          const narrowed = narrowPolicy(html, file);
          if (narrowed !== html) writeFileSync(file, narrowed);
          const equivs = httpEquivs(narrowed);
          if (equivs.has("refresh")) return [];
          const policy = equivs.get("content-security-policy");
          if (!policy) throw new Error(`${file}: expected a <meta http-equiv="content-security-policy">.`);
          return [policy];
        });
        const file = join(out, "_headers");
        writeFileSync(file, withPolicy(readFileSync(file, "utf8"), headerPolicy(policies)));
        logger.info(`_headers: the policy of ${pages.length} pages, plus ${headerOnlyDirectives.join(", ")}`);
      },
    },
  };
}
