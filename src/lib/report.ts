import { h } from "hastscript";
import type { Element } from "hast";
import { t, type Lang } from "./i18n.ts";
import { shapeBody } from "./markup/heading-links.ts";
import type { PageRecord } from "./site.ts";

/**
 * Where readers' reports go: the one setting. A mailto: address (or REPORT_TO at build time). The
 * site sends nothing itself: the link opens the reader's own mail program with the report filled in.
 */
export const reportTo = process.env["REPORT_TO"] || "corrections@whatsapp-2016.example.org";

export interface ReportItem {
  lang: Lang;
  /** The page's absolute address. */
  pageUrl: string;
  /** The id of the step, box or answer the report is about. */
  item: string;
  /** The revision of the page's content file, so a report can be matched to what the reader saw. */
  revision: string;
}

/**
 * A mailto: address whose subject names the page, the item and the page's revision, so a report can
 * be matched to what the reader saw: "Is this still right: /opt-out/#iphone-step-2 (revision 1a2b…)".
 */
export function reportHref({ lang, pageUrl, item, revision }: ReportItem): string {
  const where = `${new URL(pageUrl).pathname}#${item}`;
  const subject = `${t(lang, "report.subject")}${t(lang, "punct.colon")}${where} (${t(lang, "report.revision")} ${revision})`;
  // Slashes, colons and brackets may stand as they are in a mailto: subject (RFC 6068); "#" may not.
  const encoded = encodeURIComponent(subject).replace(/%2F/g, "/").replace(/%3A/g, ":");
  return `mailto:${reportTo}?subject=${encoded}`;
}

/** The "Is this still right?" link of one item, described by the element that says what the item is. */
export function reportLink(report: ReportItem, describedBy: string): Element {
  return h(
    "a",
    { href: reportHref(report), className: ["report-link", "no-print"], ariaDescribedBy: describedBy },
    t(report.lang, "report.link"),
  );
}

/**
 * A page's rendered body, shaped (src/lib/markup/heading-links.ts) with a report link on each of its
 * steps, "as of" boxes and answers. `pageUrl` is the page's absolute address.
 */
export function shapePage(html: string, page: PageRecord, pageUrl: string): ReturnType<typeof shapeBody> {
  return shapeBody(html, page.lang, (item, about) =>
    reportLink({ lang: page.lang, pageUrl, item, revision: page.revision }, about),
  );
}
