import assert from "node:assert/strict";
import { test } from "node:test";
import { isStale } from "../../src/lib/freshness.ts";
import { builtPage, problems, sitemapPaths } from "./site.ts";

// The whole guide gathers other pages; their boxes and links are checked on those pages.
const pages = () => sitemapPaths().filter((p) => !/\/guide\/$/.test(p));

// The "as of" boxes and the review date come from one field per page; a page whose review is old
// says so. The build refuses a box whose date differs from the page's (see tests/content/).

const reviewedOf = (path: string) =>
  builtPage(path).doc.querySelector("footer time")?.getAttribute("datetime") ?? "";

test("every \"as of\" box names the page's own review date, in the page's language", () => {
  const found = pages().flatMap((path) =>
    builtPage(path)
      .doc.querySelectorAll('[data-callout="status"] > p:first-child')
      .map((p) => p.text.trim())
      .filter((heading) => {
        const fr = path.startsWith("/fr/");
        const date = new Date(reviewedOf(path));
        const expected = new Intl.DateTimeFormat(fr ? "fr-CA" : "en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        })
          .format(date)
          .replace(/^1 /, fr ? "1er " : "1 ");
        return heading !== `${fr ? "Situation au" : "As of"} ${expected}`;
      })
      .map((heading) => `${path}: "${heading}" (reviewed ${reviewedOf(path)})`),
  );
  assert.deepEqual(found, [], problems(found, "status boxes"));
  assert.ok(builtPage("/").doc.querySelector('[data-callout="status"]'), 'the home page has an "as of" box');
});

test("a page shows the stale-facts notice exactly when its review is more than 120 days old", () => {
  // The build counts the day it ran; a day either side covers a build that ran just before midnight.
  const today = Date.now();
  const found = pages().flatMap((path) => {
    const reviewed = new Date(reviewedOf(path));
    const shown = builtPage(path).doc.querySelector(".stale-notice") !== null;
    const surely = isStale(reviewed, new Date(today - 86_400_000));
    const maybe = isStale(reviewed, new Date(today + 86_400_000));
    return (shown && !maybe) || (!shown && surely)
      ? [`${path}: reviewed ${reviewedOf(path)}, notice ${shown ? "shown" : "missing"}`]
      : [];
  });
  assert.deepEqual(found, [], problems(found, "stale notices"));
});
