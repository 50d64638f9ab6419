import { t, type Lang } from "./i18n";

const icon =
  '<svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"></path><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"></path></svg>';

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * A copy-link control: a plain link to `#target` that works without JavaScript; the copy-link
 * script adds copying to the clipboard. `label` names the target for screen readers ("step 2").
 */
export function copyLinkHtml(target: string, label: string, lang: Lang): string {
  const text = t(lang, "copyLink.label");
  return `<a href="#${escape(target)}" class="copy-link" data-copy-link aria-label="${escape(`${text}: ${label}`)}">${icon}<span>${text}</span></a>`;
}
