import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/**
 * Flesch-Kincaid grade level of English text, with the `syllable` and `flesch-kincaid` packages:
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59. Headings and list items count
 * as sentences of their own when they are on lines of their own.
 */
export function fleschKincaidGrade(text: string): number {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) throw new Error("No words to score.");
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** Sentences: split after . ! or ? and at every line break. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(/[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)*/g) ?? [];
}

/**
 * Kandel-Moles reading ease of French text, the French adaptation of Flesch's reading ease:
 * 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words). Higher is easier; 60 to 70 is
 * "standard" (about grade 8 to 9), 70 to 80 "fairly easy" (about grade 7).
 */
export function kandelMoles(text: string): number {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(frenchWordsOf);
  if (words.length === 0) throw new Error("No words to score.");
  const syllables = words.reduce((sum, w) => sum + frenchSyllableCount(w), 0);
  return 207 - 1.015 * (words.length / sentences.length) - 73.6 * (syllables / words.length);
}

/** French words, with elided articles split off: « l’application » gives « l », « application ». */
export function frenchWordsOf(sentence: string): string[] {
  return (sentence.match(/[A-Za-zÀ-ÿœŒæÆ]+/g) ?? []).filter((w) => !/^[ldjmnstc]$|^qu$/i.test(w));
}

/**
 * Counts syllables in a French word by vowel groups (« ou », « eau », « ai » are one), without the
 * mute final « e » or « es » (« page », « pages »: one syllable). The « ent » of verbs like
 * « partagent » is counted, which errs on the side of harder text.
 */
export function frenchSyllableCount(word: string): number {
  const w = word.toLowerCase();
  const groups = w.match(/[aeiouyàâäéèêëîïôöùûüÿœæ]+/g)?.length ?? 0;
  const muteEnding = groups > 1 && /[^aeiouyéè]es?$/.test(w);
  return Math.max(1, groups - (muteEnding ? 1 : 0));
}
