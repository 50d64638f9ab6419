import { isoDate, languages, locales, t, type Lang } from "./i18n.ts";
import { inlineWithLang } from "./markup/inline-lang.ts";
import { parseFragment, textOf } from "./markup/tree.ts";
import { inYears } from "./site.ts";
import { sourceGroups, type SourceGroup } from "./source-groups.ts";
import { archiveKind } from "./sources.ts";

// The timeline and the sources as open data: JSON files with their metadata, a CSV of the sources,
// and a JSON Schema for each kind of file. Pure code: routes in src/pages/data/ hand it the records
// that site-data.ts reads, and the unit tests hand it plain objects.

/** The addresses of the open data files. */
export const dataPaths = {
  timeline: { en: "/data/timeline.json", fr: "/data/timeline.fr.json" } satisfies Record<Lang, string>,
  timelineSchema: "/data/timeline.schema.json",
  sources: "/data/sources.json",
  sourcesCsv: "/data/sources.csv",
  sourcesSchema: "/data/sources.schema.json",
} as const;

/** The licence of the site's text, which the data files share. */
export const licence = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

const jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema";

/** Where and when the files are published. */
export interface Publication {
  /** The site's address, as Astro's `site` gives it. */
  origin: URL | string;
  /** The day of the build. */
  generated: Date;
  /** The home page's address of each language: "/", "/fr/". */
  home: Record<Lang, string>;
}

/** A timeline event as content/timeline.yaml and content/timeline.fr.yaml give it, in one language. */
export interface EventInput {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when the day is not known. */
  date: string;
  sources: readonly string[];
  /** Plain text, with words in another language marked `<span lang="en">…</span>`. */
  title: string;
  text: string;
}

/** A page of the timeline: its address and the years of the events it shows. */
export interface TimelinePage {
  path: string;
  years: { from: number; to: number } | undefined;
}

/** A source as content/sources.yaml gives it, with the number the sources pages show. */
export interface SourceInput {
  id: string;
  number: number;
  data: {
    group: SourceGroup;
    publisher: string;
    publisher_fr?: string | undefined;
    title: string;
    title_fr?: string | undefined;
    date: string;
    url: string;
    url_fr?: string | undefined;
    archive: string;
    copy: boolean;
    lang: string;
    note?: string | undefined;
    note_fr?: string | undefined;
  };
}

export interface DataEvent {
  id: string;
  date: string;
  title: string;
  text: string;
  sources: string[];
  url: string;
}

export interface DataSource {
  id: string;
  number: number;
  group: SourceGroup;
  publisher: string;
  publisher_fr: string | null;
  title: string;
  title_fr: string | null;
  date: string;
  url: string;
  url_fr: string | null;
  archive: string;
  archive_kind: "snapshot" | "lookup";
  copy: boolean;
  lang: string;
  note: string | null;
  note_fr: string | null;
  page_en: string;
  page_fr: string;
}

interface Metadata {
  title: string;
  description: string;
  licence: string;
  licence_url: string;
  publisher: string;
  homepage: string;
  generated: string;
  schema: string;
}

export interface TimelineData extends Metadata {
  language: string;
  events: DataEvent[];
}

export interface SourcesData extends Metadata {
  title_fr: string;
  description_fr: string;
  homepage_fr: string;
  language: string[];
  sources: DataSource[];
}

/** The columns of sources.csv, in order: the fields of a source in sources.json. */
export const sourceColumns = [
  "id",
  "number",
  "group",
  "publisher",
  "publisher_fr",
  "title",
  "title_fr",
  "date",
  "url",
  "url_fr",
  "archive",
  "archive_kind",
  "copy",
  "lang",
  "note",
  "note_fr",
  "page_en",
  "page_fr",
] as const satisfies readonly (keyof DataSource)[];

const absolute = (path: string, origin: URL | string) => new URL(path, origin).href;

/** Event text as a reader reads it: the `<span lang>` markers dropped, their words kept. */
export function plainText(text: string, where: string): string {
  return textOf(parseFragment(inlineWithLang(text, where)));
}

function metadata(
  lang: Lang,
  kind: "timeline" | "sources",
  schemaPath: string,
  publication: Publication,
): Metadata {
  return {
    title: t(lang, `data.${kind}.title`),
    description: t(lang, `data.${kind}.description`),
    licence: licence.name,
    licence_url: licence.url,
    publisher: t(lang, "site.name"),
    homepage: absolute(publication.home[lang], publication.origin),
    generated: isoDate(publication.generated),
    schema: absolute(schemaPath, publication.origin),
  };
}

/**
 * The timeline of one language as open data. Each event links to the timeline page whose years
 * cover it; an event that no page (or more than one) shows fails, naming it.
 */
