import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The languages the site is written in; English is the default and is served without a prefix. */
export const languages = ["en", "fr"] as const;

const pages = defineCollection({
  // Ids keep the file's own path ("en/index", "fr/se-desinscrire") so addresses follow file names.
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
    /** The page's place in the navigation, smallest first. */
    order: z.number({ error: "`order` must be a number (its place in the navigation)." }).int(),
    /** A shorter name for the navigation, when the title is long. */
    navLabel: z.string().min(1).optional(),
  }),
});

export const collections = { pages };
