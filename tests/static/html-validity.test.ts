import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { distDir, htmlFiles } from "./site.ts";
import { nuErrors } from "./nu-checker.ts";

test("every built page passes the W3C Nu HTML checker, its inline CSS included", async () => {
  const errors = await nuErrors([distDir], distDir);
  assert.deepEqual(errors, [], `Nu HTML checker errors:\n${errors.join("\n")}`);
});

test("the Nu HTML checker reports a CSS property that does not exist, naming the file and line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nu-"));
  try {
    const page = join(dir, "bad.html");
    writeFileSync(
      page,
      '<!doctype html>\n<html lang="en"><head><title>x</title>\n<style>p{margin-trim:block}</style></head><body><p>x</p></body></html>\n',
    );
    const errors = await nuErrors([page], dir);
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(errors[0] ?? "", /^bad\.html:3:\d+ CSS: .*margin-trim/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("every built page is valid HTML by html-validate's recommended rules", async () => {
  const { FileSystemConfigLoader, HtmlValidate } = await import("html-validate");
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const found: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(join(distDir, file));
    for (const result of report.results) {
      for (const m of result.messages) found.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(found, [], found.join("\n"));
});