export function timelineData(
  lang: Lang,
  events: readonly EventInput[],
  pages: readonly TimelinePage[],
  publication: Publication,
): TimelineData {
  const file = lang === "fr" ? "content/timeline.fr.yaml" : "content/timeline.yaml";
  return {
    ...metadata(lang, "timeline", dataPaths.timelineSchema, publication),
    language: locales[lang].tag,
    events: events.map((event) => {
      const shownOn = pages.filter((p) => inYears(event.date, p.years));
      if (shownOn.length !== 1) {
        throw new Error(
          `content/timeline.yaml: the event "${event.id}" (${event.date}) is shown on ${shownOn.length} ${lang} timeline pages; expected exactly one page whose years cover it.`,
        );
      }
      const page = shownOn[0] as TimelinePage;
      return {
        id: event.id,
        date: event.date,
        title: plainText(event.title, `${file} (${event.id}, title)`),
        text: plainText(event.text, `${file} (${event.id}, text)`),
        sources: [...event.sources],
        url: absolute(`${page.path}#${event.id}`, publication.origin),
      };
    }),
  };
}

/**
 * Every source as open data, in the order of its number. `listedAt` gives the address of the entry
 * that lists a source on the sources pages of a language ("/sources/#source-cnil-2017-12-18").
 */
export function sourcesData(
  sources: readonly SourceInput[],
  listedAt: (source: SourceInput, lang: Lang) => string,
  publication: Publication,
): SourcesData {
  const english = metadata("en", "sources", dataPaths.sourcesSchema, publication);
  return {
    ...english,
    title_fr: t("fr", "data.sources.title"),
    description_fr: t("fr", "data.sources.description"),
    homepage_fr: absolute(publication.home.fr, publication.origin),
    language: languages.map((lang) => locales[lang].tag),
    sources: [...sources]
      .sort((a, b) => a.number - b.number)
      .map((source) => {
        const d = source.data;
        return {
          id: source.id,
          number: source.number,
          group: d.group,
          publisher: d.publisher,
          publisher_fr: d.publisher_fr ?? null,
          title: d.title,
          title_fr: d.title_fr ?? null,
          date: d.date,
          url: d.url,
          url_fr: d.url_fr ?? null,
          archive: d.archive,
          archive_kind: archiveKind(d.archive),
          copy: d.copy,
          lang: d.lang,
          note: d.note ?? null,
          note_fr: d.note_fr ?? null,
          page_en: absolute(listedAt(source, "en"), publication.origin),
          page_fr: absolute(listedAt(source, "fr"), publication.origin),
        };
      }),
  };
}

type Cell = string | number | boolean | null;

/** One CSV field: quoted when it holds a comma, a quote or a line break, with inner quotes doubled. */
export function csvField(value: Cell): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as RFC 4180 writes it: a header row, then one row per record, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** The sources as CSV: one row per source, with the columns of sources.json. */
export function sourcesCsv(data: SourcesData): string {
  return toCsv(
    sourceColumns,
    data.sources.map((source) => sourceColumns.map((column) => source[column])),
  );
}

/** A file's data as JSON, indented, ending with a line break. */
export const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const text = { type: "string", minLength: 1 } as const;
const nullableText = { anyOf: [{ type: "string", minLength: 1 }, { type: "null" }] } as const;
const webAddress = { type: "string", pattern: "^https?://[^\\s]+$" } as const;
const httpsAddress = { type: "string", pattern: "^https://[^\\s]+$" } as const;
const day = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;
const sourceId = { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } as const;

const metadataProperties = (schemaPath: string, origin: URL | string) => ({
  title: { ...text, description: "The data set's name." },
  description: { ...text, description: "What the data set holds." },
  licence: { const: licence.name, description: "The licence of the data: credit the site." },
  licence_url: { const: licence.url },
  publisher: { ...text, description: "The site that publishes the data." },
  homepage: { ...webAddress, description: "The site's home page." },
  generated: { ...day, description: "The day the site was built, as YYYY-MM-DD." },
  schema: { const: absolute(schemaPath, origin), description: "This schema's address." },
});
const metadataFields = [
  "title",
  "description",
  "licence",
  "licence_url",
  "publisher",
  "homepage",
  "generated",
  "schema",
];

