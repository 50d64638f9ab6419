import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import sax from "sax";
import { parsePolicy } from "../../src/lib/build/csp.mjs";
import { allPaths, builtPage, distDir, problems } from "./site.ts";

interface Entry {
  id: string;
  updated: string;
  link: string;
}

/** Reads an Atom feed with a strict XML parser: a feed that is not well-formed throws. */
function readFeed(xml: string) {
  const parser = sax.parser(true, {});
  const feed = { root: "", updated: "", entries: [] as Entry[] };
  const stack: string[] = [];
  parser.onopentag = (node) => {
    stack.push(node.name);
    if (stack.length === 1) feed.root = node.name;
    if (node.name === "entry") feed.entries.push({ id: "", updated: "", link: "" });
    if (node.name === "link" && stack.includes("entry"))
      (feed.entries.at(-1) as Entry).link = String(node.attributes["href"]);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    const [parent, name] = stack.slice(-2);
    if (parent === "feed" && name === "updated") feed.updated += text;
    if (parent === "entry" && (name === "id" || name === "updated"))
      (feed.entries.at(-1) as Entry)[name] += text;
  };
  parser.write(xml).close();
  return feed;
}

test("each language's updates feed is well-formed Atom with dated entries and absolute links", () => {
  for (const file of ["updates.xml", "fr/mises-a-jour.xml", "fr/updates.xml"]) {
    const feed = readFeed(readFileSync(join(distDir, file), "utf8"));
    assert.equal(feed.root, "feed", file);
    assert.ok(feed.entries.length >= 2, `${file}: at least two entries`);
    assert.ok(!Number.isNaN(Date.parse(feed.updated)), `${file}: feed date`);
    for (const entry of feed.entries) {
      assert.match(entry.link, /^https:\/\//, file);
      assert.ok(!Number.isNaN(Date.parse(entry.updated)), `${file}: entry date`);
    }
  }
});

test("the feeds carry the December 2026 corrections", () => {
  assert.match(
    readFileSync(join(distDir, "updates.xml"), "utf8"),
    /<title>Corrections, December 2026<\/title>/,
  );
  assert.match(
    readFileSync(join(distDir, "fr/mises-a-jour.xml"), "utf8"),
    /<title>Corrections, décembre 2026<\/title>/,
  );
});

test("robots.txt points to the sitemap with an absolute address", () => {
  assert.match(
    readFileSync(join(distDir, "robots.txt"), "utf8"),
    /^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m,
  );
});

/** Reads _headers as Netlify and Cloudflare do: a path line, then indented `Name: value` lines. */
function readHeaders(text: string): Map<string, Map<string, string>> {
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
    current.set((match[1] ?? "").toLowerCase(), (match[2] ?? "").trim());
  }
  return rules;
}

test("_headers has every security header, long caching for built assets, and open data readable from other sites", () => {
  const rules = readHeaders(readFileSync(join(distDir, "_headers"), "utf8"));
  const all = rules.get("/*");
  assert.ok(all, "a /* rule");
  assert.match(all.get("strict-transport-security") ?? "", /max-age=\d{7,}/);
  assert.equal(all.get("x-content-type-options"), "nosniff");
  assert.equal(all.get("referrer-policy"), "no-referrer");
  for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "browsing-topics"]) {
    assert.ok(all.get("permissions-policy")?.includes(`${feature}=()`), feature);
  }
  assert.equal(all.get("cross-origin-opener-policy"), "same-origin");
  assert.match(rules.get("/_astro/*")?.get("cache-control") ?? "", /max-age=31536000.*immutable/);
  assert.equal(rules.get("/data/*")?.get("access-control-allow-origin"), "*");
});

test("the header's policy is the pages' policy plus frame-ancestors, and allows every page's hashes", () => {
  const header = parsePolicy(
    readHeaders(readFileSync(join(distDir, "_headers"), "utf8"))
      .get("/*")
      ?.get("content-security-policy") ?? "",
  );
  assert.deepEqual(header.get("frame-ancestors"), ["'none'"]);
  const found: string[] = [];
  for (const path of allPaths()) {
    const meta = parsePolicy(
      builtPage(path)
        .doc.querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute("content") ?? "",
    );
    for (const [name, values] of meta) {
      for (const value of values)
        if (!header.get(name)?.includes(value)) found.push(`${path}: ${name} ${value}`);
    }
  }
  assert.deepEqual(
    found,
    [],
    problems(found, "what a page allows but the header does not (the page would break on the host)"),
  );
});

test("moved addresses redirect, and a missing French address gets the French not-found page", () => {
  const rules = readFileSync(join(distDir, "_redirects"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.trim().split(/\s+/));
  assert.deepEqual(rules, [
    ["/fr/se-desinscrire/*", "/fr/refuser-le-partage/:splat", "301!"],
    ["/fr/updates.xml", "/fr/mises-a-jour.xml", "301!"],
    ["/fr/*", "/fr/404.html", "404"],
  ]);
  assert.match(
    readFileSync(join(distDir, "fr/se-desinscrire/index.html"), "utf8"),
    /http-equiv="refresh" content="0; url=\/fr\/refuser-le-partage\/"/,
  );
});
