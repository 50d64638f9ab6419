import assert from "node:assert/strict";
import { test } from "node:test";
import { builtPage, problems, sitemapPaths } from "./site.ts";

// The whole guide gathers other pages; their boxes and links are checked on those pages.
const pages = () => sitemapPaths().filter((p) => !/\/guide\/$/.test(p));

// "Is this still right?": a report link on every step, every "as of" box and every answer, which
// opens the reader's mail program with the page, the item and the revision named; nothing else.

test('every step, "as of" box and answer has one report link naming the page, the item and the revision', () => {
  const found: string[] = [];
  for (const path of pages()) {
    const { doc } = builtPage(path);
    const items = [
      ...doc
        .querySelectorAll(".steps li[id]")
        .map((el) => ({ el, id: el.id, links: el.querySelectorAll(":scope > a.report-link") })),
      ...doc
        .querySelectorAll('[data-callout="status"]')
        .map((el) => ({ el, id: el.id, links: el.querySelectorAll(".report > a.report-link") })),
      ...doc
        .querySelectorAll("section.faq-question")
        .map((el) => ({ el, id: el.id, links: el.querySelectorAll(":scope > a.report-link") })),
    ];
    for (const { id, links } of items) {
      if (!id) found.push(`${path}: an item without an id`);
      if (links.length !== 1) {
        found.push(`${path}#${id}: ${links.length} report links`);
        continue;
      }
      const described = links[0]?.getAttribute("aria-describedby") ?? "";
      if (!described || !doc.getElementById(described))
        found.push(`${path}#${id}: described by "${described}", which is not on the page`);
      const url = new URL(links[0]?.getAttribute("href") ?? "");
      const subject = url.searchParams.get("subject") ?? "";
      if (
        url.protocol !== "mailto:" ||
        !subject.includes(`${path}#${id} (`) ||
        !/\((revision|révision) [0-9a-f]{12}\)$/.test(subject)
      ) {
        found.push(`${path}#${id}: ${url.href}`);
      }
    }
  }
  assert.deepEqual(found, [], problems(found, "report links"));
  assert.ok(
    builtPage("/opt-out/").doc.querySelectorAll("a.report-link").length >= 20,
    "the opt-out page has its report links",
  );
  assert.ok(
    builtPage("/fr/faq/").doc.querySelectorAll("a.report-link").length >= 12,
    "the French FAQ has its report links",
  );
});

test("every page of running text states its reading level in the footer, in its language", () => {
  const found = pages()
    .filter((p) => !/timeline|chronologie|sources|helper|mon-cas|updates|mises-a-jour/.test(p))
    .flatMap((path) => {
      const text = builtPage(path).doc.querySelector("footer .reading-level")?.text ?? "";
      const ok = path.startsWith("/fr/")
        ? /^Niveau de lecture\u00a0: \d+ sur 100 selon l’indice de Kandel et Moles\. /.test(text)
        : /^Reading level: grade -?\d+\.\d on the Flesch-Kincaid scale\. /.test(text);
      return ok ? [] : [`${path}: "${text}"`];
    });
  assert.deepEqual(found, [], problems(found, "reading levels"));
});
