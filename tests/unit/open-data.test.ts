import assert from "node:assert/strict";
import { test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import {
  csvField,
  licence,
  sourceColumns,
  sourcesCsv,
  sourcesData,
  timelineData,
  timelineSchema,
  sourcesSchema,
  toCsv,
  type EventInput,
  type Publication,
  type SourceInput,
} from "../../src/lib/open-data.ts";

const publication: Publication = {
  origin: "https://example.org",
  generated: new Date("2026-12-04"),
  home: { en: "/", fr: "/fr/" },
};

const timelinePages = {
  en: [
    { path: "/timeline/", years: { from: 2014, to: 2017 } },
    { path: "/timeline-2018-2026/", years: { from: 2018, to: 2026 } },
  ],
  fr: [
    { path: "/fr/chronologie/", years: { from: 2014, to: 2017 } },
    { path: "/fr/chronologie-2018-2026/", years: { from: 2018, to: 2026 } },
  ],
};

const events: EventInput[] = [
  {
    id: "2016-08-25-announcement",
    date: "2016-08-25",
    sources: ["whatsapp-2016-08-25"],
    title: "WhatsApp annonce le partage",
    text: 'WhatsApp a demandé d’appuyer sur Accepter (<span lang="en">Agree</span>) avant le 25 septembre.',
  },
  {
    id: "2021-01-signal",
    date: "2021-01",
    sources: ["signal-2021", "telegram-2021"],
    title: 'Elon Musk écrit « <span lang="en">Use Signal</span> »',
    text: "Les téléchargements ont augmenté.",
  },
];

const source = (id: string, number: number, data: Partial<SourceInput["data"]> = {}): SourceInput => ({
  id,
  number,
  data: {
    group: "news",
    publisher: "NBC News",
    title: "A title",
    date: "2016-08-25",
    url: `https://example.com/${id}`,
    archive: `https://web.archive.org/web/2016/https://example.com/${id}`,
    copy: false,
    lang: "en",
    ...data,
  },
});

const sources: SourceInput[] = [
  source("tricky-2016", 2, {
    publisher: "Smith, Jones & Co",
    title: 'He said "no"',
    note: "First line\nsecond line",
    note_fr: "Première ligne\r\ndeuxième ligne",
    copy: true,
  }),
  source("cnil-2017", 1, {
    group: "regulators",
    publisher: "CNIL",
    publisher_fr: "Commission nationale de l’informatique et des libertés",
    date: "2017-12",
    archive: "https://web.archive.org/web/20171218000000/https://example.com/cnil",
    url_fr: "https://example.fr/cnil",
    lang: "fr",
  }),
];

const listedAt = (s: SourceInput, lang: "en" | "fr") =>
  `${lang === "fr" ? "/fr/sources/" : "/sources/"}#source-${s.id}`;

test("a CSV field is quoted when it holds a comma, a quote or a line break, with inner quotes doubled", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a, b"), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField("one\ntwo"), '"one\ntwo"');
  assert.equal(csvField("one\r\ntwo"), '"one\r\ntwo"');
  assert.equal(csvField(null), "");
  assert.equal(csvField(12), "12");
  assert.equal(csvField(false), "false");
});

test("CSV has a header row and ends every line with CRLF", () => {
  assert.equal(
    toCsv(
      ["a", "b"],
      [
        ["x", 'y"z'],
        [null, "p,q"],
      ],
    ),
    'a,b\r\nx,"y""z"\r\n,"p,q"\r\n',
  );
});

test("the sources CSV has one row per source, by number, with the columns of sources.json", () => {
  const csv = sourcesCsv(sourcesData(sources, listedAt, publication));
  const lines = csv.split("\r\n");
  assert.equal(lines[0], sourceColumns.join(","));
  assert.ok(lines[1]?.startsWith("cnil-2017,1,regulators,CNIL,Commission nationale de l’informatique"));
  assert.ok(csv.includes('tricky-2016,2,news,"Smith, Jones & Co",,"He said ""no""",'));
  assert.ok(csv.includes('"First line\nsecond line","Première ligne\r\ndeuxième ligne"'));
  assert.ok(csv.endsWith("https://example.org/fr/sources/#source-tricky-2016\r\n"));
});

test("timeline text is plain: the <span lang> markers are dropped and their words kept", () => {
  const data = timelineData("fr", events, timelinePages.fr, publication);
  assert.equal(
    data.events[0]?.text,
    "WhatsApp a demandé d’appuyer sur Accepter (Agree) avant le 25 septembre.",
  );
  assert.equal(data.events[1]?.title, "Elon Musk écrit « Use Signal »");
  assert.doesNotMatch(JSON.stringify(data), /<span|<\/span>|lang=/);
});

