import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { allPaths, builtPage, problems, root } from "./site.ts";
import { around, frenchWords, wordsOf } from "./text.ts";

// French typography and register over every built French page, its text and its attributes.

const frenchPages = () => allPaths().filter((p) => p.startsWith("/fr/"));
const nbsp = "[\\u00a0\\u202f]";
const months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";

/** The problems of one run of French text. */
export function typographyProblems(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/:/g)) {
    const i = m.index;
    const before = text[i - 1] ?? "";
    if (text.slice(i + 1, i + 3) === "//" || (/\d/.test(before) && /\d/.test(text[i + 1] ?? ""))) continue;
    if (!/[\u00a0\u202f]/.test(before)) found.push(`no no-break space before ":" in ${around(text, i)}`);
  }
  for (const m of text.matchAll(new RegExp(`«(?!${nbsp})|(?<!${nbsp})»`, "g")))
    found.push(`guillemet without a no-break space in ${around(text, m.index)}`);
  for (const m of text.matchAll(new RegExp(`(?<![\\d])1[ \\u00a0](${months})`, "g")))
    found.push(`"1 ${m[1]}" should be "1er ${m[1]}" in ${around(text, m.index)}`);
  for (const m of text.matchAll(/'/g)) found.push(`straight apostrophe in ${around(text, m.index)}`);
  return found;
}

test("French typography: no-break spaces before colons and inside guillemets, « 1er », curly apostrophes", () => {
  const found = frenchPages().flatMap((path) =>
    frenchWords(builtPage(path).doc).flatMap((w) =>
      typographyProblems(w.text).map((p) => `${path} (${w.where}): ${p}`),
    ),
  );
  assert.deepEqual([...new Set(found)], [], problems([...new Set(found)], "French typography"));
});

test("the typography check catches each kind of mistake", () => {
  assert.equal(
    typographyProblems("Dernière révision\u00a0: 4 décembre 2026, https://x.org à 10:30").length,
    0,
  );
  assert.equal(typographyProblems("Dernière révision: 4").length, 1);
  assert.equal(typographyProblems("Dernière révision : 4").length, 1);
  assert.equal(typographyProblems("«\u00a0oui\u00a0» et « non »").length, 2);
  assert.equal(typographyProblems("le 1 février 2016 et le 1er mars, le 11 mai").length, 1);
  assert.equal(typographyProblems("l'application").length, 1);
});

/** English interface words that a French page may show only inside an element marked lang="en". */
const englishOnly = [
  "Settings",
  "Account",
  "Share my account info",
  "Agree",
  "Not now",
  "Read more",
  "Read",
  "Don’t share",
  "Don’t Share",
  "Accounts Center",
  "Updates",
  "Ad settings",
  "Ad Preferences",
  "Request account info",
  "Why am I seeing this",
  "More options",
  "business intelligence",
  "Use Signal",
];

test('English words on French pages are marked lang="en"', () => {
  const pattern = new RegExp(`(?<![\\p{L}])(${englishOnly.join("|")})(?![\\p{L}])`, "gu");
  const found = frenchPages().flatMap((path) =>
    frenchWords(builtPage(path).doc).flatMap((w) =>
      [...w.text.matchAll(pattern)].map(
        (m) => `${path} (${w.where}): "${m[1]}" in ${around(w.text, m.index)}`,
      ),
    ),
  );
  assert.deepEqual(found, [], problems(found, "English words not marked as English"));
});

interface Glossary {
  /** A term without `en` and `fr` only lists variants to avoid. */
  terms: { id: string; en?: string; fr?: string; avoid?: string[] }[];
  banned: { text: string; why: string }[];
  /** Names that contain a banned word but are names ("Choix de pub"). */
  names?: string[];
}

const glossary = parse(readFileSync(join(root, "content", "glossary.fr.yaml"), "utf8")) as Glossary;
const notCited = (w: { where: string }) => w.where !== "cite";
const joined = (words: { text: string }[]) =>
  words
    .map((w) => w.text)
    .join(" ")
    .replace(/[ \t\n\r]+/g, " ");
const textOf = (path: string) => joined(wordsOf(builtPage(path).doc).filter(notCited));
const frenchText = (path: string) => joined(frenchWords(builtPage(path).doc).filter(notCited));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (s: string) => new RegExp(`(?<![\\p{L}])${escape(s)}(?![\\p{L}])`, "iu");

test("each French page uses the glossary's wording wherever its English page uses the term", () => {
  const pairs = allPaths()
    .filter((p) => p.startsWith("/fr/") && !p.endsWith(".html"))
    .map((fr) => ({ fr, en: builtPage(fr).doc.querySelector("a.language-link")?.getAttribute("href") ?? "" }))
    .filter((p) => p.en);
  const found = pairs.flatMap(({ en, fr }) =>
    glossary.terms
      .filter(
        (term) =>
          term.en &&
          term.fr &&
          word(term.en).test(textOf(en)) &&
          !textOf(fr).toLowerCase().includes(term.fr.toLowerCase()),
      )
      .map((term) => `${fr}: "${term.en}" on ${en} but not « ${term.fr} » (${term.id})`),
  );
  assert.deepEqual(found, [], problems(found, "glossary terms not used"));
});

test("no French page uses a variant the glossary avoids, or a banned term", () => {
  const found = frenchPages().flatMap((path) => {
    const text = frenchText(path);
    // Register words are allowed inside quotations.
    const outsideQuotes = (glossary.names ?? []).reduce(
      (t, name) => t.split(name).join(" "),
      text.replace(/«[^»]*»/g, " "),
    );
    return [
      ...glossary.terms.flatMap((t) =>
        (t.avoid ?? [])
          .filter((v) => text.includes(v))
          .map((v) => `« ${v} » (use « ${t.fr ?? "the glossary's wording"} »)`),
      ),
      ...glossary.banned
        .filter((b) => word(b.text).test(outsideQuotes))
        .map((b) => `« ${b.text} »: ${b.why}`),
    ].map((p) => `${path}: ${p}`);
  });
  assert.deepEqual(found, [], problems(found, "avoided or banned French"));
});

test("the glossary check sees a banned term, and ignores it inside a quotation", () => {
  assert.ok(glossary.banned.some((b) => b.text === "se désinscrire"));
  assert.ok(word("appli").test("une appli utile") && !word("appli").test("une application"));
  assert.equal("il a dit « ça marche » et ça".replace(/«[^»]*»/g, " ").match(/ça/g)?.length, 1);
});
