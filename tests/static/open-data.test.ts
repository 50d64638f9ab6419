import assert from "node:assert/strict";
import type { DataEvent } from "../../src/lib/open-data.ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { HTMLElement } from "node-html-parser";
import { builtPage, distDir, problems, sitemapPaths } from "./site.ts";

// The open data files in dist/data/: valid against their schemas, and holding exactly what the
// built timeline and sources pages show.

type Cell = string | number | boolean | null;
interface DataSource {
  id: string;
  number: number;
  page_en: string;
  page_fr: string;
  [field: string]: Cell;
}
interface DataFile {
  schema: string;
  language: string | string[];
}

function read(file: string): string {
  const path = join(distDir, "data", file);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` before the static checks.`);
  // A file that is not valid UTF-8 throws here.
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
}
const readJson = <T>(file: string) => JSON.parse(read(file)) as T;

const timelines = {
  en: readJson<DataFile & { events: DataEvent[] }>("timeline.json"),
  fr: readJson<DataFile & { events: DataEvent[] }>("timeline.fr.json"),
};
const sourcesJson = readJson<DataFile & { sources: DataSource[] }>("sources.json");

/** Reads CSV as RFC 4180 defines it; throws on a bare line break, a stray quote or a last line without CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') {
        field += c;
        i += 1;
      } else if (text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else {
        quoted = false;
        i += 1;
        if (![",", "\r", undefined].includes(text[i])) throw new Error(`text after a closing quote at ${i}`);
      }
    } else if (c === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\r" || c === "\n") {
      throw new Error(`a line break that is not CRLF, outside quotes, at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error("a quoted field is not closed");
  if (field !== "" || row.length > 0) throw new Error("the last line does not end with CRLF");
  return rows;
}

test("the CSV reader follows RFC 4180 and refuses what it forbids", () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, ""y""","1\r\n2"\r\n,\r\n'), [
    ["a", "b"],
    ['x, "y"', "1\r\n2"],
    ["", ""],
  ]);
  assert.throws(() => parseCsv("a,b\nc,d\n"), /not CRLF/);
  assert.throws(() => parseCsv('a,b"c\r\n'), /quote inside/);
  assert.throws(() => parseCsv("a,b"), /CRLF/);
});

test("each data file is valid against the JSON Schema its `schema` field names", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const file of ["timeline.schema.json", "sources.schema.json"]) {
    const schema = readJson<{ $id: string; $schema: string }>(file);
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema", file);
    assert.match(schema.$id, new RegExp(`^https?://[^/]+/data/${file.replaceAll(".", "\\.")}$`), file);
    ajv.addSchema(schema);
  }
  const files: [string, DataFile][] = [
    ["timeline.json", timelines.en],
    ["timeline.fr.json", timelines.fr],
    ["sources.json", sourcesJson],
  ];
  for (const [file, data] of files) {
    const validate = ajv.getSchema(data.schema);
    assert.ok(validate, `${file}: no schema at ${data.schema}`);
    assert.ok(validate(data), `${file}: ${ajv.errorsText(validate.errors, { separator: "\n" })}`);
  }
  assert.equal(timelines.en.language, "en-CA");
  assert.equal(timelines.fr.language, "fr-CA");
});

/** The pages of the sitemap that show `selector`, leaving out the guide, which gathers the others. */
const pagesShowing = (selector: string) =>
  sitemapPaths().filter(
    (path) => !/^(\/fr)?\/guide\/$/.test(path) && builtPage(path).doc.querySelector(selector),
  );

/** The words of an event as the page shows them: its heading without the date, its text without citations and controls. */
function shownWords(event: HTMLElement): { title: string; text: string } {
  const copy = event.clone() as HTMLElement;
  for (const el of copy.querySelectorAll("h3 time, p sup.cite, p .copy-link")) el.remove();
  const words = (selector: string) =>
    (copy.querySelector(selector)?.text ?? "").replace(/[ \t\n\r]+/g, " ").trim();
  return { title: words("h3"), text: words("p") };
}

