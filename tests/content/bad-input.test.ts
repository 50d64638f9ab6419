import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { components, page, Scratch } from "./scratch.ts";

// Bad input gets a clear error that names the file and what was expected. Each case breaks one
// thing in a scratch copy of the site; content errors show at the content sync, page errors at the
// build.

let scratch: Scratch;
before(() => (scratch = new Scratch()));
after(() => scratch.remove());

const fails = (run: { ok: boolean; output: string }, ...expected: string[]) => {
  assert.equal(run.ok, false, `expected a failure, got:\n${run.output}`);
  for (const text of expected) assert.ok(run.output.includes(text), `expected "${text}" in:\n${run.output}`);
};

const extraSource = (fields: string) =>
  `\n- id: test-source\n  group: news\n  publisher: Test\n  title: "A test source"\n  date: "2016-08-25"\n  url: https://example.org/test\n${fields}`;

describe("content the sync refuses", () => {
  test("a page without a title, naming the file and the field", async () => {
    const run = await scratch.with({ "content/pages/en/broken.mdx": page({ title: undefined }) }, () =>
      scratch.sync(),
    );
    fails(run, "content/pages/en/broken.mdx", "`title` is required");
  });

  test("a description over 160 characters, naming the file and the limit", async () => {
    const run = await scratch.with(
      { "content/pages/en/broken.mdx": page({ description: "x".repeat(161) }) },
      () => scratch.sync(),
    );
    fails(run, "content/pages/en/broken.mdx", "`description` must be at most 160 characters");
  });

  test("an unknown language, naming the file and the languages allowed", async () => {
    const run = await scratch.with({ "content/pages/en/broken.mdx": page({ lang: "de" }) }, () =>
      scratch.sync(),
    );
    fails(run, "content/pages/en/broken.mdx", "`lang` must be `en` or `fr`");
  });

  test("frontmatter that is not YAML, naming the file", async () => {
    const run = await scratch.with(
      { "content/pages/en/broken.mdx": "---\ntitle: [unclosed\n---\n\nText.\n" },
      () => scratch.sync(),
    );
    fails(run, "broken.mdx");
  });

  test("a source without an archive address, naming the source and the field", async () => {
    const sources = scratch.read("content/sources.yaml");
    const run = await scratch.with({ "content/sources.yaml": sources + extraSource("") }, () =>
      scratch.sync(),
    );
    fails(run, "test-source", "`archive` must be a full https:// address");
  });

  test("a source id used twice, naming the file and the id", async () => {
    const sources = scratch.read("content/sources.yaml");
    const first = /- id: (\S+)/.exec(sources)?.[1] ?? "";
    const twice = `\n- id: ${first}\n  group: news\n  publisher: T\n  title: "T"\n  date: "2016"\n  url: https://example.org/a\n  archive: https://web.archive.org/web/2016/https://example.org/a\n`;
    const run = await scratch.with({ "content/sources.yaml": sources + twice }, () => scratch.sync());
    fails(run, `content/sources.yaml: the id "${first}" is used twice`);
  });

  test("a source note without its French note, naming the source and the field", async () => {
    const sources = scratch.read("content/sources.yaml");
    const fields =
      '  archive: https://web.archive.org/web/2016/https://example.org/test\n  note: "An English note."\n';
    const run = await scratch.with({ "content/sources.yaml": sources + extraSource(fields) }, () =>
      scratch.sync(),
    );
    fails(run, "test-source", "`note_fr` is required when `note` is given");
  });
});

