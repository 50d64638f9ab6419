import { languages, locales, t, type Lang } from "./i18n.ts";
import { allStates, pathOfState, type HelperState } from "./helper.ts";

// The site model: every address the site has (pages, parts of long lists, helper views, feeds,
// preview cards, not-found pages), which pages are translations of each other, and lookup by key.
// It is built once from the content's frontmatter (src/lib/site-data.ts does that in a build) and
// handed down to routes, layouts and components; nothing below it scans a collection. Pure code:
// the unit tests build it from plain objects.

/** What the model needs of a page's content entry. */
export interface PageInput {
  /** The entry's id, its path under content/pages without `.mdx`: "en/opt-out". */
  id: string;
  data: {
    title: string;
    description: string;
    lang: Lang;
    key: string;
    reviewed: Date;
    published?: Date | undefined;
    order: number;
    navLabel?: string | undefined;
    continues?: string | undefined;
    years?: { from: number; to: number } | undefined;
    sourceGroups?: readonly string[] | undefined;
    translationOf?: string | undefined;
  };
  /** Whether the page is a translation older than its English page (see translation-status.ts). */
  behind?: boolean;
  /** The revision of the page's file (translation-status.ts), which readers' reports quote. */
  revision?: string;
}

/** A page of the site, with its address. */
export interface PageRecord {
  id: string;
  /** The content file, for error messages: "content/pages/en/opt-out.mdx". */
  file: string;
  lang: Lang;
  key: string;
  /** The file name without its folder and extension: "opt-out", "index". */
  slug: string;
  /** The address: "/opt-out/", "/fr/refuser-le-partage/", "/". */
  path: string;
  title: string;
  /** The name in the navigation and in breadcrumbs. */
  navLabel: string;
  description: string;
  reviewed: Date;
  published: Date;
  order: number;
  continues: string | undefined;
  years: { from: number; to: number } | undefined;
  sourceGroups: readonly string[];
  behind: boolean;
  /** A page of running text (not a list, the helper or the change log), which states its reading level. */
  article: boolean;
  /** The revision of the page's content file. */
  revision: string;
}

/** A language version of an address, for hreflang links and the language link. */
export interface Alternate {
  lang: Lang;
  /** The BCP 47 tag, as hreflang wants it. */
  hreflang: string;
  href: string;
}

/** One step of "What applies to me?" at an address of its own. */
export interface HelperView {
  lang: Lang;
  path: string;
  state: HelperState;
  /** A question's text key, or undefined for a result. */
  alternates: Alternate[];
}

/** An address that moved: readers and hosts are sent from `from` to the page with `key`. */
export interface Moved {
  from: string;
  lang: Lang;
  key: string;
}

/** Addresses the site once had, kept working. */
export const movedPages: Moved[] = [{ from: "/fr/se-desinscrire/", lang: "fr", key: "opt-out" }];

/** An address listed in the sitemap, with its language versions. */
export interface Address {
  path: string;
  alternates: Alternate[];
}

export interface Site {
  pages: PageRecord[];
  /** The page of a language with this key; throws naming what is missing. */
  page(key: string, lang: Lang): PageRecord;
  /** The page of a language with this key, if there is one. */
  find(key: string, lang: Lang): PageRecord | undefined;
  /** The page at an address, if there is one. */
  at(path: string): PageRecord | undefined;
  /** The pages of the menu of a language, in order (parts of long lists are reached from their list). */
  nav(lang: Lang): PageRecord[];
  /** The same page in the other language. */
  counterpart(page: PageRecord): PageRecord | undefined;
  /** Every language version of a page (itself included), English first; empty when it has none. */
  alternates(page: PageRecord): Alternate[];
  /** The pages of the list a page belongs to: the first page, then those that continue it, by year. */
  parts(page: PageRecord): PageRecord[];
  /** The page of a language that lists a source, by the source's group and year. */
  sourcePage(source: { id: string; group: string; date: string }, lang: Lang): PageRecord;
  /** Every question after the first and every result of the helper, in one language. */
  helperViews(lang: Lang): HelperView[];
  /** The Atom feed of a language. */
  feed(lang: Lang): string;
  /** The preview image of a page. */
  card(page: PageRecord): string;
  /** The not-found page of a language. */
  notFound(lang: Lang): string;
  /** The home page's address of a language. */
  home(lang: Lang): string;
  /** The whole guide on one page, to save or print. */
  guide(lang: Lang): string;
  /** The pages the guide gathers, in menu order: the articles and every part of the timeline. */
  guideParts(lang: Lang): PageRecord[];
  /** The page shown offline for an address this browser has not kept. */
  offline(lang: Lang): string;
  /** The pages kept for reading offline as soon as a reader of the language visits: home, opt-out, checklist, helper. */
  keptOffline(lang: Lang): string[];
  /** Every address for the sitemap: content pages and helper views, with their alternates. */
  addresses(): Address[];
  /** Addresses that moved, each with where it goes now. */
  moved(): { from: string; to: string; lang: Lang }[];
  /** The rules for hosts that read `_redirects` (Netlify, Cloudflare Pages), one per line. */
  redirects(): string[];
}

/** Whether a date written YYYY, YYYY-MM or YYYY-MM-DD falls within a page's `years`. */
export function inYears(date: string, years: { from: number; to: number } | undefined): boolean {
  const year = Number(date.slice(0, 4));
  return !years || (year >= years.from && year <= years.to);
}

