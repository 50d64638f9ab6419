import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { served } from "./helpers/served";
import { distDir, sitemapPaths } from "./helpers/site";

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

/** The policy's rules without the per-page script and style hashes. */
const withoutHashes = (policy: Policy) =>
  new Map([...policy].map(([k, v]) => [k, v.filter((s) => !s.startsWith("'sha"))]));

const required: Record<string, string[]> = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
};

/** Reads public/_headers as Netlify and Cloudflare do: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match || !current) throw new Error(`_headers: cannot read the line "${line}"`);
    current.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return rules;
}

const headersFile = () => parseHeaders(readFileSync(join(distDir, "_headers"), "utf8"));

for (const path of sitemapPaths()) {
  test(`${path} carries a strict content security policy`, async ({ request, baseURL }) => {
    const { doc } = await served(request, baseURL ?? "", path);
    const meta = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content");
    const policy = parsePolicy(meta ?? "");
    for (const [directive, values] of Object.entries(required)) {
      expect(policy.get(directive), directive).toEqual(expect.arrayContaining(values));
    }
    for (const values of policy.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
    }
  });
}

test("_headers has every security header, and long caching for built assets", () => {
  const rules = headersFile();
  const all = rules.get("/*");
  expect(all, "a /* rule").toBeDefined();
  expect(all?.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  expect(all?.get("x-content-type-options")).toBe("nosniff");
  expect(all?.get("referrer-policy")).toBe("no-referrer");
  const permissions = all?.get("permissions-policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "browsing-topics"]) {
    expect(permissions).toContain(`${feature}=()`);
  }
  expect(all?.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(parsePolicy(all?.get("content-security-policy") ?? "").get("frame-ancestors")).toEqual(["'none'"]);
  expect(rules.get("/_astro/*")?.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
});

test("the header's policy is the pages' policy, plus frame-ancestors, and allows every page's hashes", () => {
  const header = parsePolicy(headersFile().get("/*")?.get("content-security-policy") ?? "");
  header.delete("frame-ancestors");
  const missing: string[] = [];
  for (const path of sitemapPaths()) {
    const html = readFileSync(join(distDir, path, "index.html"), "utf8");
    const meta = parsePolicy(
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? "",
    );
    expect(Object.fromEntries(withoutHashes(meta)), path).toEqual(Object.fromEntries(withoutHashes(header)));
    for (const [directive, values] of meta) {
      for (const hash of values.filter((v) => v.startsWith("'sha"))) {
        if (!header.get(directive)?.includes(hash)) missing.push(`${path}: ${directive} ${hash}`);
      }
    }
  }
  expect(missing, "hashes a page allows but the header does not (the page would break on the host)").toEqual(
    [],
  );
});
