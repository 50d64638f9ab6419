import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

// Plain Node code (no Astro imports), shared by the site, scripts/translations.mjs and the tests.

/**
 * The revision of a page's source file: the first 12 hex digits of the SHA-256 of the file. A
 * translation records the revision of the English page it translates (`translationOf`); when the
 * English file changes, the two differ and the translation is behind.
 */
export function revisionOf(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);
}

/** The frontmatter of an MDX file, or an error naming the file when it is not valid YAML. */
export function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, "utf8");
  try {
    return (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown> | null) ?? {};
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export interface TranslationStatus {
  /** The translation key shared by the two pages. */
  key: string;
  english: string;
  /** The French file, when there is one. */
  french: string | undefined;
  /** The English file's current revision. */
  revision: string;
  status: "up to date" | "behind" | "missing";
}

/** Every English page under `base` (content/pages) with the state of its French translation. */
export function translationStatus(base = "content/pages"): TranslationStatus[] {
  const files = (lang: string) =>
    existsSync(join(base, lang))
      ? readdirSync(join(base, lang))
          .filter((f) => f.endsWith(".mdx"))
          .sort()
          .map((f) => join(base, lang, f))
      : [];
  const french = new Map(files("fr").map((file) => [String(frontmatterOf(file).key), file]));
  return files("en").map((english) => {
    const key = String(frontmatterOf(english).key);
    const revision = revisionOf(english);
    const fr = french.get(key);
    const status = !fr ? "missing" : frontmatterOf(fr).translationOf === revision ? "up to date" : "behind";
    return { key, english, french: fr, revision, status };
  });
}