test("markup other than <span lang> in an event is refused, naming the event", () => {
  const bad = [{ ...events[0], text: "a <b>bold</b> claim" } as EventInput];
  assert.throws(
    () => timelineData("en", bad, timelinePages.en, publication),
    /content\/timeline\.yaml \(2016-08-25-announcement, text\)/,
  );
});

test("each event links to the timeline page of its language whose years cover it", () => {
  const en = timelineData("en", events, timelinePages.en, publication);
  const fr = timelineData("fr", events, timelinePages.fr, publication);
  assert.deepEqual(
    en.events.map((e) => e.url),
    [
      "https://example.org/timeline/#2016-08-25-announcement",
      "https://example.org/timeline-2018-2026/#2021-01-signal",
    ],
  );
  assert.equal(fr.events[0]?.url, "https://example.org/fr/chronologie/#2016-08-25-announcement");
  assert.deepEqual(en.events[1]?.sources, ["signal-2021", "telegram-2021"]);
  assert.throws(
    () => timelineData("en", events, timelinePages.en.slice(0, 1), publication),
    /"2021-01-signal" \(2021-01\) is shown on 0 en timeline pages/,
  );
});

test("every file carries its metadata: licence, publisher, homepage, build date, schema, language", () => {
  const en = timelineData("en", events, timelinePages.en, publication);
  const fr = timelineData("fr", events, timelinePages.fr, publication);
  const all = sourcesData(sources, listedAt, publication);
  for (const data of [en, fr, all]) {
    assert.equal(data.licence, "CC BY 4.0");
    assert.equal(data.licence_url, "https://creativecommons.org/licenses/by/4.0/");
    assert.equal(data.generated, "2026-12-04");
    assert.ok(data.title.length > 0 && data.description.length > 0);
  }
  assert.equal(licence.url, en.licence_url);
  assert.equal(en.publisher, "WhatsApp and Facebook, 2016");
  assert.equal(fr.publisher, "WhatsApp et Facebook, 2016");
  assert.equal(en.homepage, "https://example.org/");
  assert.equal(fr.homepage, "https://example.org/fr/");
  assert.equal(en.language, "en-CA");
  assert.equal(fr.language, "fr-CA");
  assert.deepEqual(all.language, ["en-CA", "fr-CA"]);
  assert.equal(en.schema, "https://example.org/data/timeline.schema.json");
  assert.equal(fr.schema, timelineSchema(publication.origin).$id);
  assert.equal(all.schema, sourcesSchema(publication.origin).$id);
  assert.equal(all.homepage_fr, "https://example.org/fr/");
});

test("each source has every field, null where content/sources.yaml has none, and its archive's kind", () => {
  const [cnil, tricky] = sourcesData(sources, listedAt, publication).sources;
  assert.deepEqual(Object.keys(cnil ?? {}), [...sourceColumns]);
  assert.equal(cnil?.archive_kind, "snapshot");
  assert.equal(tricky?.archive_kind, "lookup");
  assert.equal(tricky?.publisher_fr, null);
  assert.equal(tricky?.url_fr, null);
  assert.equal(cnil?.url_fr, "https://example.fr/cnil");
  assert.equal(cnil?.page_en, "https://example.org/sources/#source-cnil-2017");
  assert.equal(cnil?.page_fr, "https://example.org/fr/sources/#source-cnil-2017");
});

test("the schemas are draft 2020-12, closed, and name every field they require", () => {
  for (const schema of [timelineSchema(publication.origin), sourcesSchema(publication.origin)]) {
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
    assert.match(schema.$id, /^https:\/\/example\.org\/data\/\w+\.schema\.json$/);
    assert.equal(schema.additionalProperties, false);
    for (const field of schema.required) assert.ok(field in schema.properties, field);
    for (const def of Object.values(schema.$defs)) {
      assert.equal(def.additionalProperties, false);
      for (const field of def.required) assert.ok(field in def.properties, field);
    }
  }
});

test("what the module writes is valid against the schemas it publishes", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const timeline = ajv.compile(timelineSchema(publication.origin));
  const all = ajv.compile(sourcesSchema(publication.origin));
  for (const lang of ["en", "fr"] as const) {
    const data = timelineData(lang, events, timelinePages[lang], publication);
    assert.ok(timeline(data), ajv.errorsText(timeline.errors));
  }
  const data = sourcesData(sources, listedAt, publication);
  assert.ok(all(data), ajv.errorsText(all.errors));
  const broken = { ...data, sources: [{ ...data.sources[0], date: "25 August 2016" }] };
  assert.ok(!all(broken));
  assert.ok(!all({ ...data, extra: true }));
});
