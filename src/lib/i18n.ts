import en from "../i18n/en.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };

export type Lang = "en" | "fr";
export type UiKey = keyof typeof en;

const strings: Record<Lang, Record<UiKey, string>> = { en, fr };

/** Returns the UI string for `key` in `lang`; both files hold the same keys (a test checks). */
export function t(lang: Lang, key: UiKey): string {
  return strings[lang][key];
}

/** The BCP 47 locale used for dates and numbers in each language. */
export const locales: Record<Lang, string> = { en: "en-GB", fr: "fr-CA" };

/** Formats a date in full, as the content guide asks: "25 August 2016", « 25 août 2016 ». */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A date as YYYY-MM-DD for `datetime` attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The language of a page from Astro's current locale; English when none is set. */
export function langOf(locale: string | undefined): Lang {
  return locale === "fr" ? "fr" : "en";
}
