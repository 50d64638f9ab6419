import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const root = join(import.meta.dirname, "..", "..");

export interface SourceEntry {
  id: string;
  url: string;
  archive: string;
  group: string;
}

export function sources(): SourceEntry[] {
  return parse(readFileSync(join(root, "content", "sources.yaml"), "utf8")) as SourceEntry[];
}

export function timelineEvents(): { id: string; sources: string[] }[] {
  return parse(readFileSync(join(root, "content", "timeline.yaml"), "utf8"));
}

/** Official pages the opt-out steps send readers to, which are not sources of facts. */
export function officialLinks(): string[] {
  return parse(readFileSync(join(root, "content", "official-links.yaml"), "utf8")).map(
    (entry: { url: string }) => entry.url,
  );
}

/** Every MDX page as [path relative to the repository, text]. */
export function contentPages(): [string, string][] {
  const base = join(root, "content", "pages");
  return readdirSync(base).flatMap((lang) =>
    readdirSync(join(base, lang))
      .filter((f) => f.endsWith(".mdx"))
      .map((f): [string, string] => [
        `content/pages/${lang}/${f}`,
        readFileSync(join(base, lang, f), "utf8"),
      ]),
  );
}
