import assert from "node:assert/strict";
import { test } from "node:test";
import en from "../../src/i18n/en.json" with { type: "json" };
import fr from "../../src/i18n/fr.json" with { type: "json" };
import { formatDate, labelled, locales } from "../../src/lib/i18n.ts";

test("both string files have exactly the same keys", () => {
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});

test("dates are written in full, as precisely as they are known, per language", () => {
  assert.equal(formatDate("2016-08-25", "en"), "25 August 2016");
  assert.equal(formatDate("2016-08", "en"), "August 2016");
  assert.equal(formatDate("2016", "en"), "2016");
  assert.equal(formatDate("2016-08-25", "fr"), "25 août 2016");
  assert.equal(formatDate(new Date("2026-12-04"), "fr"), "4 décembre 2026");
});

test("a date standing alone at the start of a block begins with a capital", () => {
  assert.equal(formatDate("2014-03", "fr", { standalone: true }), "Mars 2014");
  assert.equal(formatDate("2014-03", "fr"), "mars 2014", "inside a sentence, a month stays lower case");
  assert.equal(formatDate("2016-02-01", "fr", { standalone: true }), "1er février 2016");
  assert.equal(formatDate("2016-08", "en", { standalone: true }), "August 2016");
});

test("French writes the first day of a month as « 1er »", () => {
  assert.equal(formatDate("2016-02-01", "fr"), "1er février 2016");
  assert.equal(formatDate(new Date("2016-02-01"), "fr"), "1er février 2016");
  assert.equal(formatDate("2016-02-01", "en"), "1 February 2016");
  assert.equal(formatDate("2016-02-11", "fr"), "11 février 2016");
});

test("a label and its value are joined by the language's own colon", () => {
  assert.equal(labelled("en", "footer.reviewed", "today"), "Last reviewed: today");
  assert.equal(labelled("fr", "footer.reviewed", "aujourd’hui"), "Dernière révision\u00a0: aujourd’hui");
});

test("one locale table: Canadian English and French", () => {
  assert.equal(locales.en.tag, "en-CA");
  assert.equal(locales.fr.tag, "fr-CA");
  assert.equal(locales.fr.ogLocale, "fr_CA");
});

test("every French string puts a no-break space before a colon and inside guillemets", () => {
  const bad = Object.entries(fr).filter(
    ([, v]) => /[^\u00a0\u202f]:|[^\u00a0\u202f]»|«[^\u00a0\u202f]/.test(v) || /'/.test(v),
  );
  assert.deepEqual(bad, []);
});
