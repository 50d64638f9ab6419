// After the build, dist/_headers (copied from public/_headers, read by Netlify and Cloudflare Pages)
// gets the Content-Security-Policy: the same directives as the pages' <meta> policies, every script
// and style hash any page allows, and the directives only a header can carry. The pages' policies are
// read from the parsed HTML.
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
          const equivs = httpEquivs(readFileSync(file, "utf8"));
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
