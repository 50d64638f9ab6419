import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { root } from "./site.ts";

export interface SourceEntry {
  id: string;
  group: string;
  date: string;
  url: string;
  url_fr?: string;
  archive: string;
}

/** content/sources.yaml as written. */
export function sources(): SourceEntry[] {
  return parse(readFileSync(join(root, "content", "sources.yaml"), "utf8")) as SourceEntry[];
}

/** content/timeline.yaml as written. */
export function timelineEvents(): { id: string; date: string; sources: string[] }[] {
  return parse(readFileSync(join(root, "content", "timeline.yaml"), "utf8"));
}

/** Official pages the opt-out steps send readers to, which are not sources of facts. */
export function officialLinks(): string[] {
  return parse(readFileSync(join(root, "content", "official-links.yaml"), "utf8")).map(
    (e: { url: string }) => e.url,
  );
}
