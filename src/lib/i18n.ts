import en from "../i18n/en.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };

export type Lang = "en" | "fr";
export type UiKey = keyof typeof en;

/** The site's languages, in the order they are listed. */
export const languages = ["en", "fr"] as const satisfies readonly Lang[];

/**
 * The one locale table. `tag` is the page's language (html lang, hreflang, schema.org inLanguage),
 * `ogLocale` the Open Graph spelling of it, `prefix` where the language's addresses start.
 * `dateLocale` writes dates in full with the day first, as the content guide asks: "25 August 2016",
 * « 25 août 2016 » (Canadian English would put the month first).
 */
export const locales = {
  en: { tag: "en-CA", ogLocale: "en_CA", prefix: "/", dateLocale: "en-GB", name: "English" },
  fr: { tag: "fr-CA", ogLocale: "fr_CA", prefix: "/fr/", dateLocale: "fr-CA", name: "Français" },
} as const satisfies Record<
  Lang,
  { tag: string; ogLocale: string; prefix: string; dateLocale: string; name: string }
>;

const strings: Record<Lang, Record<UiKey, string>> = { en, fr };

/** Returns the UI string for `key` in `lang`; both files hold the same keys (a test checks). */
export function t(lang: Lang, key: UiKey): string {
  return strings[lang][key];
}

/** A label and its value joined by the language's colon: "Last reviewed: …", « Dernière révision : … ». */
export function labelled(lang: Lang, key: UiKey, value: string): string {
  return `${t(lang, key)}${t(lang, "punct.colon")}${value}`;
}

/** The other language of the site. */
export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "fr" : "en";
}

/**
 * A date written as precisely as it is known: "25 August 2016", "August 2016" or "2016"
 * (« 1er février 2016 » in French, which writes the first day of a month as an ordinal).
 * `standalone` is for a date that stands alone at the start of a block, such as a timeline
 * event's label: it begins with a capital, as French writes a month there (« Mars 2014 »).
 */
export function formatDate(date: Date | string, lang: Lang, { standalone = false } = {}): string {
  const text = writtenDate(date, lang);
  return standalone ? text.charAt(0).toLocaleUpperCase(locales[lang].dateLocale) + text.slice(1) : text;
}

function writtenDate(date: Date | string, lang: Lang): string {
  const [year, month, day] =
    typeof date === "string"
      ? date.split("-").map(Number)
      : [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (!year || Number.isNaN(year)) {
    throw new Error(`Not a date: "${String(date)}"; expected YYYY-MM-DD, YYYY-MM or YYYY.`);
  }
  if (!month) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const parts = new Intl.DateTimeFormat(locales[lang].dateLocale, {
    ...(day ? { day: "numeric" } : {}),
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).formatToParts(value);
  return parts
    .map((part) =>
      part.type === "day" && lang === "fr" && day === 1 ? `1${t(lang, "date.firstDaySuffix")}` : part.value,
    )
    .join("");
}

/** A date as YYYY-MM-DD for `datetime` attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
