import { locales, type Lang } from "./i18n";

/** Formats a source date given as YYYY-MM-DD, YYYY-MM or YYYY, as precisely as it is known. */
export function formatSourceDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year) throw new Error(`Not a date: "${date}"; expected YYYY-MM-DD, YYYY-MM or YYYY.`);
  if (!month) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locales[lang], {
    ...(day ? { day: "numeric" } : {}),
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(value);
}