describe("pages the build refuses", () => {
  test("a page whose language differs from its folder, naming both", async () => {
    const run = await scratch.with({ "content/pages/en/broken.mdx": page({ lang: "fr" }) }, () =>
      scratch.build(),
    );
    fails(run, 'content/pages/en/broken.mdx: `lang` is "fr" but the file is in content/pages/en/');
  });

  test("a citation of an unknown source, naming the file and the id", async () => {
    const body = `${components}A claim.<Cite id="no-such-source" />\n`;
    const run = await scratch.with({ "content/pages/en/broken.mdx": page({}, body) }, () => scratch.build());
    fails(run, "content/pages/en/broken.mdx", 'unknown source id "no-such-source"');
  });

  test("a step without text, naming the file and the step", async () => {
    const body = `${components}<Steps prefix="test">\n\n1. First step.\n2. <span></span>\n\n</Steps>\n`;
    const run = await scratch.with({ "content/pages/en/broken.mdx": page({}, body) }, () => scratch.build());
    fails(run, "content/pages/en/broken.mdx", 'step 2 of "test" has no text');
  });

  test('an "as of" box whose date is not the page\'s review date, naming the file and both dates', async () => {
    const body = `${components}<Callout type="status" asOf="2026-11-25">\n\nToday.\n\n</Callout>\n`;
    const run = await scratch.with({ "content/pages/en/broken.mdx": page({}, body) }, () => scratch.build());
    fails(run, "content/pages/en/broken.mdx", 'asOf="2026-11-25"> must have asOf="2026-12-04"');
  });

  test("markup other than <span lang> in a timeline event's French text, naming the file and event", async () => {
    const french = scratch.read("content/timeline.fr.yaml");
    const broken = french.replace(/(\n {2}text: )/, "$1<b>gras</b> ");
    const id = /- id: (\S+)/.exec(french)?.[1] ?? "";
    const run = await scratch.with({ "content/timeline.fr.yaml": broken }, () => scratch.build());
    fails(
      run,
      `content/timeline.fr.yaml (${id}, text): only plain text and <span lang="en">…</span> are allowed`,
    );
  });
});

describe("a build with a valid extra page, built 121 days after the review", () => {
  const extra = {
    "content/pages/en/extra.mdx": page(
      { key: "extra" },
      `${components}<Callout type="status" asOf="2026-12-04">\n\nToday.\n\n</Callout>\n`,
    ),
    "content/pages/fr/extra.mdx": page({ key: "extra", lang: "fr", title: "Une page d’essai" }),
    "content/pages/en/duplicate.mdx": page(
      { key: "duplicate" },
      `${components}<Faq>\n<Question id="same" q="One?">\n\nA.\n\n</Question>\n<Question id="same" q="Two?">\n\nB.\n\n</Question>\n</Faq>\n`,
    ),
  };
  let built: { ok: boolean; output: string; en: string; fr: string; valid: { ok: boolean; output: string } };
  before(async () => {
    built = await scratch.with(extra, async () => {
      const run = await scratch.build({ BUILD_DATE: "2027-04-04" });
      const read = (path: string) => (run.ok ? scratch.read(`dist/${path}/index.html`) : "");
      return {
        ...run,
        en: read("extra"),
        fr: read("fr/extra"),
        valid: run.ok ? await scratch.validate() : run,
      };
    });
  });

  test("builds, so the failures above come from what each case broke", () => {
    assert.equal(built.ok, true, built.output);
  });

  test("tells readers in each language that the facts were last checked 121 days ago", () => {
    assert.match(
      built.en,
      /class="stale-notice[^>]*>We last checked these facts on <time datetime="2026-12-04">4 December 2026<\/time>; some may have changed since\./,
    );
    assert.match(
      built.fr,
      /class="stale-notice[^>]*>Nous avons vérifié ces faits pour la dernière fois le <time datetime="2026-12-04">4 décembre 2026<\/time>; certains ont pu changer depuis\./,
    );
  });

  test("a page with two elements of the same id fails the HTML check, naming the page", () => {
    assert.equal(built.valid.ok, false);
    assert.match(built.valid.output, /duplicate\/index\.html/);
    assert.match(built.valid.output, /Duplicate ID "same"/);
    assert.doesNotMatch(built.valid.output, /extra\/index\.html/);
  });
});