function toRecord(input: PageInput): PageRecord {
  const [folder, ...rest] = input.id.split("/");
  const slug = rest.join("/");
  const { data } = input;
  const file = `content/pages/${input.id}.mdx`;
  if (folder !== data.lang) {
    throw new Error(
      `${file}: \`lang\` is "${data.lang}" but the file is in content/pages/${folder}/; expected lang "${folder}".`,
    );
  }
  const prefix = locales[data.lang].prefix;
  return {
    id: input.id,
    file,
    lang: data.lang,
    key: data.key,
    slug,
    path: slug === "index" ? prefix : `${prefix}${slug}/`,
    title: data.title,
    navLabel: data.navLabel ?? data.title,
    description: data.description,
    reviewed: data.reviewed,
    published: data.published ?? data.reviewed,
    order: data.order,
    continues: data.continues,
    years: data.years,
    sourceGroups: data.sourceGroups ?? [],
    behind: input.behind ?? false,
    revision: input.revision ?? "",
    article: !data.years && !data.sourceGroups?.length && !["helper", "updates"].includes(data.key),
  };
}

const byLanguage = (a: { lang: Lang }, b: { lang: Lang }) =>
  languages.indexOf(a.lang) - languages.indexOf(b.lang);

/** Builds the model; fails, naming the files, when two pages of a language share a key or an address. */
export function buildSite(inputs: PageInput[]): Site {
  const pages = inputs.map(toRecord).sort((a, b) => byLanguage(a, b) || a.order - b.order);
  for (const page of pages) {
    const twin = pages.find((p) => p !== page && p.lang === page.lang && p.key === page.key);
    if (twin) {
      throw new Error(
        `${page.file}: the key "${page.key}" is also used by ${twin.file}; expected one page per key and language.`,
      );
    }
  }
  const find = (key: string, lang: Lang) => pages.find((p) => p.key === key && p.lang === lang);
  const counterpart = (page: PageRecord) => pages.find((p) => p.key === page.key && p.lang !== page.lang);
  const alternatesOf = (versions: { lang: Lang; path: string }[]): Alternate[] =>
    versions.length < 2
      ? []
      : [...versions]
          .sort(byLanguage)
          .map((v) => ({ lang: v.lang, hreflang: locales[v.lang].tag, href: v.path }));
  const alternates = (page: PageRecord) =>
    alternatesOf([page, counterpart(page)].filter((p): p is PageRecord => Boolean(p)));

  const helperViews = (lang: Lang): HelperView[] =>
    allStates()
      .filter((state) => state.given.length > 0)
      .map((state) => ({
        lang,
        path: pathOfState(state, lang),
        state,
        alternates: alternatesOf(languages.map((l) => ({ lang: l, path: pathOfState(state, l) }))),
      }));

  return {
    pages,
    find,
    page(key, lang) {
      const found = find(key, lang);
      if (!found) throw new Error(`content/pages/${lang}/: expected a page with \`key: ${key}\`.`);
      return found;
    },
    at: (path) => pages.find((p) => p.path === path),
    nav: (lang) => pages.filter((p) => p.lang === lang && !p.continues),
    counterpart,
    alternates,
    parts(page) {
      const root = page.continues ?? page.key;
      return pages
        .filter((p) => p.lang === page.lang && (p.key === root || p.continues === root))
        .sort((a, b) => (a.years?.from ?? 0) - (b.years?.from ?? 0) || a.order - b.order);
    },
    sourcePage(source, lang) {
      const lists = pages.filter(
        (p) => p.lang === lang && p.sourceGroups.includes(source.group) && inYears(source.date, p.years),
      );
      if (lists.length !== 1) {
        throw new Error(
          `content/sources.yaml: the source "${source.id}" (${source.group}, ${source.date}) is listed on ${lists.length} ${lang} sources pages; expected exactly one page whose sourceGroups and years cover it.`,
        );
      }
      return lists[0] as PageRecord;
    },
    helperViews,
    feed: (lang) => `${locales[lang].prefix}${t(lang, "address.feed")}`,
    card: (page) => `/og/${page.id}.png`,
    notFound: (lang) => `${locales[lang].prefix}404.html`,
    home: (lang) => locales[lang].prefix,
    offline: (lang) => `${locales[lang].prefix}${t(lang, "address.offline")}/`,
    guide: (lang) => `${locales[lang].prefix}${t(lang, "address.guide")}/`,
    guideParts: (lang) =>
      pages.filter(
        (p) => p.lang === lang && (p.article || p.key === "timeline" || p.continues === "timeline"),
      ),
    keptOffline: (lang) =>
      ["home", "opt-out", "checklist", "helper"].flatMap((key) => {
        const found = find(key, lang);
        return found ? [found.path] : [];
      }),
    moved: () =>
      movedPages.map((m) => ({
        from: m.from,
        lang: m.lang,
        to: (find(m.key, m.lang) ?? { path: locales[m.lang].prefix }).path,
      })),
    redirects() {
      return [
        ...this.moved().map((m) => `${m.from}*  ${m.to}:splat  301!`),
        // The French feed was first at /fr/updates.xml; a missing French address gets the French not-found page.
        ...languages
          .filter((lang) => lang !== "en")
          .flatMap((lang) => [
            `${locales[lang].prefix}updates.xml  ${this.feed(lang)}  301!`,
            `${locales[lang].prefix}*  ${this.notFound(lang)}  404`,
          ]),
      ];
    },
    addresses: () => [
      ...pages.map((page) => ({ path: page.path, alternates: alternates(page) })),
      ...languages.map((lang) => ({
        path: `${locales[lang].prefix}${t(lang, "address.guide")}/`,
        alternates: alternatesOf(
          languages.map((l) => ({ lang: l, path: `${locales[l].prefix}${t(l, "address.guide")}/` })),
        ),
      })),
      ...languages.flatMap((lang) =>
        helperViews(lang).map(({ path, alternates: a }) => ({ path, alternates: a })),
      ),
    ],
  };
}
