import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { featuresIn, union } from "../../src/lib/markup/features.ts";
import { parseFragment } from "../../src/lib/markup/tree.ts";
import { pageScript } from "../../src/lib/page-script.ts";

test("a page's features are read from its tree, in one order", () => {
  const tree = parseFragment(
    '<figure class="screen"></figure><platform-tabs><div class="steps"><ol><li>x <a href="#a" data-copy-link>c</a></li></ol></div></platform-tabs>',
  );
  assert.deepEqual(featuresIn(tree), ["copy-link", "steps", "tabs", "screen"]);
  assert.deepEqual(featuresIn(parseFragment("<p>Plain text.</p>")), []);
  assert.deepEqual(featuresIn(parseFragment('<ol class="source-list"></ol><div data-checklist="x"></div>')), [
    "checklist",
    "sources",
  ]);
  assert.deepEqual(
    union([
      ["tabs", "copy-link"],
      ["sources", "tabs"],
    ]),
    ["copy-link", "tabs", "sources"],
  );
});

test("a page's script has the code for its controls only, always keeps the page for offline reading, and its hash is its own", async () => {
  const tabs = await pageScript(["tabs", "steps"]);
  assert.match(tabs.code, /platform-tabs/);
  assert.match(tabs.code, /\/sw\.js/);
  assert.doesNotMatch(tabs.code, /data-checklist|data-helper-link|data-copy-link/);
  assert.equal(tabs.hash, `sha256-${createHash("sha256").update(tabs.code).digest("base64")}`);

  const plain = await pageScript([]);
  assert.match(plain.code, /\/sw\.js/);
  assert.doesNotMatch(plain.code, /platform-tabs/);
  assert.ok(plain.code.length < tabs.code.length);

  // Equal sets in any order, and features without code, give the very same script.
  assert.equal(await pageScript(["copy-link", "tabs"]), await pageScript(["screen", "tabs", "copy-link"]));
});
