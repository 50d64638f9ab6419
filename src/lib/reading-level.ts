import { t, type Lang } from "./i18n.ts";
import { fleschKincaidGrade, kandelMoles } from "./readability.ts";

/**
 * The reading level of a page's text, as its footer states it: the Flesch-Kincaid grade in English
 * (the school grade a reader needs; lower is easier), the Kandel-Moles ease in French (out of 100;
 * higher is easier).
 */
export function readingLevel(text: string, lang: Lang): { value: string; number: number } {
  const number = lang === "fr" ? kandelMoles(text) : fleschKincaidGrade(text);
  const shown = lang === "fr" ? String(Math.round(number)) : number.toFixed(1);
  return { number, value: t(lang, "reading.value").replace("{value}", shown) };
}
