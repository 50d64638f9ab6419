import type { Element } from "hast";
import { h } from "hastscript";
import { t, type Lang } from "../i18n.ts";

/**
 * A copy-link control: a plain link to `#target` that works without JavaScript; the copy-link
 * script adds copying to the clipboard. `label` names the target for screen readers ("step 2").
 * Its words are its look: no icon, which would repeat in each of a page's dozens of links.
 */
export function copyLink(target: string, label: string, lang: Lang): Element {
  const text = t(lang, "copyLink.label");
  return h(
    "a",
    {
      href: `#${target}`,
      className: ["copy-link"],
      dataCopyLink: "",
      ariaLabel: `${text}${t(lang, "punct.colon")}${label}`,
    },
    [text],
  );
}
