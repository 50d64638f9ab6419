import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./helpers/content";
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

test("a page citing an unknown source id fails the build, naming the file and the id", async () => {
  const body = `${frontmatter(base)}\nimport { Cite } from "../../../src/components/mdx";\n\nA claim.<Cite id="no-such-source" />\n`;
  const result = await buildWithPage("en/broken.mdx", body);
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("content/pages/en/broken.mdx");
  expect(result.output).toContain('Unknown source id "no-such-source"');
});

test("a step without text fails the build, naming the file and the step", async () => {
  const body = `${frontmatter(base)}\nimport { Steps } from "../../../src/components/mdx";\n\n<Steps prefix="test">\n\n1. First step.\n2. <span></span>\n\n</Steps>\n`;
  const result = await buildWithPage("en/broken.mdx", body);
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("content/pages/en/broken.mdx");
  expect(result.output).toContain('step 2 of "test" has no text');
});

test("a source without an archived copy fails the build, naming the source and the field", async () => {
  const sources = readFileSync(join(root, "content", "sources.yaml"), "utf8");
  const extra = `\n- id: test-no-archive\n  group: news\n  publisher: Test\n  title: "A test source"\n  date: "2016-08-25"\n  url: https://example.org/test\n`;
  const result = await buildWithPage("en/broken.mdx", frontmatter(base), {
    "content/sources.yaml": sources + extra,
  });
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("test-no-archive");
  expect(result.output).toContain("archive");
});

test("a source id used twice fails the build, naming the file and the id", async () => {
  const sources = readFileSync(join(root, "content", "sources.yaml"), "utf8");
  const first = /- id: (\S+)/.exec(sources)?.[1] ?? "";
  const duplicate = `\n- id: ${first}\n  group: news\n  publisher: Test\n  title: "Twice"\n  date: "2016"\n  url: https://example.org/a\n  archive: https://web.archive.org/web/2016/https://example.org/a\n`;
  const result = await buildWithPage("en/broken.mdx", frontmatter(base), {
    "content/sources.yaml": sources + duplicate,
  });
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain(`content/sources.yaml: the id "${first}" is used twice`);
});

test("two elements with the same id on a page fail the HTML check, naming the page", async () => {
  const body = `${frontmatter(base)}\nimport { Faq, Question, Cite } from "../../../src/components/mdx";\n\n<Faq>\n<Question id="same" q="One?">\n\nA.\n\n</Question>\n<Question id="same" q="Two?">\n\nB.\n\n</Question>\n</Faq>\n`;
  const result = await buildWithPage("en/broken.mdx", body, {}, { validate: true });
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain("broken/index.html");
  expect(result.output).toContain('Duplicate ID "same"');
});
