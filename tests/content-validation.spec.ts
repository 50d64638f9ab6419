import { expect, test } from "@playwright/test";
import { buildWithPage } from "./helpers/scratch-build";

// Each case builds a scratch copy of the site with one broken page; the real content is untouched.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const base = {
  title: "A test page",
  description: "A short description.",
  lang: "en",
  key: "broken",
  reviewed: "2026-11-25",
  order: 99,
};

function frontmatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\nSome text.\n`;
}

test("a page without a title fails the build, naming the file and the field", async () => {
  const result = await buildWithPage("en/broken.mdx", frontmatter({ ...base, title: undefined }));
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("content/pages/en/broken.mdx");
  expect(result.output).toContain("title");
});

test("a description over 160 characters fails the build, naming the file and the limit", async () => {
  const result = await buildWithPage("en/broken.mdx", frontmatter({ ...base, description: "x".repeat(161) }));
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("content/pages/en/broken.mdx");
  expect(result.output).toContain("`description` must be at most 160 characters");
});

test("an unknown lang fails the build, naming the file and the languages allowed", async () => {
  const result = await buildWithPage("en/broken.mdx", frontmatter({ ...base, lang: "de" }));
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("content/pages/en/broken.mdx");
  expect(result.output).toContain("`lang` must be `en` or `fr`");
});

test("malformed frontmatter fails the build, naming the file", async () => {
  const result = await buildWithPage("en/broken.mdx", "---\ntitle: [unclosed\n---\n\nText.\n");
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("broken.mdx");
});

test("a page whose lang does not match its folder fails the build, naming both", async () => {
  const result = await buildWithPage("en/broken.mdx", frontmatter({ ...base, lang: "fr" }));
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain('content/pages/en/broken.mdx: `lang` is "fr"');
});

test("a valid extra page builds, so the failures above come from the broken fields", async () => {
  const result = await buildWithPage("en/broken.mdx", frontmatter(base));
  expect(result.ok, result.output).toBe(true);
});
