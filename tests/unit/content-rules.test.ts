import assert from "node:assert/strict";
import { test } from "node:test";
import { ageInDays, buildDate, isStale, staleAfterDays } from "../../src/lib/freshness.ts";
import { archiveKind, sourceIn } from "../../src/lib/sources.ts";
import { citationsIn } from "../../src/lib/citations-in-mdx.ts";
import { frenchEvents } from "../../src/lib/timeline.ts";
import { atomFeed } from "../../src/lib/atom.ts";

test("a page is stale once more than 120 days have passed since its review", () => {
  const reviewed = new Date("2026-12-04");
  assert.equal(staleAfterDays, 120);
  assert.equal(isStale(reviewed, new Date("2027-04-03")), false, "120 days later");
  assert.equal(isStale(reviewed, new Date("2027-04-04")), true, "121 days later");
  assert.equal(ageInDays(reviewed, new Date("2026-12-14")), 10);
});

test("the build date comes from BUILD_DATE when set, and a bad one is refused", () => {
  assert.equal(buildDate("2027-01-31").toISOString().slice(0, 10), "2027-01-31");
  assert.throws(
    () => buildDate("31/01/2027"),
    /BUILD_DATE is "31\/01\/2027"; expected a date written as YYYY-MM-DD/,
  );
  assert.match(buildDate("").toISOString(), /T00:00:00\.000Z$/);
});

test("a Wayback Machine address is an archived copy only when it names a timestamped snapshot", () => {
  assert.equal(archiveKind("https://web.archive.org/web/20160826101010/https://example.org/a"), "snapshot");
  assert.equal(archiveKind("https://web.archive.org/web/2016/https://example.org/a"), "lookup");
  assert.equal(archiveKind("https://web.archive.org/web/https://example.org/a"), "lookup");
});

test("French pages show a source's French note, publisher, description and French original", () => {
  const source = {
    publisher: "Office of the Privacy Commissioner of Canada",
    publisher_fr: "Commissariat à la protection de la vie privée du Canada",
    title: "PIPEDA Report of Findings",
    title_fr: "Rapport de conclusions",
    url: "https://priv.gc.ca/en/x",
    url_fr: "https://priv.gc.ca/fr/x",
    archive: "https://web.archive.org/web/2013/https://priv.gc.ca/en/x",
    lang: "en",
    note: "Not about 2016.",
    note_fr: "Il ne porte pas sur 2016.",
  };
  const fr = sourceIn(source, "fr");
  assert.deepEqual(
    [fr.publisher, fr.title, fr.titleLang, fr.note, fr.url, fr.otherUrl],
    [source.publisher_fr, source.title_fr, "fr", source.note_fr, source.url_fr, source.url],
  );
  const en = sourceIn(source, "en");
  assert.deepEqual(
    [en.publisher, en.title, en.note, en.url, en.otherUrl],
    [source.publisher, source.title, source.note, source.url, undefined],
  );
});

test("a page's citations are read from its MDX tree", () => {
  const mdx =
    'Text.<Cite id="a" />\n\n<Quote cite="b" by="X">Words</Quote>\n\n<BasedOn ids="c d" />\n\n<Timeline />\n';
  assert.deepEqual(citationsIn(mdx, "f.mdx"), { ids: ["a", "b", "c", "d"], timeline: true });
  assert.throws(
    () => citationsIn("<Cite id={x} />", "content/pages/en/f.mdx"),
    /content\/pages\/en\/f\.mdx: <Cite id=…> must be a plain string/,
  );
});

test("the French timeline must give text for every event, and no more", () => {
  const events = [{ id: "a" }, { id: "b" }];
  const words = (id: string) => ({ id, data: { title: id, text: id } });
  assert.equal(frenchEvents(events, [words("a"), words("b")]).get("b")?.title, "b");
  assert.throws(
    () => frenchEvents(events, [words("a")]),
    /content\/timeline\.fr\.yaml: no French text for "b"/,
  );
  assert.throws(
    () => frenchEvents(events, [words("a"), words("b"), words("c")]),
    /no event in content\/timeline\.yaml for "c"/,
  );
});

test("the feed is Atom with absolute links, its title joined by the language's colon", () => {
  const xml = atomFeed({
    lang: "fr",
    feedUrl: "https://example.org/fr/mises-a-jour.xml",
    pageUrl: "https://example.org/fr/mises-a-jour/",
    entries: [{ id: "c", title: "Corrections & <suite>", date: new Date("2026-12-04"), body: "Un\n\ntexte" }],
  });
  assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="fr-CA">/);
  assert.match(xml, /<title>WhatsApp et Facebook, 2016\u00a0: Mises à jour<\/title>/);
  assert.match(xml, /<title>Corrections &amp; &lt;suite&gt;<\/title>/);
  assert.match(xml, /<id>https:\/\/example\.org\/fr\/mises-a-jour\/#update-c<\/id>/);
  assert.match(xml, /<summary>Un texte<\/summary>/);
});
