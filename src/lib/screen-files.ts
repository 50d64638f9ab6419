import type { Lang, Scheme, ScreenName, Variant } from "./screens.ts";

/** The address of one drawing's file: /screens/en-key-updates-iphone-light.svg. */
export function screenFile({
  lang,
  name,
  variant,
  scheme,
}: {
  lang: Lang;
  name: ScreenName;
  variant?: Variant | undefined;
  scheme: Scheme;
}): string {
  const own = variant && !name.endsWith(variant) ? `-${variant}` : "";
  return `/screens/${lang}-${name}${own}-${scheme}.svg`;
}
