import assert from "node:assert/strict";
import { test } from "node:test";
import postcss from "postcss";
import { cssPropertyFallback } from "../../src/lib/build/css-property-fallback.mjs";
import { cspDirectives, parsePolicy } from "../../src/lib/build/csp.mjs";
import { headerPolicy, httpEquivs, withPolicy } from "../../src/lib/build/security-headers.mjs";

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
