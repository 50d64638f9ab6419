import assert from "node:assert/strict";
import { test } from "node:test";
import { allStates } from "../../src/lib/helper.ts";
import { buildSite, type PageInput } from "../../src/lib/site.ts";
import { sitemapXml } from "../../src/lib/sitemap.ts";

const page = (id: string, key: string, order: number, extra: Partial<PageInput["data"]> = {}): PageInput => ({
  id,
  data: {
    title: `${id} title`,
    description: "d",
    lang: id.startsWith("fr/") ? "fr" : "en",
    key,
    reviewed: new Date("2026-12-04"),
    order,
    ...extra,
  },
});

const fixture = () =>
  buildSite([
    page("en/index", "home", 0),
    page("fr/index", "home", 0),
    page("en/opt-out", "opt-out", 3),
    page("fr/refuser-le-partage", "opt-out", 3),
    page("en/timeline", "timeline", 4, { years: { from: 2014, to: 2017 } }),
    page("en/timeline-2018-2026", "timeline-2018", 5, {
      continues: "timeline",
      years: { from: 2018, to: 2026 },
    }),
    page("en/sources", "sources", 6, { sourceGroups: ["company"] }),
    page("en/sources-news", "sources-news", 7, { sourceGroups: ["news"], continues: "sources" }),
    page("en/about", "about", 8),
  ]);

test("addresses follow file names: English unprefixed, French under /fr/", () => {
  const site = fixture();
  assert.equal(site.page("home", "en").path, "/");
  assert.equal(site.page("home", "fr").path, "/fr/");
  assert.equal(site.page("opt-out", "fr").path, "/fr/refuser-le-partage/");
  assert.equal(site.at("/opt-out/")?.file, "content/pages/en/opt-out.mdx");
});

test("pages are paired by key, and each names both versions with its BCP 47 tag", () => {
  const site = fixture();
  assert.deepEqual(site.alternates(site.page("opt-out", "fr")), [
    { lang: "en", hreflang: "en-CA", href: "/opt-out/" },
    { lang: "fr", hreflang: "fr-CA", href: "/fr/refuser-le-partage/" },
  ]);
  assert.deepEqual(
    site.alternates(site.page("about", "en")),
    [],
    "a page without a counterpart has no alternates",
  );
});

test("the menu leaves out the parts that continue a list; the list's parts are in year order", () => {
  const site = fixture();
  assert.deepEqual(
    site.nav("en").map((p) => p.key),
    ["home", "opt-out", "timeline", "sources", "about"],
  );
  assert.deepEqual(
    site.parts(site.page("timeline-2018", "en")).map((p) => p.key),
    ["timeline", "timeline-2018"],
  );
});

test("each source is listed on exactly one sources page of a language", () => {
  const site = fixture();
  assert.equal(site.sourcePage({ id: "x", group: "news", date: "2016" }, "en").path, "/sources-news/");
  assert.throws(
    () => site.sourcePage({ id: "y", group: "advocacy", date: "2016" }, "en"),
    /"y" \(advocacy, 2016\) is listed on 0 en sources pages/,
  );
});

test("every helper view has an address in each language, and the sitemap lists them with their alternates", () => {
  const site = fixture();
  const views = site.helperViews("fr");
  assert.equal(views.length, allStates().length - 1);
  assert.ok(views.every((v) => v.path.startsWith("/fr/mon-cas/") && v.alternates.length === 2));
  const addresses = site.addresses();
  assert.equal(
    addresses.length,
    site.pages.length + 2 * views.length + 2,
    "pages, helper views and the two guides",
  );
  const xml = sitemapXml(addresses, new URL("https://example.org"));
  const entry =
    /<url><loc>https:\/\/example\.org\/fr\/mon-cas\/ancien\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? "";
  assert.match(entry, /hreflang="en-CA" href="https:\/\/example\.org\/helper\/used\/"/);
  assert.match(entry, /hreflang="x-default" href="https:\/\/example\.org\/helper\/used\/"/);
});

test("a page in the wrong language folder, or two pages with one key, fail naming the files", () => {
  assert.throws(
    () => buildSite([page("en/x", "x", 1, { lang: "fr" })]),
    /content\/pages\/en\/x\.mdx: `lang` is "fr"/,
  );
  assert.throws(
    () => buildSite([page("en/a", "k", 1), page("en/b", "k", 2)]),
    /content\/pages\/en\/a\.mdx: the key "k" is also used by content\/pages\/en\/b\.mdx; expected one page per key and language/,
  );
  assert.throws(() => fixture().page("faq", "en"), /expected a page with `key: faq`/);
});

test("feeds, cards and not-found pages have one address per language", () => {
  const site = fixture();
  assert.equal(site.feed("en"), "/updates.xml");
  assert.equal(site.feed("fr"), "/fr/mises-a-jour.xml");
  assert.equal(site.notFound("fr"), "/fr/404.html");
  assert.equal(site.card(site.page("opt-out", "fr")), "/og/fr/refuser-le-partage.png");
});

test("moved addresses and the French not-found page are written as rules for hosts", () => {
  const site = fixture();
  assert.deepEqual(site.moved(), [
    { from: "/fr/se-desinscrire/", lang: "fr", to: "/fr/refuser-le-partage/" },
  ]);
  assert.deepEqual(site.redirects(), [
    "/fr/se-desinscrire/*  /fr/refuser-le-partage/:splat  301!",
    "/fr/updates.xml  /fr/mises-a-jour.xml  301!",
    "/fr/*  /fr/404.html  404",
  ]);
  assert.deepEqual(site.keptOffline("fr"), ["/fr/", "/fr/refuser-le-partage/"]);
  assert.equal(site.offline("fr"), "/fr/hors-ligne/");
});
