import { copyLinkHtml } from "./copy-link";
import type { Lang } from "./i18n";
import { textOf } from "./steps";

/**
 * A heading id as plain ASCII: accents removed and anything but letters, digits and hyphens dropped,
 * so French headings get addresses people can type and share (« Confidentialité » → `confidentialite`).
 */
export function asciiId(id: string): string {
  return id
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Gives every `h2` and `h3` that has an id (made plain ASCII by `asciiId`) a copy-link control beside it (not inside it, so the
 * heading's name stays its own text). Headings that carry a class are drawn by components that
 * place their own control, and a heading already followed by one is left alone.
 */
export function addHeadingLinks(html: string, lang: Lang): string {
  return html.replace(
    /<(h[23]) id="([^"]+)">((?:(?!<\/h[23]>)[\s\S])*)<\/\1>(?!\s*<a [^>]*class="copy-link")/g,
    (_whole, tag: string, rawId: string, inner: string) => {
      const id = asciiId(rawId);
      return `<div class="heading-wrapper"><${tag} id="${id}">${inner}</${tag}>${copyLinkHtml(id, textOf(inner), lang)}</div>`;
    },
  );
}