/** The JSON Schema of timeline.json and timeline.fr.json. */
export function timelineSchema(origin: URL | string) {
  return {
    $schema: jsonSchemaDialect,
    $id: absolute(dataPaths.timelineSchema, origin),
    title: "Timeline",
    description:
      "The dated events of the timeline of WhatsApp's 2016 decision to share phone numbers with Facebook, in one language (timeline.json in English, timeline.fr.json in French).",
    type: "object",
    additionalProperties: false,
    required: [...metadataFields, "language", "events"],
    properties: {
      ...metadataProperties(dataPaths.timelineSchema, origin),
      language: {
        enum: languages.map((lang) => locales[lang].tag),
        description: "The language of the text.",
      },
      events: { type: "array", minItems: 1, items: { $ref: "#/$defs/event" }, description: "In date order." },
    },
    $defs: {
      event: {
        type: "object",
        additionalProperties: false,
        required: ["id", "date", "title", "text", "sources", "url"],
        properties: {
          id: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}(-\\d{2})?-[a-z0-9]+(-[a-z0-9]+)*$",
            description: "The event's date and a short name; its anchor on the timeline page.",
          },
          date: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}(-\\d{2})?$",
            description: "When it happened: YYYY-MM-DD, or YYYY-MM when the day is not known.",
          },
          title: { ...text, description: "A short title, as plain text." },
          text: { ...text, description: "What happened, as plain text." },
          sources: {
            type: "array",
            minItems: 1,
            uniqueItems: true,
            items: sourceId,
            description: "The ids of the sources that support the event, as in sources.json.",
          },
          url: {
            type: "string",
            pattern: "^https?://[^\\s#]+#\\d{4}-\\d{2}[^\\s]*$",
            description: "The event on the site's timeline page of the file's language.",
          },
        },
      },
    },
  };
}

/** The JSON Schema of sources.json; sources.csv has the same fields as columns. */
export function sourcesSchema(origin: URL | string) {
  return {
    $schema: jsonSchemaDialect,
    $id: absolute(dataPaths.sourcesSchema, origin),
    title: "Sources",
    description:
      "Every source the site cites, in English and French, numbered as on its sources pages. sources.csv has the same fields as columns, empty where this file has null.",
    type: "object",
    additionalProperties: false,
    required: [...metadataFields, "title_fr", "description_fr", "homepage_fr", "language", "sources"],
    properties: {
      ...metadataProperties(dataPaths.sourcesSchema, origin),
      title_fr: { ...text, description: "The data set's name in French." },
      description_fr: { ...text, description: "What the data set holds, in French." },
      homepage_fr: { ...webAddress, description: "The site's French home page." },
      language: {
        const: languages.map((lang) => locales[lang].tag),
        description: "The languages of the text: English fields, and French fields ending in _fr.",
      },
      sources: { type: "array", minItems: 1, items: { $ref: "#/$defs/source" }, description: "By number." },
    },
    $defs: {
      source: {
        type: "object",
        additionalProperties: false,
        required: [...sourceColumns],
        properties: {
          id: { ...sourceId, description: "The id that timeline events cite." },
          number: {
            type: "integer",
            minimum: 1,
            description: "The number the site's pages show, [1] and up.",
          },
          group: { enum: [...sourceGroups], description: "The group of the sources pages it is listed in." },
          publisher: { ...text, description: "Who published it." },
          publisher_fr: { ...nullableText, description: "The publisher's French name, where it has one." },
          title: { ...text, description: "The title as published, or a description when none was seen." },
          title_fr: { ...nullableText, description: "For a description the site wrote: the same in French." },
          date: {
            type: "string",
            pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
            description: "When it was published, as found: YYYY-MM-DD, YYYY-MM or YYYY.",
          },
          url: { ...httpsAddress, description: "The document, on its publisher's site where possible." },
          url_fr: {
            anyOf: [httpsAddress, { type: "null" }],
            description: "The same document in French, where the publisher has one.",
          },
          archive: {
            type: "string",
            pattern: "^https://web\\.archive\\.org/[^\\s]+$",
            description: "A Wayback Machine address for the document.",
          },
          archive_kind: {
            enum: ["snapshot", "lookup"],
            description:
              "snapshot: a dated copy that was opened and checked; lookup: asks the archive for its copies of the address.",
          },
          copy: { type: "boolean", description: "True when url is a copy of the document on another host." },
          lang: {
            type: "string",
            pattern: "^[a-z]{2}$",
            description: "The document's language (ISO 639-1).",
          },
          note: { ...nullableText, description: "A short note: what it is, or why it is cited with care." },
          note_fr: { ...nullableText, description: "The note in French." },
          page_en: {
            type: "string",
            pattern: "^https?://[^\\s#]+#source-[a-z0-9-]+$",
            description: "Its entry on the site's English sources pages.",
          },
          page_fr: {
            type: "string",
            pattern: "^https?://[^\\s#]+#source-[a-z0-9-]+$",
            description: "Its entry on the site's French sources pages.",
          },
        },
      },
    },
  };
}
