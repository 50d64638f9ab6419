import assert from "node:assert/strict";
import { test } from "node:test";
import en from "../../src/i18n/en.json" with { type: "json" };
import fr from "../../src/i18n/fr.json" with { type: "json" };
import { allStates, blocksOf, helperBase, pathOfState } from "../../src/lib/helper.ts";
import { builtPage, problems, sitemapPaths } from "./site.ts";

// "What applies to me?" works by following links: checked here on the built pages, every path in
// both languages. The browser tests check one path with JavaScript, by mouse and by keyboard.

const strings = { en, fr } as const;
const results = allStates().filter((s) => !s.next);

test("the results cover every combination of answers, and the sitemap lists them in both languages", () => {
  // Who used WhatsApp before answers all four questions (3 × 2 × 3 ways after the first answer);
  // who joined later skips the second (2 × 3 ways).
  assert.equal(results.length, 3 * 2 * 3 + 2 * 3);
  const listed = new Set(sitemapPaths());
  const missing = (["en", "fr"] as const).flatMap((lang) =>
    results.map((s) => pathOfState(s, lang)).filter((p) => !listed.has(p)),
  );
  assert.deepEqual(missing, []);
});

for (const lang of ["en", "fr"] as const) {
  const t = (key: string) => (strings[lang] as Record<string, string>)[key] ?? key;

  test(`${lang}: every result is reached from the first question by following the answers' links`, () => {
    const found: string[] = [];
    for (const state of results) {
      let path = helperBase[lang];
      for (const { question, answer } of state.given) {
        const { doc } = builtPage(path);
        const heading =
          question.id === "before" ? doc.querySelector("#helper-question") : doc.querySelector("h1");
        if (heading?.text.trim() !== t(question.label))
          found.push(`${path}: asks "${heading?.text.trim()}", expected "${t(question.label)}"`);
        const link = doc
          .querySelectorAll("a[data-helper-link]")
          .find((a) => a.text.trim() === t(answer.label));
        if (!link) {
          found.push(`${path}: no link "${t(answer.label)}"`);
          break;
        }
        path = link.getAttribute("href") ?? "";
      }
      if (path !== pathOfState(state, lang))
        found.push(`the answers lead to ${path}, expected ${pathOfState(state, lang)}`);
    }
    assert.deepEqual(found, [], problems(found, "helper paths"));
  });

  test(`${lang}: each result opens with "In short", one line per block, each linking to its block`, () => {
    const found: string[] = [];
    for (const state of results) {
      const path = pathOfState(state, lang);
      const { doc } = builtPage(path);
      const id = (key: string) => `${t("helper.blockId")}-${key}`;
      if (doc.querySelector("h1")?.text.trim() !== t("helper.result")) found.push(`${path}: h1`);
      if (doc.querySelector("#helper-short")?.text.trim() !== t("helper.short"))
        found.push(`${path}: no "${t("helper.short")}"`);
      const short = doc
        .querySelectorAll('section[aria-labelledby="helper-short"] li a')
        .map((a) => a.getAttribute("href"));
      const blocks = doc
        .querySelectorAll("main section[aria-labelledby]")
        .map((s) => s.getAttribute("aria-labelledby"));
      const expected = blocksOf(state).map(id);
      if (JSON.stringify(short) !== JSON.stringify(expected.map((i) => `#${i}`)))
        found.push(`${path}: "In short" links ${short.join(" ")}`);
      if (!expected.every((i) => blocks.includes(i))) found.push(`${path}: blocks ${blocks.join(" ")}`);
    }
    assert.deepEqual(found, [], problems(found, "helper results"));
  });
}

test("a result links to today's options, the checklist and the FAQ in its own language", () => {
  for (const [lang, today, checklist] of [
    ["en", "/opt-out/#what-you-can-do-today", "/checklist/"],
    ["fr", "/fr/refuser-le-partage/#ce-que-vous-pouvez-faire-aujourdhui", "/fr/aide-memoire/"],
  ] as const) {
    const state = results.find((s) => s.given.some((g) => g.answer.block === "canada"));
    const hrefs = builtPage(pathOfState(state ?? results[0]!, lang))
      .doc.querySelectorAll("main a")
      .map((a) => a.getAttribute("href"));
    assert.ok(hrefs.includes(today), `${lang}: ${today}`);
    assert.ok(hrefs.includes(checklist), `${lang}: ${checklist}`);
  }
});
