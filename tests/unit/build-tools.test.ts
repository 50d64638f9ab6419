import assert from "node:assert/strict";
import { test } from "node:test";
import postcss from "postcss";
import { cssPropertyFallback } from "../../src/lib/build/css-property-fallback.mjs";
import { cspDirectives, parsePolicy } from "../../src/lib/build/csp.mjs";
import { headerPolicy, httpEquivs, narrowPolicy, withPolicy } from "../../src/lib/build/security-headers.mjs";
import { createHash } from "node:crypto";

test("Tailwind's property fallbacks are kept without @property and the margin-trim test", async () => {
  const css =
    "@layer properties{@supports ((-webkit-hyphens:none) and (not (margin-trim:block))){*,:before{--tw-a:0;--tw-b:solid}}}" +
    '@property --tw-a{syntax:"*";inherits:false;initial-value:0}@property --tw-b{syntax:"*";inherits:false;initial-value:solid}.x{color:red}';
  const out = (await postcss([cssPropertyFallback()]).process(css, { from: undefined })).css;
  assert.equal(out, "@layer properties{*,:before{--tw-a:0;--tw-b:solid}}.x{color:red}");
});

test("an @property without a fallback stops the build rather than lose its initial value", async () => {
  const css = '@property --tw-c{syntax:"*";inherits:false;initial-value:1}';
  await assert.rejects(
    postcss([cssPropertyFallback()]).process(css, { from: undefined }).async(),
    /@property --tw-c has no fallback/,
  );
});

test("the header's policy is every page's policy together, plus frame-ancestors", () => {
  const page = (hash: string) =>
    `${cspDirectives.join("; ")}; script-src 'self' '${hash}'; style-src 'self' 'x'`;
  const policy = parsePolicy(headerPolicy([page("a"), page("b")]));
  assert.deepEqual(policy.get("script-src"), ["'self'", "'a'", "'b'"]);
  assert.deepEqual(policy.get("frame-ancestors"), ["'none'"]);
  assert.deepEqual(policy.get("object-src"), ["'none'"]);
});

test("the policy goes into the /* rule of _headers, and a hand-written one is refused", () => {
  assert.equal(
    withPolicy("# c\n/*\n  X-A: b\n", "default-src 'self'"),
    "# c\n/*\n  Content-Security-Policy: default-src 'self'\n  X-A: b\n",
  );
  assert.throws(() => withPolicy("/*\n  Content-Security-Policy: x\n", "y"), /written by the build/);
});

test("a page's policy and a redirect's refresh are read from the parsed HTML", () => {
  const equivs = httpEquivs(
    '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><meta http-equiv="refresh" content="0;url=/x/">',
  );
  assert.equal(equivs.get("content-security-policy"), "default-src 'self'");
  assert.equal(equivs.get("refresh"), "0;url=/x/");
});

test("a page's policy keeps only the hashes of its own inline scripts and styles, and the rest of the page is untouched", () => {
  const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
  const page = (policy: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>p{color:red}</style>` +
    `<script type="application/ld+json">{"a":1}</script></head><body><p>Text &amp; more</p><script type="module" src="/x.js"></script></body></html>`;
  const out = narrowPolicy(
    page(
      `default-src 'self'; script-src 'self' ${sha("unused")}; style-src 'self' ${sha("p{color:red}")} ${sha("other")}`,
    ),
    "dist/x/index.html",
  );
  assert.equal(out, page(`default-src 'self'; script-src 'self'; style-src 'self' ${sha("p{color:red}")}`));
});

test("an inline style the policy does not allow stops the build, naming the page", () => {
  const page = `<html><head><meta http-equiv="content-security-policy" content="style-src 'self'"><style>p{}</style></head></html>`;
  assert.throws(
    () => narrowPolicy(page, "dist/x/index.html"),
    /dist\/x\/index\.html: an inline style has no hash/,
  );
});
