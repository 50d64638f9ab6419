import type { Element } from "hast";
import { h, s } from "hastscript";
import { t, type Lang } from "../i18n.ts";

/**
 * A copy-link control: a plain link to `#target` that works without JavaScript; the copy-link
 * script adds copying to the clipboard. `label` names the target for screen readers ("step 2").
 */
export function copyLink(target: string, label: string, lang: Lang): Element {
  const text = t(lang, "copyLink.label");
  const icon = s(
    "svg",
    {
      ariaHidden: "true",
      width: 14,
      height: 14,
      viewBox: "0 0 24 24",
      fill: "none",
      stroke: "currentColor",
      strokeWidth: "2.5",
    },
    [
      s("path", { d: "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" }),
      s("path", { d: "M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" }),
    ],
  );
  return h(
    "a",
    {
      href: `#${target}`,
      className: ["copy-link"],
      dataCopyLink: "",
      ariaLabel: `${text}${t(lang, "punct.colon")}${label}`,
    },
    [icon, h("span", text)],
  );
}
