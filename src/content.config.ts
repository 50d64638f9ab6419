import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { languages } from "./lib/i18n.ts";
import { sourceGroups } from "./lib/source-groups.ts";
import { readYamlList } from "./lib/yaml-list.ts";

const pages = defineCollection({
  // Ids keep the file's own path ("en/index", "fr/refuser-le-partage") so addresses follow file names.
  loader: glob({
    base: "./content/pages",
    pattern: "*/*.mdx",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z.object({
    /** The page's title: its `h1`, its `<title>` and the label of its preview card. */
    title: z
      .string({ error: "`title` is required: a short plain title for the page." })
      .min(1, "`title` must not be empty."),
    /** A one-sentence summary for search results and link previews; at most 160 characters. */
    description: z
      .string({ error: "`description` is required: one sentence of at most 160 characters." })
      .min(1, "`description` must not be empty.")
      .max(160, "`description` must be at most 160 characters."),
    /** The page's language: `en` or `fr`; it must match the folder the file is in. */
    lang: z.enum(languages, { error: "`lang` must be `en` or `fr`." }),
    /** The key a page shares with its translation, for example `opt-out` for both language versions. */
    key: z
      .string({ error: "`key` is required: the name a page shares with its translation." })
      .regex(/^[a-z0-9-]+$/, "`key` must be lower-case letters, digits and hyphens."),
    /** The day the page's facts were last checked against the research, as YYYY-MM-DD. */
    reviewed: z.coerce.date({ error: "`reviewed` must be a date written as YYYY-MM-DD." }),
    /** The day the page was first published, as YYYY-MM-DD; the review date when not given. */
    published: z.coerce.date({ error: "`published` must be a date written as YYYY-MM-DD." }).optional(),
    /** The page's place in the navigation, smallest first. */
    order: z.number({ error: "`order` must be a number (its place in the navigation)." }).int(),
    /** On a translation: the revision (12 hex digits) of the English file it was brought up to date with. */
    translationOf: z
      .string()
      .regex(
        /^[0-9a-f]{12}$/,
        "`translationOf` must be the 12-character revision that `npm run translations` prints.",
      )
      .optional(),
    /** A shorter name for the navigation, when the title is long. */
    navLabel: z.string().min(1).optional(),
    /**
     * On a page that continues a long list split so each page fits the first round trip (the
     * timeline's later years, news sources): the key of the page it continues. It stays out of
     * the navigation and is linked from the list's own page navigation.
     */
    continues: z.string().optional(),
    /** On a timeline or sources page: the years of the events or sources it lists, inclusive. */
    years: z
      .object(
        { from: z.number().int(), to: z.number().int() },
        { error: "`years` must be { from: YYYY, to: YYYY }." },
      )
      .optional(),
    /** On a sources page: the groups of content/sources.yaml it lists. */
    sourceGroups: z.array(z.enum(sourceGroups)).optional(),
  }),
});

/** YAML reads 2016-08-25 as a date and 2016 as a number; both are kept as the text that was written. */
const asWritten = (value: unknown) =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : typeof value === "number"
      ? String(value)
      : value;

const https = (field: string) =>
  z.url({ error: `\`${field}\` must be a full https:// address.` }).refine((u) => u.startsWith("https://"), {
    error: `\`${field}\` must start with https://.`,
  });

const sources = defineCollection({
  loader: () => readYamlList("content/sources.yaml"),
  schema: z
    .object({
      /** Which group of the sources page the source belongs to. */
      group: z.enum(sourceGroups, { error: "`group` must be company, regulators, news or advocacy." }),
      /** Who published it: "NBC News", "CNIL", "WhatsApp (blog)". */
      publisher: z.string().min(1, "`publisher` is required."),
      /** The document's title as published, or a faithful description when none was seen. */
      title: z.string().min(1, "`title` is required."),
      /** When it was published, as found: YYYY-MM-DD, YYYY-MM or YYYY. */
      date: z.preprocess(
        asWritten,
        z
          .string({ error: "`date` is required, as YYYY-MM-DD, YYYY-MM or YYYY." })
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "`date` must be YYYY-MM-DD, YYYY-MM or YYYY."),
      ),
      /** The address the site links to: the publisher's own where possible. */
      url: https("url"),
      /** A Wayback Machine copy, so the link survives when the original moves. */
      archive: https("archive").refine((u) => u.startsWith("https://web.archive.org/"), {
        error: "`archive` must be a https://web.archive.org/ address.",
      }),
      /** True when `url` is a copy of the document on another host, not the publisher's own page. */
      copy: z.boolean().default(false),
      /** The language of the source, when it is not English. */
      lang: z.string().length(2).default("en"),
      /** A short note shown with the source: what it is, or why it is cited with care. */
      note: z.string().optional(),
      /** The note written in French, for the French pages; required whenever `note` is given. */
      note_fr: z.string().min(1).optional(),
      /** The publisher's French name, where it has one ("Commissariat à la protection de la vie privée du Canada"). */
      publisher_fr: z.string().min(1).optional(),
      /** For a title the site wrote itself (a description, not a published title): the French description. */
      title_fr: z.string().min(1).optional(),
      /** The same document in French, where the publisher has a French version. */
      url_fr: https("url_fr").optional(),
    })
    .refine((s) => !s.note || s.note_fr, {
      error: "`note_fr` is required when `note` is given: write the note in French for the French pages.",
      path: ["note_fr"],
    }),
});

const timeline = defineCollection({
  loader: () => readYamlList("content/timeline.yaml"),
  schema: z.object({
    /** When it happened: YYYY-MM-DD, or YYYY-MM when the day is not known. */
    date: z.preprocess(
      asWritten,
      z
        .string({ error: "`date` is required, as YYYY-MM-DD or YYYY-MM." })
        .regex(/^\d{4}-\d{2}(-\d{2})?$/, "`date` must be YYYY-MM-DD or YYYY-MM."),
    ),
    /** A short title for the event. */
    title: z.string().min(1, "`title` is required."),
    /** One or two plain sentences saying what happened. */
    text: z.string().min(1, "`text` is required."),
    /** Ids in content/sources.yaml that support the event; at least one. */
    sources: z.array(z.string()).min(1, "`sources` must list at least one source id."),
  }),
});

/** The French text of the timeline's events, matched to content/timeline.yaml by id. */
const timelineFr = defineCollection({
  loader: () => readYamlList("content/timeline.fr.yaml"),
  schema: z.object({
    /** The event's title in French. */
    title: z.string().min(1, "`title` is required."),
    /** The event's text in French: the same facts as the English text. */
    text: z.string().min(1, "`text` is required."),
  }),
});

/** The blocks a "What applies to me?" result is made of, one per answer (content/helper/<lang>/<key>.mdx). */
const helper = defineCollection({
  loader: glob({ base: "./content/helper", pattern: "*/*.mdx" }),
  schema: z.object({
    /** The block's heading on a result. */
    title: z.string({ error: "`title` is required: the block's heading." }).min(1),
    /** The block in one or two plain sentences, listed under "In short" at the top of a result. */
    summary: z
      .string({ error: "`summary` is required: the block in one or two short sentences." })
      .min(20)
      .max(180, "`summary` must be at most 180 characters."),
    /** The language of the block: `en` or `fr`. */
    lang: z.enum(languages, { error: "`lang` must be `en` or `fr`." }),
    /** The answer the block belongs to; the same in both languages. */
    key: z.string({ error: "`key` is required: the answer the block belongs to." }),
    /** The day the block's facts were last checked, as YYYY-MM-DD. */
    reviewed: z.coerce.date({ error: "`reviewed` must be a date written as YYYY-MM-DD." }),
    /** On a translation: the revision (12 hex digits) of the English file it was brought up to date with. */
    translationOf: z
      .string()
      .regex(
        /^[0-9a-f]{12}$/,
        "`translationOf` must be the 12-character revision that `npm run translations` prints.",
      )
      .optional(),
  }),
});

const updates = defineCollection({
  loader: glob({ base: "./content/updates", pattern: "*.md" }),
  schema: z.object({
    /** What changed on the site, in a few words. */
    title: z.string().min(1, "`title` is required."),
    /** The day of the change, as YYYY-MM-DD. */
    date: z.coerce.date({ error: "`date` must be a date written as YYYY-MM-DD." }),
    /** The language of the entry: `en` or `fr`. */
    lang: z.enum(languages, { error: "`lang` must be `en` or `fr`." }),
  }),
});

export const collections = { pages, sources, timeline, timelineFr, helper, updates };