for (const lang of ["en", "fr"] as const) {
  test(`every event on the ${lang} timeline pages is in its language's file, with its words and address, and no other`, () => {
    const expectedPages =
      lang === "en"
        ? ["/timeline/", "/timeline-2018-2026/"]
        : ["/fr/chronologie/", "/fr/chronologie-2018-2026/"];
    const pages = pagesShowing("li.timeline-event").filter((p) => (lang === "fr") === p.startsWith("/fr/"));
    for (const path of expectedPages) assert.ok(pages.includes(path), `${path} shows no timeline events`);
    const inFile = new Map(timelines[lang].events.map((e) => [e.id, e]));
    const onPages = new Set<string>();
    const found: string[] = [];
    for (const path of pages) {
      for (const li of builtPage(path).doc.querySelectorAll("li.timeline-event")) {
        onPages.add(li.id);
        const event = inFile.get(li.id);
        if (!event) {
          found.push(`${path}#${li.id} is not in the file`);
          continue;
        }
        const url = new URL(event.url);
        if (url.pathname !== path || url.hash !== `#${li.id}`)
          found.push(`${li.id}: url ${event.url}, shown on ${path}`);
        const shown = shownWords(li);
        for (const field of ["title", "text"] as const)
          if (event[field] !== shown[field])
            found.push(`${li.id}: ${field} « ${event[field]} », shown « ${shown[field]} »`);
      }
    }
    for (const id of inFile.keys())
      if (!onPages.has(id)) found.push(`${id} is in the file but on no timeline page`);
    assert.deepEqual(found, [], problems(found, `timeline ${lang} against its file`));
  });
}

test("every source on the sources pages is in sources.json, with the page and number shown", () => {
  const pages = pagesShowing("ol.source-list");
  for (const path of ["/sources/", "/fr/sources/"])
    assert.ok(pages.includes(path), `${path} lists no sources`);
  const inFile = new Map(sourcesJson.sources.map((s) => [s.id, s]));
  const listed = { en: new Set<string>(), fr: new Set<string>() };
  const found: string[] = [];
  for (const path of pages) {
    const lang = path.startsWith("/fr/") ? "fr" : "en";
    for (const li of builtPage(path).doc.querySelectorAll("ol.source-list > li[id^='source-']")) {
      const id = li.id.slice("source-".length);
      listed[lang].add(id);
      const source = inFile.get(id);
      if (!source) {
        found.push(`${path}#${li.id} is not in sources.json`);
        continue;
      }
      const page = new URL(lang === "fr" ? source.page_fr : source.page_en);
      if (page.pathname !== path || page.hash !== `#${li.id}`)
        found.push(`${id}: page_${lang} ${page.href}, listed on ${path}`);
      const number = li.querySelector("b")?.text.trim();
      if (number !== `[${source.number}]`)
        found.push(`${id}: number ${source.number}, shown ${number ?? "none"}`);
    }
  }
  for (const id of inFile.keys())
    for (const lang of ["en", "fr"] as const)
      if (!listed[lang].has(id)) found.push(`${id} is in sources.json but on no ${lang} sources page`);
  assert.deepEqual(found, [], problems(found, "sources pages against sources.json"));
});

test("sources.csv reads back, as RFC 4180, to the ids, columns and values of sources.json", () => {
  const text = read("sources.csv");
  assert.ok(!text.startsWith("\uFEFF"), "sources.csv starts with a byte order mark");
  const [header, ...rows] = parseCsv(text);
  const columns = Object.keys(sourcesJson.sources[0] ?? {});
  assert.deepEqual(header, columns);
  assert.deepEqual(
    rows.map((r) => r[0]),
    sourcesJson.sources.map((s) => s.id),
  );
  const cell = (value: Cell) => (value === null ? "" : String(value));
  const found: string[] = [];
  rows.forEach((row, i) => {
    const source = sourcesJson.sources[i] as DataSource;
    if (row.length !== columns.length)
      found.push(`row ${i + 2}: ${row.length} fields, expected ${columns.length}`);
    columns.forEach((column, j) => {
      if (row[j] !== cell(source[column] ?? null))
        found.push(
          `${source.id}.${column}: CSV ${JSON.stringify(row[j])}, JSON ${JSON.stringify(source[column])}`,
        );
    });
  });
  assert.deepEqual(found, [], problems(found, "sources.csv against sources.json"));
});
